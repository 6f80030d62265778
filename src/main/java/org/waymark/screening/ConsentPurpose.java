package org.waymark.screening;

/** What a consent is for. Child protection needs none: a minor is always referred there. */
public enum ConsentPurpose {
    LABOUR_INSPECTORATE, NGO_SUPPORT, RESEARCH
}
