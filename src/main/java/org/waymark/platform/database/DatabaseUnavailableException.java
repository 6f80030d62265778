package org.waymark.platform.database;

/** The configured database cannot be reached at start-up; the message names where and why, never a password. */
public final class DatabaseUnavailableException extends RuntimeException {

    DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
