/** Anonymised aggregates for supervisors, with small-cell suppression. Read-only. */
package org.waymark.stats;
