package org.waymark.audit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.waymark.testing.DatabaseTest;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The service's own connections cannot change or remove audit rows, nor switch off the triggers that guard them. */
@MicronautTest(transactional = false)
class ApplicationRoleTest extends DatabaseTest {

    @Inject
    @jakarta.inject.Named("default")
    org.waymark.platform.database.Database database;

    DataSource dataSource;

    @org.junit.jupiter.api.BeforeEach
    void pool() {
        // the pool itself, not the transaction-aware proxy the application injects
        dataSource = database.dataSource();
    }

    @Test
    void theServiceActsAsTheLimitedRole() throws Exception {
        try (Connection connection = dataSource.getConnection();
             ResultSet result = connection.createStatement().executeQuery("select current_user")) {
            result.next();
            assertThat(result.getString(1)).isEqualTo("waymark_app");
        }
    }

    @Test
    void theServiceCanNeitherChangeNorDeleteNorUnguardTheAuditTrail() throws Exception {
        for (String statement : List.of("update audit_entry set purpose = 'rewritten'", "delete from audit_entry",
                "truncate audit_entry", "update audit_checkpoint set entry_hash = entry_hash", "delete from audit_checkpoint",
                "alter table audit_entry disable trigger audit_entry_no_update", "drop table audit_entry")) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                assertThatThrownBy(() -> connection.createStatement().execute(statement)).as(statement)
                        .isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).as(statement).isIn("42501"));
            }
        }
    }

    @Test
    void theServiceStillReadsAndAppends() throws Exception {
        try (Connection connection = dataSource.getConnection();
             ResultSet result = connection.createStatement().executeQuery("select count(*) from audit_entry")) {
            assertThat(result.next()).isTrue();
        }
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.createStatement().executeQuery(
                    "select has_table_privilege('waymark_app', 'audit_entry', 'INSERT')").next()).isTrue();
        }
    }
}
