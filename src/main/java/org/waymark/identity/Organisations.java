package org.waymark.identity;

import jakarta.inject.Singleton;
import org.waymark.identity.persistence.OrganisationRow;
import org.waymark.identity.persistence.OrganisationRows;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The partner organisations that receive referrals, for every capability that names one. */
@Singleton
public class Organisations {

    private final OrganisationRows rows;

    Organisations(OrganisationRows rows) {
        this.rows = rows;
    }

    public Optional<Organisation> findById(UUID id) {
        return rows.findById(id).map(OrganisationRow::organisation);
    }

    public Optional<Organisation> findByCode(String code) {
        return rows.findByCode(code).map(OrganisationRow::organisation);
    }

    public List<Organisation> findAll() {
        return rows.findAll().stream().map(OrganisationRow::organisation).toList();
    }

    public boolean existsById(UUID id) {
        return rows.existsById(id);
    }

    public Organisation save(Organisation organisation) {
        return rows.save(OrganisationRow.of(organisation)).organisation();
    }
}
