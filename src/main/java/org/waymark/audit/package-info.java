/** The append-only, hash-chained audit trail, written in the same transaction as the act it records. */
package org.waymark.audit;
