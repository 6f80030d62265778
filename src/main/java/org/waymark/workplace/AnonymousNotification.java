package org.waymark.workplace;

import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.List;

/**
 * What of the workplace facts an anonymous notification (no consent to a named referral) may carry so that a labour
 * inspector can still act, and what it must leave out because it would point to the person anyway: a workplace with
 * at most one other worker in the same conditions (or an unknown number) is the person; a private household employing
 * a domestic worker is the person; the person's own words about their wishes are free text. Where the workplace does
 * go, the person's sex, age band and citizenship stay behind: among the few who work there, "the Ukrainian woman of
 * 25–34" is one person, and the officer does not record who the others are. Each is a warning the officer sees before
 * referring. The packet separately drops the person's identifiers, the officer's note and exact times.
 */
public final class AnonymousNotification {

    /** Fewer others than this in the same conditions, and the workplace points to the person. */
    static final int FEWEST_OTHERS = 2;

    private AnonymousNotification() {
    }

    /** Why something was left out of the anonymous notification. */
    public enum Warning {
        /** At most one other worker in the same conditions: employer, workplace and intermediary left out. */
        FEW_OTHERS,
        /** How many others is not recorded: employer, workplace and intermediary left out until it is. */
        OTHERS_NOT_RECORDED,
        /** The employer is a private household (or the work is domestic work): employer and workplace left out. */
        PRIVATE_HOME,
        /** The person's own words about their wishes are left out; the wishes themselves stay. */
        FREE_TEXT_LEFT_OUT,
        /** The workplace goes, so the person's sex, age band and citizenship, which would single them out there, do not. */
        PERSON_DETAILS_LEFT_OUT;

        /** Whether this warning means the employer and the workplace were left out, so no inspector can see the place. */
        public boolean withholdsPlace() {
            return this == FEW_OTHERS || this == OTHERS_NOT_RECORDED || this == PRIVATE_HOME;
        }

        /** Whether the warning of this name (as a packet lists it) left the place out. */
        public static boolean withholdsPlace(String name) {
            return valueOf(name).withholdsPlace();
        }
    }

    /** The facts that may go, and the warnings for what did not. */
    @Serdeable
    public record Result(WorkplaceFacts facts, List<Warning> warnings) {

        /** Whether the person's sex, age band and citizenship may go with these facts. */
        public boolean keepsPersonDetails() {
            return !warnings.contains(Warning.PERSON_DETAILS_LEFT_OUT);
        }
    }

    public static Result of(WorkplaceFacts facts) {
        List<Warning> warnings = new ArrayList<>();
        Integer others = facts.othersAffected();
        if (others == null) {
            warnings.add(Warning.OTHERS_NOT_RECORDED);
        } else if (others < FEWEST_OTHERS) {
            warnings.add(Warning.FEW_OTHERS);
        }
        boolean privateHome = (facts.employer() != null && facts.employer().privateHome() == WorkplaceFacts.Known.YES)
                || facts.sector() == org.waymark.screening.Sector.DOMESTIC_WORK;
        if (privateHome) {
            warnings.add(Warning.PRIVATE_HOME);
        }
        if (facts.otherWish() != null) {
            warnings.add(Warning.FREE_TEXT_LEFT_OUT);
        }
        boolean placeLeftOut = others == null || others < FEWEST_OTHERS || privateHome;
        boolean placeGoes = !placeLeftOut && (facts.employer() != null || !facts.workplacesOrEmpty().isEmpty() || facts.intermediary() != null);
        if (placeGoes) {
            warnings.add(Warning.PERSON_DETAILS_LEFT_OUT);
        }
        WorkplaceFacts.Employer employer = placeLeftOut || facts.employer() == null ? null
                : new WorkplaceFacts.Employer(facts.employer().name(), facts.employer().address(), facts.employer().registryNumber(),
                facts.employer().privateHome());
        return new Result(new WorkplaceFacts(employer, placeLeftOut ? null : facts.workplaces(), facts.agency(),
                placeLeftOut ? null : facts.intermediary(), facts.sector(), facts.othersAffected(), facts.minorsAmongOthers(),
                facts.immediateDanger(), facts.wishes(), null, facts.unknown()), List.copyOf(warnings));
    }
}
