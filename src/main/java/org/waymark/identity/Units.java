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

    /**
     * The built-in practice unit (V43), where a trainee's practice screenings run: it holds practice screenings only, so it
     * is listed nowhere and no officer is assigned to it.
     */
    public static final UUID PRACTICE = UUID.fromString("5a1d6c1e-0000-4000-8000-000000000143");

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

    /** Every unit officers work in (the practice unit is none of them). */
    public List<Unit> findAll() {
        return rows.findAll().stream().map(UnitRow::unit).filter(unit -> !unit.id().equals(PRACTICE)).toList();
    }

    public boolean existsById(UUID id) {
        return rows.existsById(id);
    }

    public Unit save(Unit unit) {
        return rows.save(UnitRow.of(unit)).unit();
    }
}
