package org.waymark.referral;

import org.waymark.screening.ScreeningStatus;
import org.waymark.screening.ScreeningView;

/**
 * What the referral rules read about the screened person and their screening, built once from the screening:
 * whether its personal data was purged, whether it is completed, whether it is a practice run.
 */
public record ReferralSubject(boolean purged, boolean completed, boolean training) {

    static ReferralSubject of(ScreeningView screening) {
        return new ReferralSubject(screening.purgedAt() != null, screening.status() == ScreeningStatus.COMPLETED, screening.training());
    }
}
