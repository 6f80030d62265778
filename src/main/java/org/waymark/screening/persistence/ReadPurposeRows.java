package org.waymark.screening.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ReadPurposeRows extends GenericRepository<ReadPurposeRow, UUID> {

    ReadPurposeRow save(ReadPurposeRow row);

    List<ReadPurposeRow> findByScreeningIdOrderByStatedAt(UUID screeningId);
}
