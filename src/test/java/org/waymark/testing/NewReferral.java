package org.waymark.testing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * The body of a refer request ({@code POST /api/v1/screenings/{id}/referrals}), built the way a test reads:
 * {@code NewReferral.to(partner).note("…").language("pl")}. The id is fresh; the same record sent again is a retry.
 */
@Serdeable
public record NewReferral(String id, String partnerId, @Nullable String note, @Nullable String language) {

    /** A referral to the partner with this id, under a fresh id, without a note, in the default language. */
    public static NewReferral to(String partnerId) {
        return new NewReferral(UUID.randomUUID().toString(), partnerId, null, null);
    }

    public NewReferral id(UUID newId) {
        return new NewReferral(newId.toString(), partnerId, note, language);
    }

    public NewReferral partnerId(String newPartnerId) {
        return new NewReferral(id, newPartnerId, note, language);
    }

    public NewReferral note(String newNote) {
        return new NewReferral(id, partnerId, newNote, language);
    }

    public NewReferral language(String newLanguage) {
        return new NewReferral(id, partnerId, note, newLanguage);
    }
}
