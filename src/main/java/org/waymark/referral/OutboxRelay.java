package org.waymark.referral;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
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
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Pushes packets to partners that registered an endpoint: at least once, retried with exponential back-off, and never
 * holding a database transaction or connection while a partner's server answers. Each push takes three steps:
 * <ol>
 *   <li>a short transaction claims one due entry ({@code FOR UPDATE SKIP LOCKED}, so instances never take the same one),
 *       counts the attempt, moves its next attempt past a lease long enough for the call to finish, and reads the packet;</li>
 *   <li>the endpoint is checked again (resolving its name anew) and called, outside any transaction;</li>
 *   <li>a second short transaction records the outcome: delivered, or the next attempt after back-off.</li>
 * </ol>
 * Should an instance stop between the first and the last step, the lease runs out and the entry is pushed again; the
 * packet id header is the stable delivery id that lets the partner drop such a duplicate (or one whose answer was lost).
 * An outcome arriving after another instance claimed the entry again records a delivery but never overwrites the newer claim.
 */
@Singleton
public class OutboxRelay {

    static final int BATCH = 10;
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** Beyond the connect and request timeouts, time for resolving the endpoint's name and recording the outcome. */
    static final Duration LEASE_MARGIN = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxRows outbox;
    private final ReferralRows referrals;
    private final Partners partners;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final Duration firstRetry;
    private final Duration maxRetry;
    private final Duration lease;
    private final HttpClient http;
    private final PushTargets targets;

    OutboxRelay(OutboxRows outbox, ReferralRows referrals, Partners partners, TransactionOperations<Connection> transactions, Clock clock,
                PushTargets targets,
                PushSettings settings) {
        this.outbox = outbox;
        this.referrals = referrals;
        this.partners = partners;
        this.transactions = transactions;
        this.targets = targets;
        this.clock = clock;
        this.firstRetry = settings.firstRetry();
        this.maxRetry = settings.maxRetry();
        this.lease = settings.timeout().plus(REQUEST_TIMEOUT).plus(LEASE_MARGIN);
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(fixedDelay = "${waymark.referral.push.interval:5s}", initialDelay = "${waymark.referral.push.interval:5s}")
    void scheduled() {
        try {
            pushDue();
        } catch (RuntimeException e) {
            LOG.warn("Pushing referral packets failed; will try again: {}", e.getClass().getSimpleName());
        }
    }

    /** Pushes up to one batch of due packets, one claim at a time; returns how many were attempted. */
    public int pushDue() {
        int attempted = 0;
        while (attempted < BATCH) {
            Optional<Claim> claim = transactions.executeWrite(status -> claimNext());
            if (claim.isEmpty()) {
                break;
            }
            attempted++;
            if (claim.get().endpoint() != null) {
                push(claim.get());
            }
        }
        return attempted;
    }

    /**
     * One due entry, claimed: its attempt counted and its next attempt set past the lease. An entry with nothing to push
     * (no endpoint, packet deleted, referral revoked) is recorded as failed at once and comes back without an endpoint.
     */
    private Optional<Claim> claimNext() {
        Instant now = clock.instant();
        List<OutboxRow> due = outbox.lockDue(now, 1);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        OutboxRow entry = due.get(0);
        int attempt = entry.attempts() + 1;
        outbox.claim(entry.referralId(), now.plus(lease));
        ReferralRow referral = referrals.findById(entry.referralId()).orElseThrow();
        String endpoint = partners.pushEndpoint(referral.organisationId()).orElse(null);
        if (endpoint == null || referral.packet() == null || ReferralStatus.of(referral) == ReferralStatus.REVOKED) {
            outbox.failed(entry.referralId(), attempt, now.plus(maxRetry),
                    endpoint == null ? "no endpoint" : referral.packet() == null ? "packet deleted" : "revoked");
            return Optional.of(new Claim(entry.referralId(), attempt, null, null, null, null));
        }
        return Optional.of(new Claim(entry.referralId(), attempt, endpoint, referral.format(), referral.packet(), referral.packetSha256()));
    }

    /** The HTTP call, with no transaction open, then the outcome in a short transaction of its own. */
    private void push(Claim claim) {
        String refusal = targets.refusal(claim.endpoint()); // resolved again now: the name may point somewhere else since it was saved
        if (refusal != null) {
            Instant next = clock.instant().plus(backoff(claim.attempt() - 1));
            record(claim, false, next, "endpoint refused");
            LOG.warn("Push of referral {} refused: the endpoint {}", claim.referralId(), refusal);
            return;
        }
        String error;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(claim.endpoint().strip())).timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "OPENPGP".equals(claim.format()) ? "application/pgp-encrypted" : "application/pkcs7-mime")
                    .header("X-Waymark-Packet-Id", claim.referralId().toString())
                    .header("X-Waymark-Packet-SHA256", claim.packetSha256())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(claim.packet()))
                    .build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) {
                record(claim, true, clock.instant(), null);
                return;
            }
            error = "HTTP " + status;
        } catch (java.io.IOException e) {
            error = e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        Instant next = clock.instant().plus(backoff(claim.attempt() - 1));
        record(claim, false, next, error);
        LOG.info("Push of referral {} failed ({}); attempt {}, next at {}", claim.referralId(), error, claim.attempt(), next);
    }

    private void record(Claim claim, boolean delivered, Instant at, @Nullable String error) {
        int recorded = transactions.executeWrite(status -> delivered ? outbox.delivered(claim.referralId(), at)
                : outbox.failed(claim.referralId(), claim.attempt(), at, error));
        if (recorded == 0 && !delivered) {
            LOG.info("Outcome of attempt {} of referral {} not recorded: its lease ran out and the entry was claimed again",
                    claim.attempt(), claim.referralId());
        }
    }

    /** 10 s, 20 s, 40 s ... up to the maximum (1 h by default). */
    Duration backoff(int attemptsSoFar) {
        Duration delay = firstRetry.multipliedBy(1L << Math.min(attemptsSoFar, 20));
        return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
    }

    /** An outbox entry this instance claimed: the attempt it counts as, and what to push (no endpoint: nothing). */
    private record Claim(UUID referralId, int attempt, @Nullable String endpoint, @Nullable String format, @Nullable byte[] packet,
                         @Nullable String packetSha256) {
    }
}
