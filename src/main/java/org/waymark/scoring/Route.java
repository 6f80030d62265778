package org.waymark.scoring;

/** Where a case can be referred (DOMAIN.md §4). */
public enum Route {
    LABOUR_INSPECTORATE,
    VICTIM_SUPPORT_NGO,
    INVESTIGATION_OR_POLICE,
    CHILD_PROTECTION
}
