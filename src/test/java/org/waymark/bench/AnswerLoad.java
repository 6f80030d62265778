package org.waymark.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load run (not a test): N simulated officers, each walking a full interview and answering as fast as
 * the service lets them, against a running Waymark. Prints throughput and p50/p99 latency of the answer
 * endpoint. Bounded in time and count; talks only to the given loopback URL.
 * Usage: AnswerLoad http://127.0.0.1:PORT OFFICERS SECONDS [THINK_MILLIS] [answers|me]
 * With THINK_MILLIS 0 every officer answers back to back (a saturation run: latency is then queueing);
 * with a think time it is an open-ish load closer to officers reading out questions.
 * {@code me} runs the same officers against {@code GET /api/v1/auth/me} instead (signed in, no database): the
 * service's own ceiling for a request on this machine, the baseline the answer rate is compared with.
 */
public final class AnswerLoad {

    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");
    private static final List<String> QUESTIONS = List.of("ctx.recruited-or-moved-by-others", "ctx.works-or-travels-to-work",
            "d1.deceived-nature-of-job", "d1.deceived-wages", "d2.debt-bondage", "d3.economic-reasons", "d4.excessive-working-hours",
            "d4.low-or-no-salary", "d4.hazardous-work", "d5.confiscation-of-documents", "d5.debt-bondage", "d5.violence",
            "d5.withholding-of-wages", "d6.economic-reasons", "d6.dependency-on-exploiters");

    private AnswerLoad() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        if (!URI.create(base).getHost().matches("127\\.0\\.0\\.1|localhost")) {
            throw new IllegalArgumentException("load runs only against loopback");
        }
        int officers = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        long think = args.length > 3 ? Long.parseLong(args[3]) : 0;
        boolean baseline = args.length > 4 && args[4].equals("me");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = signIn(http, base);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        long warmupSeconds = Math.min(10, seconds / 3);
        long measuredFrom = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(officers);
        for (int i = 0; i < officers; i++) {
            Thread thread = new Thread(() -> {
                try {
                    if (baseline) {
                        whoAmI(http, base, token, measuredFrom, deadline, think, latencies, errors);
                    } else {
                        officer(http, base, token, measuredFrom, deadline, think, latencies, errors);
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
            thread.start();
        }
        done.await();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("officers=%d seconds=%d think=%dms answers=%d errors=%d%n", officers, seconds, think, sorted.size(), errors.get());
        String what = baseline ? "GET /auth/me" : "answer";
        System.out.printf("%s throughput: %.0f/s (after %d s warm-up)%n", what, sorted.size() / (double) (seconds - warmupSeconds), warmupSeconds);
        System.out.printf("%s latency p50: %.1f ms, p99: %.1f ms%n", what, percentile(sorted, 0.50), percentile(sorted, 0.99));
    }

    private static void officer(HttpClient http, String base, String token, long measuredFrom, long deadline, long think,
                                ConcurrentLinkedQueue<Long> latencies, AtomicInteger errors) throws Exception {
        while (System.nanoTime() < deadline) {
            String id = UUID.randomUUID().toString();
            String body = "{\"id\":\"" + id + "\",\"catalogue\":\"waymark-indicators\",\"checklist\":\"full-interview\","
                    + "\"intervieweeLanguage\":\"uk\",\"interpreterPresent\":false,\"placeType\":\"AIRPORT\",\"exploitation\":\"LABOUR\","
                    + "\"ageBand\":\"AGE_25_34\",\"sex\":\"FEMALE\",\"nationality\":\"UA\",\"person\":{\"nameOrAlias\":\"Load Test\"}}";
            HttpResponse<String> created = http.send(request(base + "/api/v1/screenings", token).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                errors.incrementAndGet();
                continue;
            }
            long version = 0;
            for (int q = 0; q < QUESTIONS.size() && System.nanoTime() < deadline; q++) {
                if (think > 0) {
                    Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(think / 2, think * 3 / 2 + 1));
                }
                String answer = "{\"answer\":\"" + (q % 3 == 0 ? "NO" : "YES") + "\",\"expectedVersion\":" + version + "}";
                long start = System.nanoTime();
                HttpResponse<String> response = http.send(request(base + "/api/v1/screenings/" + id + "/answers/" + QUESTIONS.get(q), token)
                        .PUT(HttpRequest.BodyPublishers.ofString(answer)).build(), HttpResponse.BodyHandlers.ofString());
                if (start >= measuredFrom) {
                    latencies.add(System.nanoTime() - start); // the warm-up (JIT, pools) is not measured
                }
                Matcher m = VERSION.matcher(response.body());
                if (response.statusCode() != 200 || !m.find()) {
                    errors.incrementAndGet();
                    break;
                }
                version = Long.parseLong(m.group(1));
            }
        }
    }

    private static void whoAmI(HttpClient http, String base, String token, long measuredFrom, long deadline, long think,
                               ConcurrentLinkedQueue<Long> latencies, AtomicInteger errors) throws Exception {
        while (System.nanoTime() < deadline) {
            if (think > 0) {
                Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(think / 2, think * 3 / 2 + 1));
            }
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request(base + "/api/v1/auth/me", token).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (start >= measuredFrom) {
                latencies.add(System.nanoTime() - start);
            }
            if (response.statusCode() != 200) {
                errors.incrementAndGet();
            }
        }
    }

    private static String signIn(HttpClient http, String base) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/sign-in"))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"officer.airport\",\"password\":\"waymark-demo\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = TOKEN.matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException("sign-in failed: " + response.statusCode());
        }
        return m.group(1);
    }

    private static HttpRequest.Builder request(String uri, String token) {
        return HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30))
                .header("authorization", "Bearer " + token).header("content-type", "application/json");
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1_000_000.0;
    }
}
