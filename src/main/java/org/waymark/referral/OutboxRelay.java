package org.waymark.referral;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.waymark.referral.persistence.OutboxRow;
import org.waymark.referral.persistence.OutboxRows;
import org.waymark.referral.persistence.ReferralRow;
import org.waymark.referral.persistence.ReferralRows;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Pushes packets to partners that registered an endpoint: at least once, retried with exponential back-off.
 * Each batch locks its outbox entries with {@code FOR UPDATE SKIP LOCKED}, so any number of instances share
 * the work and never push the same entry at the same time; the packet id header lets the partner drop the
 * rare duplicate (a push that succeeded but whose answer was lost).
 */
@Singleton
public class OutboxRelay {

    static final int BATCH = 10;
    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxRows outbox;
    private final ReferralRows referrals;
    private final Partners partners;
    private final Clock clock;
    private final Duration firstRetry;
    private final Duration maxRetry;
    private final HttpClient http;
    private final PushTargets targets;

    OutboxRelay(OutboxRows outbox, ReferralRows referrals, Partners partners, Clock clock, PushTargets targets,
                @Value("${waymark.referral.push.first-retry:10s}") Duration firstRetry,
                @Value("${waymark.referral.push.max-retry:1h}") Duration maxRetry,
                @Value("${waymark.referral.push.timeout:10s}") Duration timeout) {
        this.outbox = outbox;
        this.referrals = referrals;
        this.partners = partners;
        this.targets = targets;
        this.clock = clock;
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(fixedDelay = "${waymark.referral.push.interval:5s}", initialDelay = "${waymark.referral.push.interval:5s}")
    void scheduled() {
        try {
            pushDue();
        } catch (RuntimeException e) {
            LOG.warn("Pushing referral packets failed; will try again: {}", e.getClass().getSimpleName());
        }
    }

    /** Pushes one batch of due packets; returns how many were attempted. */
    @Transactional
    public int pushDue() {
        List<OutboxRow> due = outbox.lockDue(clock.instant(), BATCH);
        for (OutboxRow entry : due) {
            push(entry);
        }
        return due.size();
    }

    private void push(OutboxRow entry) {
        ReferralRow referral = referrals.findById(entry.referralId()).orElseThrow();
        String endpoint = partners.pushEndpoint(referral.organisationId()).orElse(null);
        if (endpoint == null || referral.packet() == null || ReferralStatus.valueOf(referral.status()) == ReferralStatus.REVOKED) {
            outbox.failed(entry.referralId(), clock.instant().plus(maxRetry),
                    endpoint == null ? "no endpoint" : referral.packet() == null ? "packet deleted" : "revoked");
            return;
        }
        String refusal = targets.refusal(endpoint); // resolved again now: the name may point somewhere else since it was saved
        if (refusal != null) {
            Instant next = clock.instant().plus(backoff(entry.attempts()));
            outbox.failed(entry.referralId(), next, "endpoint refused");
            LOG.warn("Push of referral {} refused: the endpoint {}", entry.referralId(), refusal);
            return;
        }
        String error;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.strip())).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "OPENPGP".equals(referral.format()) ? "application/pgp-encrypted" : "application/pkcs7-mime")
                    .header("X-Waymark-Packet-Id", referral.id().toString())
                    .header("X-Waymark-Packet-SHA256", referral.packetSha256())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(referral.packet()))
                    .build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) {
                outbox.delivered(entry.referralId(), clock.instant());
                return;
            }
            error = "HTTP " + status;
        } catch (java.io.IOException e) {
            error = e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        Instant next = clock.instant().plus(backoff(entry.attempts()));
        outbox.failed(entry.referralId(), next, error);
        LOG.info("Push of referral {} failed ({}); attempt {}, next at {}", entry.referralId(), error, entry.attempts() + 1, next);
    }

    /** 10 s, 20 s, 40 s ... up to the maximum (1 h by default). */
    Duration backoff(int attemptsSoFar) {
        Duration delay = firstRetry.multipliedBy(1L << Math.min(attemptsSoFar, 20));
        return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
    }
}
