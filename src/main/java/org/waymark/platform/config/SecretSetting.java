package org.waymark.platform.config;

import java.util.Base64;
import java.util.List;

/**
 * A secret Waymark needs, the environment variable that sets it, its published demo value and its
 * minimum length. Values are Base64 of random bytes.
 */
public enum SecretSetting {
    /** Wraps the per-record keys that encrypt personal data at rest. */
    MASTER_KEY("waymark.secrets.master-key", "WAYMARK_MASTER_KEY", "ZGVtby1tYXN0ZXIta2V5LW5vdC1mb3ItcHJvZHVjdGlvbiE=", 32),
    /** Signs the short-lived API tokens. */
    TOKEN_KEY("waymark.secrets.token-key", "WAYMARK_TOKEN_KEY", "ZGVtby10b2tlbi1zaWduaW5nLWtleS1ub3QtZm9yLXByb2R1Y3Rpb24h", 32);

    private final String property;
    private final String environmentVariable;
    private final String demoValue;
    private final int minimumBytes;

    SecretSetting(String property, String environmentVariable, String demoValue, int minimumBytes) {
        this.property = property;
        this.environmentVariable = environmentVariable;
        this.demoValue = demoValue;
        this.minimumBytes = minimumBytes;
    }

    public String property() {
        return property;
    }

    public String environmentVariable() {
        return environmentVariable;
    }

    /** The published demo value: fine for a demo, refused in production. */
    public String demoValue() {
        return demoValue;
    }

    /** Why {@code value} cannot be used in {@code mode}, or an empty list when it can. */
    List<String> problemsWith(String value, RunMode mode) {
        if (value == null || value.isBlank()) {
            return mode == RunMode.DEMO ? List.of()
                    : List.of(environmentVariable + " (" + property + ") is not set");
        }
        if (mode == RunMode.PRODUCTION && value.trim().equals(demoValue)) {
            return List.of(environmentVariable + " (" + property + ") still has its published demo value");
        }
        try {
            int length = Base64.getDecoder().decode(value.trim()).length;
            return length >= minimumBytes ? List.of()
                    : List.of(environmentVariable + " (" + property + ") must be Base64 of at least " + minimumBytes + " random bytes");
        } catch (IllegalArgumentException e) {
            return List.of(environmentVariable + " (" + property + ") is not valid Base64");
        }
    }
}
