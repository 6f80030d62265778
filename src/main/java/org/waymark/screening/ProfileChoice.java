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

    public static String profile(Exploitation exploitation, boolean minor) {
        return (minor ? "child-" : "adult-") + (exploitation == Exploitation.SEXUAL ? "sexual" : "labour");
    }
}
