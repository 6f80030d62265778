package org.waymark.scoring;

/** The labels an officer needs (DOMAIN.md §3). Several may apply at once. */
public enum Outcome {
    TRAFFICKING_INDICATED,
    FORCED_LABOUR_INDICATED,
    DECEPTION_AND_EXPLOITATION,
    EXPLOITATION_ONLY,
    RECRUITMENT_STAGE_RISK,
    PRESUMED_NEEDS_SECOND_LINE,
    NO_INDICATION
}
