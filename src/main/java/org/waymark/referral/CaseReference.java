package org.waymark.referral;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A short reference people can read out on the phone: WM-, the year made, and the first eight hex digits of the referral id. */
final class CaseReference {

    private CaseReference() {
    }

    static String of(UUID referralId, Instant createdAt) {
        return "WM-" + createdAt.toString().substring(0, 4) + "-" + referralId.toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
