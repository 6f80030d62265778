package org.waymark.platform.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded server on its own, in throw-away folders: the life cycle the service depends on. */
class EmbeddedPostgresTest {

    private static final EmbeddedPostgres.Options FAST = new EmbeddedPostgres.Options(0, false);

    @TempDir
    Path root;

    @Test
    void keepsDataAcrossARestartWithoutInitialisingAgain() throws Exception {
        try (EmbeddedPostgres first = EmbeddedPostgres.start(root, FAST)) {
            first.createDatabaseIfMissing("keep");
            execute(first, "create table kept (v text); insert into kept values ('still here')");
        }
        FileTime initialised = Files.getLastModifiedTime(root.resolve("postgres/PG_VERSION"));
        try (EmbeddedPostgres second = EmbeddedPostgres.start(root, FAST)) {
            assertThat(query(second, "select v from kept")).containsExactly("still here");
        }
        assertThat(Files.getLastModifiedTime(root.resolve("postgres/PG_VERSION"))).isEqualTo(initialised);
    }

    @Test
    void refusesADataFolderThatAnotherRunningWaymarkHolds() {
        try (EmbeddedPostgres running = EmbeddedPostgres.start(root, FAST)) {
            assertThatThrownBy(() -> EmbeddedPostgres.start(root, FAST))
                    .isInstanceOf(EmbeddedPostgresException.class)
                    .hasMessageContaining("in use by another running Waymark")
                    .hasMessageContaining("WAYMARK_DATA_DIR");
            assertThat(running.port()).isPositive();
        }
    }

    @Test
    void recoversFromARunThatCrashedAndLeftItsServerRunning() throws Exception {
        Process crashed = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                CrashingRun.class.getName(), root.toString())
                .redirectErrorStream(true).start();
        assertThat(crashed.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(crashed.exitValue()).as(new String(crashed.getInputStream().readAllBytes())).isEqualTo(CrashingRun.EXIT_CODE);
        long orphan = Long.parseLong(Files.readAllLines(root.resolve("postgres/postmaster.pid")).get(0).trim());
        assertThat(isRunning(orphan)).as("the crashed run left its server running").isTrue();

        try (EmbeddedPostgres recovered = EmbeddedPostgres.start(root, FAST)) {
            assertThat(query(recovered, "select v from crashed")).containsExactly("written before the crash");
        }
        assertThat(isRunning(orphan)).as("the orphaned server was stopped").isFalse();
    }

    @Test
    void stopsTheServerOnClose() throws Exception {
        EmbeddedPostgres server = EmbeddedPostgres.start(root, FAST);
        long pid = Long.parseLong(Files.readAllLines(root.resolve("postgres/postmaster.pid")).get(0).trim());
        server.close();
        assertThat(isRunning(pid)).isFalse();
        assertThat(root.resolve("postgres/postmaster.pid")).doesNotExist();
    }

    static void execute(EmbeddedPostgres server, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("keep"), EmbeddedPostgres.SUPERUSER, server.password());
             var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> query(EmbeddedPostgres server, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("keep"), EmbeddedPostgres.SUPERUSER, server.password());
             var rows = connection.createStatement().executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    /** Alive and not a zombie waiting for init to reap it. */
    private static boolean isRunning(long pid) throws java.io.IOException {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.exists(stat)) {
            return false;
        }
        String content = Files.readString(stat);
        char state = content.charAt(content.lastIndexOf(')') + 2);
        return state != 'Z' && state != 'X';
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
