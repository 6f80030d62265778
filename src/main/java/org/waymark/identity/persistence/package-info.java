/** How users, units, regions, organisations, case-access grants, failed sign-ins and revoked tokens are stored. Only identity uses these. */
package org.waymark.identity.persistence;
