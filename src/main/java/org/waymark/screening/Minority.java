package org.waymark.screening;

import java.time.LocalDate;
import java.time.Period;

/**
 * The one rule for whether a screened person is a minor, so the child profiles, the representative a consent needs and
 * the pages all agree. Decided when the screening starts: by the date of birth when it is known, else by the age band
 * {@code UNDER_18}; where the age is unknown (no date of birth, age band UNKNOWN) and the officer records signs that the
 * person may be a child, the person is presumed to be one (Directive 2011/36/EU art. 13(2)). Stored as the profile
 * ({@code child-...}) and the presumption flag.
 */
public enum Minority {
    ADULT, MINOR, PRESUMED_MINOR;

    private static final String CHILD = "child-";
    private static final int AGE_OF_MAJORITY = 18;

    /** The rule at the start of a screening, {@code today} being the day it starts. */
    public static Minority at(AgeBand ageBand, LocalDate dateOfBirth, boolean possiblyMinor, LocalDate today) {
        if (dateOfBirth != null) {
            return Period.between(dateOfBirth, today).getYears() < AGE_OF_MAJORITY ? MINOR : ADULT;
        }
        if (ageBand == AgeBand.UNDER_18) {
            return MINOR;
        }
        return possiblyMinor && ageBand == AgeBand.UNKNOWN ? PRESUMED_MINOR : ADULT;
    }

    /** What a started screening recorded: its profile and whether minority was presumed. */
    public static Minority ofProfile(String profile, boolean presumed) {
        if (!profile.startsWith(CHILD)) {
            return ADULT;
        }
        return presumed ? PRESUMED_MINOR : MINOR;
    }

    /** What a started screening recorded, where only its profile is at hand: a presumed minor shows as a {@code MINOR}. */
    public static Minority ofProfile(String profile) {
        return ofProfile(profile, false);
    }

    /**
     * What a started screening recorded, read back where the presumption flag is not at hand: a child profile with the age
     * band UNKNOWN and no date of birth can only have been presumed.
     */
    public static Minority recorded(String profile, AgeBand ageBand, LocalDate dateOfBirth) {
        return ofProfile(profile, ageBand == AgeBand.UNKNOWN && dateOfBirth == null);
    }

    /** A minor, known or presumed: the child profiles apply and a representative consents. */
    public boolean isMinor() {
        return this != ADULT;
    }

    public boolean presumed() {
        return this == PRESUMED_MINOR;
    }

    /** The indicator profile that applies: child or adult, labour or sexual as chosen. Nothing else counts. */
    public String profile(Exploitation exploitation) {
        return (isMinor() ? CHILD : "adult-") + (exploitation == Exploitation.SEXUAL ? "sexual" : "labour");
    }
}
