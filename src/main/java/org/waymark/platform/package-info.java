/** What runs under every capability: database, configuration and the HTTP edge. No business rules. */
package org.waymark.platform;
