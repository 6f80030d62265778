package org.waymark.screening;

/**
 * Why a screening opened by mistake is discarded before its first answer. A fixed choice, so the audit entry that
 * keeps it can never hold what an officer typed about the person.
 */
public enum DiscardReason {
    /** Started by accident, or twice. */
    OPENED_BY_MISTAKE,
    /** The start details were wrong (checklist, language, age band...): it is started again with the right ones. */
    WRONG_DETAILS,
    /** The person left or the interview did not take place. */
    INTERVIEW_DID_NOT_TAKE_PLACE
}
