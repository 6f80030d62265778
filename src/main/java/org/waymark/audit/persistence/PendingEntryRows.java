package org.waymark.audit.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** Where acts write their entries; only the sequencer takes them out, into the chain. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PendingEntryRows extends GenericRepository<PendingEntryRow, Long> {

    PendingEntryRow save(PendingEntryRow entry);

    List<PendingEntryRow> saveAll(Iterable<PendingEntryRow> entries);
}
