/**
 * The database under Waymark: an external PostgreSQL in production, or a real PostgreSQL server that
 * Waymark starts itself (from binaries shipped through Maven Central) when none is configured.
 */
package org.waymark.platform.database;
