package org.waymark.identity.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.waymark.identity.Organisation;
import org.waymark.identity.OrganisationType;

import java.util.UUID;

/** The stored form of a partner organisation that receives referrals. Its keys come with the referral capability. */
@MappedEntity("organisation")
public record OrganisationRow(@Id UUID id, String code, String name, OrganisationType type) {

    public static OrganisationRow of(Organisation organisation) {
        return new OrganisationRow(organisation.id(), organisation.code(), organisation.name(), organisation.type());
    }

    public Organisation organisation() {
        return new Organisation(id, code, name, type);
    }
}
