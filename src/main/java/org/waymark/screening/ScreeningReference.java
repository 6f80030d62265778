package org.waymark.screening;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A screening's short reference, to find it in the unit's list and to name it on the phone without a name: WS-, the
 * year started, and the first eight hex digits of the screening id (referrals have their own WM- case references).
 */
final class ScreeningReference {

    private ScreeningReference() {
    }

    static String of(UUID screeningId, Instant createdAt) {
        return "WS-" + createdAt.toString().substring(0, 4) + "-" + screeningId.toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
