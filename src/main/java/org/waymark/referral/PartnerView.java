package org.waymark.referral;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.waymark.identity.OrganisationType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A partner as officers and administrators see it: who, what kind, where, how to reach it, which key. */
@Serdeable
public record PartnerView(UUID id, String code, String name, OrganisationType type, List<String> regions, @Nullable String contact,
                          boolean pushDelivery, @Nullable KeyView key) {

    /** The partner's active key: its format, fingerprint (for out-of-band checks), algorithm and expiry. */
    @Serdeable
    public record KeyView(UUID id, String format, String fingerprint, String algorithm, @Nullable Instant expiresAt, Instant addedAt,
                          @Nullable Instant retiredAt, boolean usable) {
    }
}
