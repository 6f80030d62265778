package org.waymark.identity;

import java.util.UUID;

/** A partner organisation that receives referrals. Its keys come with the referral capability. */
@io.micronaut.serde.annotation.Serdeable
public record Organisation(UUID id, String code, String name, OrganisationType type) {
}
