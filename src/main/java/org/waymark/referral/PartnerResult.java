package org.waymark.referral;

/**
 * What a referral led to, as the partner records it when closing: several may be true of one referral. They feed the
 * statistics (through disclosure control) so that a supervisor sees what referrals achieved.
 */
public enum PartnerResult {
    INSPECTION_CARRIED_OUT, INSPECTION_NOT_POSSIBLE, OFFENCE_REPORTED_TO_PROSECUTOR, SUPPORTED_BY_NGO, SUPPORTED_BY_KCIK,
    PRESUMED_VICTIM_CERTIFICATE_ISSUED
}
