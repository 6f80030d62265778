package org.waymark.referral;

import org.waymark.screening.ConsentPurpose;
import org.waymark.screening.ConsentStatus;
import org.waymark.screening.Minority;
import org.waymark.screening.ScreeningStatus;
import org.waymark.screening.ScreeningView;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the referral rules read about the screened person and their screening, built once from the screening:
 * whether its personal data was purged, whether it is completed, whether it is a practice run, whether the person is a
 * minor ({@link Minority}, from the recorded profile) and the purposes their consent is recorded as given for.
 */
public record ReferralSubject(boolean purged, boolean completed, boolean training, boolean minor, Set<ConsentPurpose> consentsGiven) {

    public ReferralSubject {
        consentsGiven = Set.copyOf(consentsGiven);
    }

    static ReferralSubject of(ScreeningView screening) {
        return new ReferralSubject(screening.purgedAt() != null, screening.status() == ScreeningStatus.COMPLETED, screening.training(),
                Minority.ofProfile(screening.profile()).isMinor(), consentsGiven(screening));
    }

    /** A purpose counts as consented to when any of its consent records says GIVEN. */
    private static Set<ConsentPurpose> consentsGiven(ScreeningView screening) {
        Set<ConsentPurpose> given = EnumSet.noneOf(ConsentPurpose.class);
        Arrays.stream(ConsentPurpose.values()).filter(purpose -> screening.consents().stream()
                        .anyMatch(c -> c.purpose().equals(purpose.name()) && c.status().equals(ConsentStatus.GIVEN.name())))
                .forEach(given::add);
        return given;
    }
}
