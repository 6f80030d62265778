package org.waymark.referral.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.waymark.identity.Role;
import org.waymark.referral.OverdueReferral;
import org.waymark.referral.OverdueReferrals;

import java.time.Clock;
import java.util.List;

/** The supervisor's view of referrals: only those stalled past the overdue limit, without personal data. */
@Controller("/api/v1/supervisor")
@Secured(Role.SUPERVISOR_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Statistics")
class SupervisorReferralsController {

    private final OverdueReferrals overdue;
    private final Clock clock;

    SupervisorReferralsController(OverdueReferrals overdue, Clock clock) {
        this.overdue = overdue;
        this.clock = clock;
    }

    /** Open referrals of every unit that have not moved for {@code waymark.retention.referral-overdue}, oldest first. */
    @Get("/overdue-referrals")
    List<OverdueReferral> overdueReferrals() {
        return overdue.list(clock.instant());
    }
}
