package org.waymark.cluster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crash test (runs after packaging, on the real jar): 1,000 screening submissions with retries while the
 * service — and, separately, its PostgreSQL — is killed with SIGKILL at random moments and restarted. Afterwards every
 * submission the client saw acknowledged is there once, each has exactly one CREATE audit entry, and the chain
 * verifies. The figures are printed for the issue note.
 */
class CrashIT {

    static final int SUBMISSIONS = 1000;
    static final Pattern TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");

    @TempDir
    Path directory;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    volatile Process service;
    int port;

    @Test
    void acknowledgedSubmissionsSurviveKillsOfTheServiceAndOfPostgres() throws Exception {
        port = freePort();
        start();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger serviceKills = new AtomicInteger();
        AtomicInteger postgresKills = new AtomicInteger();
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Thread killer = new Thread(() -> {
            Random random = new Random(42);
            while (!done.get()) {
                try {
                    Thread.sleep(1500 + random.nextInt(2500));
                    if (done.get()) {
                        break;
                    }
                    if (random.nextBoolean()) {
                        killPostgres();
                        postgresKills.incrementAndGet();
                        Thread.sleep(300);
                    }
                    service.destroyForcibly().waitFor();
                    serviceKills.incrementAndGet();
                    start();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        killer.start();
        try {
            List<Future<?>> submitters = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                submitters.add(pool.submit(() -> {
                    String token = null;
                    for (int i = offset; i < SUBMISSIONS; i += 4) {
                        String id = UUID.nameUUIDFromBytes(("crash-" + i).getBytes()).toString();
                        while (true) {
                            attempts.incrementAndGet();
                            try {
                                if (token == null) {
                                    token = signIn("officer.airport");
                                }
                                int status = post("/api/v1/screenings", token, startRequest(id));
                                if (status == 200 || status == 201) {
                                    acknowledged.add(id);
                                    break;
                                }
                                if (status == 401) {
                                    token = null;
                                }
                            } catch (IOException e) {
                                // the service is down: retry
                            }
                            sleep(100);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : submitters) {
                f.get();
            }
        } finally {
            done.set(true);
            killer.join();
            pool.shutdownNow();
        }

        waitUntilUp();
        String auditor = signIn("auditor");
        String officer = signIn("officer.airport");
        String list = get("/api/v1/screenings", officer);
        int duplicates = 0;
        int lost = 0;
        for (String id : acknowledged) {
            int times = count(list, "\"id\":\"" + id + "\"");
            lost += times == 0 ? 1 : 0;
            duplicates += times > 1 ? 1 : 0;
        }
        int missingAudit = 0;
        for (String id : acknowledged) {
            if (count(get("/api/v1/audit/records/" + id, auditor), "\"action\":\"CREATE\"") != 1) {
                missingAudit++;
            }
        }
        String verification = get("/api/v1/audit/verify", auditor);
        System.out.printf("crash test: %d submissions acknowledged, %d attempts, %d service kills, %d PostgreSQL kills, "
                + "lost %d, duplicated %d, without exactly one CREATE audit entry %d, audit chain %s%n", acknowledged.size(), attempts.get(),
                serviceKills.get(), postgresKills.get(), lost, duplicates, missingAudit, verification);
        service.destroy();
        service.waitFor();

        assertThat(acknowledged).hasSize(SUBMISSIONS);
        assertThat(serviceKills.get()).isPositive();
        assertThat(lost).isZero();
        assertThat(duplicates).isZero();
        assertThat(missingAudit).isZero();
        assertThat(verification).contains("\"intact\":true");
    }

    private void start() throws Exception {
        Path log = directory.resolve("service.log");
        service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Path.of("target/waymark.jar").toAbsolutePath().toString(), "--waymark.mode=demo", "--waymark.demo.referrals=false", "--waymark.demo.history=false",
                "--waymark.data-dir=" + directory.resolve("data"), "--micronaut.server.port=" + port)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        waitUntilUp();
    }

    private void waitUntilUp() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(uri("/health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the service did not come up; see " + directory.resolve("service.log") + ":\n"
                + Files.readString(directory.resolve("service.log")).lines().reduce((a, b) -> b).orElse(""));
    }

    private void killPostgres() throws Exception {
        Path pid = directory.resolve("data/postgres/postmaster.pid");
        if (Files.exists(pid)) {
            String postmaster = Files.readAllLines(pid).get(0).trim();
            new ProcessBuilder("kill", "-9", postmaster).start().waitFor();
        }
    }

    private String signIn(String user) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/auth/sign-in")).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"waymark-demo\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher matcher = TOKEN.matcher(response.body());
        if (!matcher.find()) {
            throw new IOException("no token (" + response.statusCode() + ")");
        }
        return matcher.group(1);
    }

    private int post(String path, String token, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String get(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String startRequest(String id) {
        return "{\"id\":\"" + id + "\",\"catalogue\":\"waymark-indicators\",\"checklist\":\"triage\",\"intervieweeLanguage\":\"uk\","
                + "\"interpreterPresent\":false,\"placeType\":\"AIRPORT\",\"exploitation\":\"LABOUR\",\"ageBand\":\"AGE_25_34\","
                + "\"sex\":\"FEMALE\",\"nationality\":\"UA\",\"person\":{\"nameOrAlias\":\"Crash Test\"}}";
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
