package org.waymark.identity;

/** What a user may do. Deny by default: each endpoint names the roles it lets in. */
public enum Role {
    OFFICER, SUPERVISOR, PARTNER, TRAINER, ADMIN, AUDITOR;

    public static final String OFFICER_NAME = "OFFICER";
    public static final String SUPERVISOR_NAME = "SUPERVISOR";
    public static final String PARTNER_NAME = "PARTNER";
    public static final String TRAINER_NAME = "TRAINER";
    public static final String ADMIN_NAME = "ADMIN";
    public static final String AUDITOR_NAME = "AUDITOR";

    /** Whether this role can read case data (an officer their unit's cases, an auditor every record's trail). */
    public boolean readsCases() {
        return this == OFFICER || this == AUDITOR;
    }
}
