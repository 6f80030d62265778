package org.waymark.referral;

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
}
