/** Users, units, regions, roles and permissions: who may see and do what. */
package org.waymark.identity;
