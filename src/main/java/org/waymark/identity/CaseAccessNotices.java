package org.waymark.identity;

import jakarta.inject.Singleton;
import org.waymark.identity.persistence.CaseAccessGrantRow;
import org.waymark.identity.persistence.CaseAccessGrantRows;
import org.waymark.identity.persistence.UserAccountRow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Announces to the supervisors every account an administrator gives the power to read case data. Chosen over a
 * second administrator's approval: a checkpoint's night shift may have one administrator on duty and an officer who
 * must start work now, so an approval queue would be bypassed or would block the work; an announcement keeps the
 * grant immediate and never silent — the supervisors, who know their staff, see each one for
 * {@link #SHOWN_FOR} (and the audit trail keeps it for good) and can have it undone.
 */
@Singleton
public class CaseAccessNotices {

    /** How long a grant stays on the supervisors' list. */
    public static final Duration SHOWN_FOR = Duration.ofDays(90);

    private final CaseAccessGrantRows grants;
    private final Clock clock;

    CaseAccessNotices(CaseAccessGrantRows grants, Clock clock) {
        this.grants = grants;
        this.clock = clock;
    }

    /** Records the grant if the account, as it now stands, can read cases (and is enabled). */
    public void announce(UserAccountRow account, UUID adminId, String adminUsername, String act) {
        if (account.enabled() && account.role().readsCases()) {
            grants.save(CaseAccessGrantRow.of(new CaseAccessGrant(UUID.randomUUID(), clock.instant(), account.id(), account.username(), account.role(),
                    account.unitId(), adminId, adminUsername, act)));
        }
    }

    /** The grants of the last {@link #SHOWN_FOR}, newest first. */
    public List<CaseAccessGrant> recent() {
        Instant since = clock.instant().minus(SHOWN_FOR);
        return grants.findByGrantedAtGreaterThanOrderByGrantedAtDesc(since).stream().map(CaseAccessGrantRow::grant).toList();
    }
}
