package org.waymark.referral;

/**
 * Where a joint inspection stands that the referring Border Guard unit asked the labour inspectorate for: REQUESTED,
 * then AGREED (with a date) or DECLINED (with a reason); after a decline the unit may ask again.
 */
public enum JointInspection {
    REQUESTED, AGREED, DECLINED
}
