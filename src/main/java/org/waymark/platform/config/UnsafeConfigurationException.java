package org.waymark.platform.config;

/** The configuration is not safe to run with (for example a demo secret in production). */
public final class UnsafeConfigurationException extends RuntimeException {

    public UnsafeConfigurationException(String message) {
        super(message);
    }
}
