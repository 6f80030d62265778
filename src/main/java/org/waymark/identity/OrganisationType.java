package org.waymark.identity;

/** The kind of partner organisation, matching the referral routes. */
public enum OrganisationType {
    LABOUR_INSPECTORATE, VICTIM_SUPPORT_NGO, INVESTIGATION_OR_POLICE, CHILD_PROTECTION
}
