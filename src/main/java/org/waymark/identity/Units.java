package org.waymark.identity;

import jakarta.inject.Singleton;
import org.waymark.identity.persistence.UnitRow;
import org.waymark.identity.persistence.UnitRows;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The units where officers work, for every capability that names one. */
@Singleton
public class Units {

    private final UnitRows rows;

    Units(UnitRows rows) {
        this.rows = rows;
    }

    public Optional<Unit> findById(UUID id) {
        return rows.findById(id).map(UnitRow::unit);
    }

    public Optional<Unit> findByCode(String code) {
        return rows.findByCode(code).map(UnitRow::unit);
    }

    public List<Unit> findAll() {
        return rows.findAll().stream().map(UnitRow::unit).toList();
    }

    public boolean existsById(UUID id) {
        return rows.existsById(id);
    }

    public Unit save(Unit unit) {
        return rows.save(UnitRow.of(unit)).unit();
    }
}
