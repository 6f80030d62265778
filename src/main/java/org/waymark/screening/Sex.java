package org.waymark.screening;

/** Coarse, self-described sex for statistics; never used in scoring or routing. */
public enum Sex {
    FEMALE, MALE, OTHER, UNKNOWN
}
