/** How audit entries, pending entries and signed checkpoints are stored. Only audit uses these. */
package org.waymark.audit.persistence;
