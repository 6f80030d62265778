package org.waymark.stats.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.waymark.identity.Role;
import org.waymark.identity.web.Pages;
import org.waymark.referral.OverdueReferrals;
import org.waymark.shared.InvalidInputException;
import org.waymark.stats.Breakdown;
import org.waymark.stats.PublishedTable;
import org.waymark.stats.StatisticsQueries;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The supervisor's dashboard: screenings over time as a chart and a table, one breakdown of the supervisor's choice
 * by risk level, and referrals by partner type and state. Every figure comes rounded or suppressed from
 * {@link StatisticsQueries}; suppressed cells are marked. Each table links to its CSV. Below them, the referrals stuck
 * open past the overdue limit (no personal data), for the supervisor to chase.
 */
@Controller("/supervisor")
@Secured(Role.SUPERVISOR_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
class DashboardPages {

    private static final List<Breakdown> SCREENING_BREAKDOWNS = Arrays.stream(Breakdown.values())
            .filter(b -> b != Breakdown.PERIOD && b != Breakdown.RISK_LEVEL && b.parameter() != null)
            .filter(b -> !List.of(Breakdown.PARTNER_TYPE, Breakdown.STATUS, Breakdown.CLOSING_OUTCOME).contains(b)).toList();

    /** Which message prefix names a breakdown's values on the page (the CSV keeps the codes); none: shown as they are. */
    private static final Map<String, String> LABELS = Map.of("placeType", "place.", "ageBand", "age.", "sex", "sex.", "sector", "sector.",
            "outcome", "outcome.", "riskLevel", "risk.");

    private final Pages pages;
    private final StatisticsQueries queries;
    private final OverdueReferrals overdue;
    private final Clock clock;

    private final org.waymark.identity.CaseAccessNotices accessNotices;

    DashboardPages(Pages pages, StatisticsQueries queries, OverdueReferrals overdue, Clock clock,
                   org.waymark.identity.CaseAccessNotices accessNotices) {
        this.accessNotices = accessNotices;
        this.pages = pages;
        this.queries = queries;
        this.overdue = overdue;
        this.clock = clock;
    }

    private static Map<String, String> labelPrefixes() {
        Map<String, String> prefixes = new java.util.HashMap<>(LABELS);
        SCREENING_BREAKDOWNS.forEach(b -> prefixes.putIfAbsent(b.parameter(), ""));
        return prefixes;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> dashboard(Authentication authentication, HttpRequest<?> request,
                                                @Nullable @QueryValue String period, @Nullable @QueryValue String breakdown) {
        Breakdown.Period chosenPeriod = period == null ? Breakdown.Period.QUARTER : Arrays.stream(Breakdown.Period.values())
                .filter(p -> p.name().equalsIgnoreCase(period)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("period", "must be month, quarter or year"));
        Breakdown chosen = breakdown == null ? Breakdown.REGION : SCREENING_BREAKDOWNS.stream().filter(b -> b.parameter().equals(breakdown))
                .findFirst().orElseThrow(() -> InvalidInputException.of("breakdown", "is not one of the breakdowns offered"));
        YearMonth to = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        YearMonth from = to.minusYears(chosenPeriod == Breakdown.Period.MONTH ? 1 : 3);

        PublishedTable trend = queries.table(new StatisticsQueries.TableRequest(Breakdown.Measure.SCREENINGS, Breakdown.PERIOD, null,
                chosenPeriod, from, to));
        PublishedTable byRisk = queries.table(new StatisticsQueries.TableRequest(Breakdown.Measure.SCREENINGS, chosen, Breakdown.RISK_LEVEL,
                chosenPeriod, from, to));
        PublishedTable referrals = queries.table(new StatisticsQueries.TableRequest(Breakdown.Measure.REFERRALS, Breakdown.PARTNER_TYPE,
                Breakdown.STATUS, chosenPeriod, from, to));
        String range = "&period=" + chosenPeriod.name().toLowerCase(Locale.ROOT) + "&from=" + from + "&to=" + to;
        return pages.model(authentication, request)
                .with("period", chosenPeriod.name().toLowerCase(Locale.ROOT))
                .with("breakdown", chosen.parameter())
                .with("labels", labelPrefixes())
                .with("breakdowns", SCREENING_BREAKDOWNS.stream().map(Breakdown::parameter).toList())
                .with("from", from.toString()).with("to", to.toString())
                .with("k", queries.k())
                .with("trend", trend).with("chart", BarChart.of(trend))
                .with("byRisk", byRisk).with("referrals", referrals)
                .with("trendCsv", "/api/v1/stats/screenings?format=csv&rows=period" + range)
                .with("byRiskCsv", "/api/v1/stats/screenings?format=csv&rows=" + chosen.parameter() + "&columns=riskLevel" + range)
                .with("referralsCsv", "/api/v1/stats/referrals?format=csv&rows=partnerType&columns=status" + range)
                .with("overdue", overdue.list(clock.instant())).with("overdueDays", overdue.overdueDays())
                .with("grants", accessNotices.recent())
                .view("supervisor/dashboard");
    }
}
