package org.waymark.platform.database;

/** The embedded PostgreSQL server could not be prepared, started or stopped; the message says why in one line. */
public final class EmbeddedPostgresException extends RuntimeException {

    EmbeddedPostgresException(String message) {
        super(message);
    }

    EmbeddedPostgresException(String message, Throwable cause) {
        super(message, cause);
    }
}
