package org.waymark.screening;

/**
 * The sector the person works or was to work in, coarse as the IOM Counter Trafficking Data Collaborative's
 * "type of labour". Optional; for statistics and for the referral, never for scoring or routing.
 */
public enum Sector {
    AGRICULTURE, FISHING_AQUACULTURE, CONSTRUCTION, MANUFACTURING, DOMESTIC_WORK, HOSPITALITY, TRANSPORT_LOGISTICS,
    BEGGING_PEDDLING, SEX_INDUSTRY, OTHER, UNKNOWN
}
