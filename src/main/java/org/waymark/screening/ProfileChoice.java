package org.waymark.screening;

import java.time.LocalDate;
import java.time.Period;

/**
 * Which indicator profile applies: child profiles when the person is under 18 (by date of birth, or
 * by the age band when no date is known), else adult; labour or sexual as chosen. Nothing else counts.
 */
public final class ProfileChoice {

    private ProfileChoice() {
    }

    public static boolean isMinor(AgeBand ageBand, LocalDate dateOfBirth, LocalDate today) {
        if (dateOfBirth != null) {
            return Period.between(dateOfBirth, today).getYears() < 18;
        }
        return ageBand == AgeBand.UNDER_18;
    }

    /**
     * Where the age is unknown (no date of birth, age band UNKNOWN) and the officer records signs that the person
     * may be a child, the person is presumed to be a child (Directive 2011/36/EU art. 13(2)).
     */
    public static boolean minorPresumed(AgeBand ageBand, LocalDate dateOfBirth, boolean possiblyMinor) {
        return possiblyMinor && dateOfBirth == null && ageBand == AgeBand.UNKNOWN;
    }

    public static String profile(Exploitation exploitation, boolean minor) {
        return (minor ? "child-" : "adult-") + (exploitation == Exploitation.SEXUAL ? "sexual" : "labour");
    }
}
