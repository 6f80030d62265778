package org.waymark.audit;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.waymark.testing.TestPostgres;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two pods on one database, as the Kubernetes Deployment runs them: each has its own scratch folder (an emptyDir, gone
 * with the pod) and both write signed checkpoints to one shared volume. The pod that wrote a checkpoint is lost, the
 * database's administrator rewrites the chain and deletes the stored checkpoints; the other pod's verifier, reading
 * the shared volume, still catches it.
 */
class AuditCheckpointsOutliveAPodTest {

    final Path root = Path.of("target", "checkpoints-outlive-a-pod", UUID.randomUUID().toString()).toAbsolutePath();
    final Path shared = root.resolve("shared-audit-checkpoints");
    final Map<String, String> database = TestPostgres.freshDatabase();

    @Test
    void aRewrittenDatabaseIsCaughtByTheSharedCheckpointsAfterThePodThatWroteThemIsGone() throws Exception {
        Path podA = root.resolve("pod-a");
        long signedSeq;
        try (ApplicationContext a = pod(podA)) {
            signedSeq = a.getBean(AuditCheckpoints.class).checkpoint().orElseThrow().seq();
        }
        deleteRecursively(podA);
        assertThat(podA).doesNotExist();

        try (Connection c = DriverManager.getConnection(database.get("datasources.default.url"),
                database.get("datasources.default.username"), database.get("datasources.default.password"))) {
            AuditRewriteTest.rewriteChainFrom(c, signedSeq);
            c.createStatement().execute("alter table audit_checkpoint disable trigger audit_checkpoint_append_only");
            c.createStatement().execute("delete from audit_checkpoint");
            c.createStatement().execute("alter table audit_checkpoint enable trigger audit_checkpoint_append_only");
        }

        try (ApplicationContext b = pod(root.resolve("pod-b"))) {
            assertThat(b.getBean(AuditVerifier.class).verify().intact()).as("the database alone no longer shows it").isTrue();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThat(AuditCommand.verify(b, new PrintStream(out, true, StandardCharsets.UTF_8), shared)).isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8))
                    .contains("BROKEN at entry " + signedSeq).contains("does not match the signed checkpoint");
        }
    }

    private ApplicationContext pod(Path scratch) {
        Map<String, Object> properties = new HashMap<>(database);
        properties.put("waymark.mode", "demo");
        properties.put("waymark.data-dir", scratch.toString());
        properties.put("waymark.audit.checkpoint-dir", shared.toString());
        properties.put("waymark.demo.referrals", "false");
        properties.put("waymark.demo.history", "false");
        properties.put("micronaut.server.port", -1);
        return ApplicationContext.run(properties);
    }

    private static void deleteRecursively(Path folder) throws Exception {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
