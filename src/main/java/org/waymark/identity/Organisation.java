package org.waymark.identity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** A partner organisation that receives referrals. Its keys come with the referral capability. */
@io.micronaut.serde.annotation.Serdeable
@MappedEntity("organisation")
public record Organisation(@Id UUID id, String code, String name, OrganisationType type) {
}
