package org.waymark.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** Where acts write their entries; only the sequencer takes them out, into the chain. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PendingEntries extends GenericRepository<PendingEntry, Long> {

    PendingEntry save(PendingEntry entry);

    List<PendingEntry> saveAll(Iterable<PendingEntry> entries);
}
