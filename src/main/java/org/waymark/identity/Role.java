package org.waymark.identity;

/** What a user may do. Deny by default: each endpoint names the roles it lets in. */
public enum Role {
    OFFICER, SUPERVISOR, PARTNER, TRAINER, ADMIN, AUDITOR,
    /** Practises on practice cases and takes the course; has no unit and never opens a real case. */
    TRAINEE;

    public static final String OFFICER_NAME = "OFFICER";
    public static final String SUPERVISOR_NAME = "SUPERVISOR";
    public static final String PARTNER_NAME = "PARTNER";
    public static final String TRAINER_NAME = "TRAINER";
    public static final String ADMIN_NAME = "ADMIN";
    public static final String AUDITOR_NAME = "AUDITOR";
    public static final String TRAINEE_NAME = "TRAINEE";

    /** Whether this role can read case data (an officer their unit's cases, an auditor every record's trail). */
    public boolean readsCases() {
        return this == OFFICER || this == AUDITOR;
    }
}
