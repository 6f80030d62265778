package org.waymark.audit;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.waymark.audit.persistence.AuditCheckpointRow;
import org.waymark.testing.ApiClient;
import org.waymark.testing.DatabaseTest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the forged file spoils the folder: last
class AuditCheckpointTest extends DatabaseTest {

    final Path folder = Path.of("target/test-checkpoints/" + UUID.randomUUID());

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AuditCheckpoints checkpoints;

    @Inject
    AuditVerifier verifier;

    @Inject
    io.micronaut.context.ApplicationContext context;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("waymark.audit.checkpoint-dir", folder.toString());
    }

    @Test
    @Order(1)
    void signsTheHeadAndShipsAFileThatVerifiesOutsideTheDatabase() throws Exception {
        new ApiClient(http).as("trainer");

        AuditCheckpointRow checkpoint = checkpoints.checkpoint().orElseThrow();

        Path file = folder.resolve(String.format("checkpoint-%012d.json", checkpoint.seq()));
        assertThat(Files.readString(file)).contains("\"entryHash\":\"" + checkpoint.entryHash() + "\"").contains("BEGIN CERTIFICATE");
        assertThat(verifier.verify().intact()).isTrue();
        assertThat(verifier.verify(folder)).satisfies(v -> {
            assertThat(v.intact()).isTrue();
            assertThat(v.checkpoints()).isPositive();
        });
        assertThat(checkpoints.checkpoint().orElseThrow().seq()).as("nothing new to sign").isEqualTo(checkpoint.seq());
    }

    @Test
    @Order(3)
    void aForgedCheckpointFileIsRefused() throws Exception {
        new ApiClient(http).as("trainer");
        AuditCheckpointRow checkpoint = checkpoints.checkpoint().orElseThrow();
        Path file = folder.resolve(String.format("checkpoint-%012d.json", checkpoint.seq()));
        Files.writeString(file, Files.readString(file).replace(checkpoint.entryHash(), "0".repeat(64)));

        AuditVerifier.Verification result = verifier.verify(folder);

        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).contains("no valid signature");
    }

    @Test
    @Order(2)
    void onlyTheAuditorAsksForCheckpoints() {
        assertThat(new ApiClient(http).as("auditor").status(HttpRequest.POST("/api/v1/audit/checkpoints", Map.of()))).isEqualTo(200);
        assertThat(new ApiClient(http).as("auditor").getJsonList("/api/v1/audit/checkpoints")).isNotEmpty();
        assertThat(new ApiClient(http).as("admin").status(HttpRequest.POST("/api/v1/audit/checkpoints", Map.of()))).isEqualTo(403);
    }

}
