package org.waymark.audit.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** Stored checkpoints; append-only like the chain. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AuditCheckpointRows extends GenericRepository<AuditCheckpointRow, Long> {

    AuditCheckpointRow save(AuditCheckpointRow row);

    List<AuditCheckpointRow> findAllOrderBySeq();

    Optional<AuditCheckpointRow> findFirstOrderBySeqDesc();

    Optional<AuditCheckpointRow> findFirstByAtLessThanOrderBySeqDesc(java.time.Instant before);
}
