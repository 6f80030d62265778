package org.waymark.referral;

/** Unpaid wages recovered for the person, in bands (PLN) so that no exact sum can single a case out in the statistics. */
public enum WageArrears {
    NONE_RECOVERED, UP_TO_5000_PLN, FROM_5000_TO_20000_PLN, OVER_20000_PLN
}
