package org.waymark.training;

/** Participation by sex, reported for the equal-treatment principle; a participant may leave it undisclosed. */
public enum ParticipantSex {
    FEMALE, MALE, UNDISCLOSED
}
