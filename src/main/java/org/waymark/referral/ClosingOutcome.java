package org.waymark.referral;

/** How an accepted referral ended (UNICEF Primero's closure reasons). Every outcome but SUCCESSFUL needs a reason. */
public enum ClosingOutcome {
    SUCCESSFUL, REFUSED_SERVICES, LACK_OF_CAPACITY, NO_LONGER_NEEDED, UNABLE_TO_CONTACT
}
