package org.waymark.screening;

/** Coarse age, kept for statistics; {@code UNDER_18} makes the child profiles apply. */
public enum AgeBand {
    UNDER_18, AGE_18_24, AGE_25_34, AGE_35_49, AGE_50_PLUS, UNKNOWN
}
