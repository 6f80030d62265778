/** The administrator's API: users, units, regions and partner organisations. Administrators read no case data. */
package org.waymark.identity.web;
