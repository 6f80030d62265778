package org.waymark.cluster;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.waymark.testing.TestPostgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The container image built from deploy/Containerfile and run for real with podman and runc: the base images are a
 * Debian base made with mmdebstrap (kept in podman's storage, made once per machine), the container runs as a
 * non-root user on a read-only root file system with a tmpfs on /tmp. Demo mode answers and takes a screening;
 * production mode without secrets refuses and names them; production mode against an external PostgreSQL (this test
 * run's own server) migrates, becomes ready, and stops cleanly on SIGTERM within the grace period.
 * <p>Not part of {@code verify} yet: run it with {@code -Dwaymark.container-it=true} (deploy/RUNBOOK.md).
 */
@EnabledIfSystemProperty(named = "waymark.container-it", matches = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContainerImageIT {

    static final String BASE = "localhost/waymark-base:bookworm";
    static final String IMAGE = "localhost/waymark:it";
    static final int GRACE_SECONDS = 30;
    static final Path WORK = Path.of("target", "container-it").toAbsolutePath();

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeAll
    static void buildTheImage() throws Exception {
        Files.createDirectories(WORK);
        // podman's default ulimits cannot be set on these machines; runc, because crun refuses hybrid cgroups
        Files.writeString(WORK.resolve("containers.conf"), "[containers]\ndefault_ulimits = []\n");
        if (podman(600, "image", "exists", BASE).exitCode() != 0) {
            long started = System.nanoTime();
            Path tar = WORK.resolve("base.tar");
            run(1200, List.of("mmdebstrap", "--variant=minbase", "--include=openjdk-17-jdk-headless,ca-certificates,passwd",
                    "bookworm", tar.toString(), "/etc/apt/sources.list.d/debian.sources")).require("mmdebstrap");
            podman(600, "import", tar.toString(), BASE).require("podman import");
            Files.delete(tar);
            System.out.printf("container image: Debian base made with mmdebstrap in %d s%n", seconds(started));
        }
        long started = System.nanoTime();
        podman(1800, "build", "--network", "host", "--build-arg", "BUILD_IMAGE=" + BASE, "--build-arg", "RUNTIME_IMAGE=" + BASE,
                "--volume", Path.of(System.getProperty("user.home"), ".m2") + ":/root/.m2", "--file", "deploy/Containerfile",
                "--tag", IMAGE, ".").require("podman build");
        System.out.printf("container image: built in %d s, size %s bytes%n", seconds(started),
                podman(60, "image", "inspect", "--format", "{{.Size}}", IMAGE).output().trim());
    }

    @AfterAll
    static void removeContainers() {
        for (String name : List.of("waymark-it-demo", "waymark-it-refused", "waymark-it-production")) {
            podman(120, "rm", "--force", "--ignore", name);
        }
    }

    @Test
    @Order(1)
    void inDemoModeTheContainerRunsConfinedAnswersHealthAndTakesAScreening() throws Exception {
        int port = freePort();
        long started = System.nanoTime();
        podman(300, "run", "--detach", "--name", "waymark-it-demo", "--network", "host", "--read-only", "--tmpfs", "/tmp",
                "--env", "WAYMARK_MODE=demo", "--env", "WAYMARK_DATA_DIR=/tmp/data", "--env", "WAYMARK_PORT=" + port, IMAGE)
                .require("podman run");
        assertThat(waitFor(port, "/health", "waymark-it-demo")).contains("UP");
        System.out.printf("container image: demo mode answered /health UP after %d s%n", seconds(started));

        assertThat(podman(60, "exec", "waymark-it-demo", "id", "-u").output().trim()).isEqualTo("10001");
        assertThat(podman(60, "exec", "waymark-it-demo", "touch", "/opt/waymark/written").exitCode()).as("read-only root").isNotZero();
        assertThat(podman(60, "exec", "waymark-it-demo", "touch", "/tmp/written").exitCode()).as("/tmp is writable").isZero();

        String token = signIn(port, "officer.airport");
        String id = UUID.randomUUID().toString();
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/screenings"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(startRequest(id))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        podman(120, "rm", "--force", "waymark-it-demo").require("podman rm");
    }

    @Test
    @Order(2)
    void inProductionModeWithoutSecretsTheContainerRefusesAndNamesTheSettings() {
        // the operator set the database but forgot the secrets
        Map<String, String> database = TestPostgres.freshDatabase();
        Result refused = podman(300, "run", "--name", "waymark-it-refused", "--network", "host", "--read-only", "--tmpfs", "/tmp",
                "--env", "WAYMARK_MODE=production", "--env", "WAYMARK_PORT=" + freePort(),
                "--env", "DATASOURCES_DEFAULT_URL=" + database.get("datasources.default.url"),
                "--env", "DATASOURCES_DEFAULT_USERNAME=" + database.get("datasources.default.username"),
                "--env", "DATASOURCES_DEFAULT_PASSWORD=" + database.get("datasources.default.password"), IMAGE);

        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.output() + refused.errors()).contains("WAYMARK_MASTER_KEY").contains("WAYMARK_TOKEN_KEY");
    }

    @Test
    @Order(3)
    void inProductionModeAgainstAnExternalPostgresTheContainerMigratesBecomesReadyAndStopsCleanlyOnSigterm() throws Exception {
        Map<String, String> database = TestPostgres.freshDatabase();
        int port = freePort();
        List<String> arguments = new ArrayList<>(List.of("run", "--detach", "--name", "waymark-it-production", "--network", "host",
                "--read-only", "--tmpfs", "/tmp", "--stop-timeout", String.valueOf(GRACE_SECONDS),
                "--env", "WAYMARK_MODE=production", "--env", "WAYMARK_PORT=" + port,
                "--env", "WAYMARK_MASTER_KEY=" + randomKey(), "--env", "WAYMARK_TOKEN_KEY=" + randomKey(),
                "--env", "DATASOURCES_DEFAULT_URL=" + database.get("datasources.default.url"),
                "--env", "DATASOURCES_DEFAULT_USERNAME=" + database.get("datasources.default.username"),
                "--env", "DATASOURCES_DEFAULT_PASSWORD=" + database.get("datasources.default.password"), IMAGE));
        long started = System.nanoTime();
        podman(300, arguments.toArray(String[]::new)).require("podman run");

        assertThat(waitFor(port, "/health/readiness", "waymark-it-production")).contains("UP");
        System.out.printf("container image: production mode ready on the external PostgreSQL after %d s%n", seconds(started));
        try (Connection connection = DriverManager.getConnection(database.get("datasources.default.url"),
                database.get("datasources.default.username"), database.get("datasources.default.password"));
             ResultSet migrations = connection.createStatement().executeQuery(
                     "select count(*), bool_and(success) from flyway_schema_history where version is not null")) {
            migrations.next();
            assertThat(migrations.getInt(1)).as("migrations applied").isPositive();
            assertThat(migrations.getBoolean(2)).as("every migration succeeded").isTrue();
        }

        long stopping = System.nanoTime();
        podman(GRACE_SECONDS + 60, "stop", "--time", String.valueOf(GRACE_SECONDS), "waymark-it-production").require("podman stop");
        long stopSeconds = seconds(stopping);
        String exitCode = podman(60, "inspect", "--format", "{{.State.ExitCode}}", "waymark-it-production").output().trim();
        System.out.printf("container image: SIGTERM stopped it in %d s (grace %d s), exit code %s%n", stopSeconds, GRACE_SECONDS, exitCode);
        assertThat(stopSeconds).isLessThan(GRACE_SECONDS);
        assertThat(exitCode).as("stopped by SIGTERM (143) or exited (0), not killed (137)").isIn("0", "143");
        assertThat(podman(60, "logs", "waymark-it-production").output()).doesNotContain("\"level\":\"ERROR\"");
    }

    private String waitFor(int port, String path, String container) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response.body();
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError(container + " did not answer " + path + "; its log ends:\n" + tail(podman(60, "logs", container)));
    }

    private String signIn(int port, String user) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/sign-in"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"waymark-demo\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher matcher = CrashIT.TOKEN.matcher(response.body());
        assertThat(matcher.find()).as("signed in (" + response.statusCode() + ")").isTrue();
        return matcher.group(1);
    }

    private static String startRequest(String id) {
        return "{\"id\":\"" + id + "\",\"catalogue\":\"waymark-indicators\",\"checklist\":\"triage\",\"intervieweeLanguage\":\"uk\","
                + "\"interpreterPresent\":false,\"placeType\":\"AIRPORT\",\"exploitation\":\"LABOUR\",\"ageBand\":\"AGE_25_34\","
                + "\"sex\":\"FEMALE\",\"nationality\":\"UA\",\"person\":{\"nameOrAlias\":\"Container Test\"}}";
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** What a finished command did. */
    record Result(int exitCode, String output, String errors, List<String> command) {
        Result require(String what) {
            if (exitCode != 0) {
                throw new AssertionError(what + " failed (" + exitCode + "): " + command + "\n" + tail(this));
            }
            return this;
        }
    }

    static Result podman(int timeoutSeconds, String... arguments) {
        List<String> command = new ArrayList<>(List.of("podman", "--runtime", "runc"));
        command.addAll(List.of(arguments));
        return run(timeoutSeconds, command);
    }

    static Result run(int timeoutSeconds, List<String> command) {
        try {
            Path out = Files.createTempFile(WORK, "out", ".txt");
            Path err = Files.createTempFile(WORK, "err", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().put("CONTAINERS_CONF", WORK.resolve("containers.conf").toString());
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("timed out after " + timeoutSeconds + " s: " + command);
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err), command);
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command.get(0) + " (apt-get install podman buildah mmdebstrap uidmap runc; deploy/RUNBOOK.md)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String tail(Result result) {
        List<String> lines = (result.output() + result.errors()).lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static long seconds(long startedNanos) {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startedNanos);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
