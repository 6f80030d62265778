package org.waymark.referral;

import org.waymark.referral.persistence.ReferralEventRow;
import org.waymark.referral.persistence.ReferralRow;
import org.waymark.referral.persistence.ReferralSummaryRow;

/**
 * Where a referral is (after UNICEF Primero's referral lifecycle): SENT (in progress) → RECEIVED (the partner
 * acknowledged it) → ACCEPTED or DECLINED (with a reason) → CLOSED (with an outcome); the referring unit can
 * REVOKE it until it is accepted.
 */
public enum ReferralStatus {
    SENT, RECEIVED, ACCEPTED, DECLINED, CLOSED, REVOKED;

    public boolean isFinal() {
        return this == DECLINED || this == CLOSED || this == REVOKED;
    }

    /** The status a referral row stores: the one mapping from the stored column, for each kind of row. */
    static ReferralStatus of(ReferralRow row) {
        return stored(row.status());
    }

    static ReferralStatus of(ReferralSummaryRow row) {
        return stored(row.status());
    }

    /** The status a move of a referral went to. */
    static ReferralStatus of(ReferralEventRow event) {
        return stored(event.status());
    }

    private static ReferralStatus stored(String column) {
        return valueOf(column);
    }
}
