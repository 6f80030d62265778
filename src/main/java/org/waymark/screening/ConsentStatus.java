package org.waymark.screening;

/** The person's answer to a consent question. */
public enum ConsentStatus {
    GIVEN, REFUSED, NOT_ASKED
}
