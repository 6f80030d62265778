package org.waymark.audit;

/** What was done to a record (EU Law Enforcement Directive art. 25: collection, alteration, consultation, disclosure, erasure). */
public enum AuditAction {
    CREATE, READ, UPDATE, EXPORT, REFER, DECRYPT_ON_BEHALF, PURGE, SIGN_IN, SIGN_IN_FAILED,
    /** An administrator's act on accounts, units, regions or organisations. */
    ADMINISTER
}
