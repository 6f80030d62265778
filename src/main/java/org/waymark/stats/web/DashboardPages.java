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
import org.waymark.stats.Comparison;
import org.waymark.stats.MonthRange;
import org.waymark.stats.PublishedTable;
import org.waymark.stats.StatisticsQueries;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The supervisor's dashboard over a range of months (a quick pick such as the last quarter, or from and to): screenings
 * over time as a chart and a table, any two breakdowns of the supervisor's choice against each other (place type by
 * outcome, region by risk level, …) next to the same table over the range of the same length before, with the change,
 * and referrals by partner type and state. Every figure comes rounded or suppressed from {@link StatisticsQueries};
 * suppressed cells are marked. Each table links to its CSV. Where the demo history is counted, the page says so. Below
 * them, the referrals stuck open past the overdue limit (no personal data), for the supervisor to chase.
 */
@Controller("/supervisor")
@Secured(Role.SUPERVISOR_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
class DashboardPages {

    private static final List<Breakdown> SCREENING_BREAKDOWNS = Arrays.stream(Breakdown.values())
            .filter(b -> b != Breakdown.PERIOD && b.parameter() != null)
            .filter(b -> !List.of(Breakdown.PARTNER_TYPE, Breakdown.STATUS, Breakdown.CLOSING_OUTCOME, Breakdown.PARTNER_RESULT,
                    Breakdown.WAGE_ARREARS).contains(b)).toList();
    private static final String CUSTOM = "custom";
    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

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
        prefixes.put(Comparison.TOTAL, "");
        return prefixes;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> dashboard(Authentication authentication, HttpRequest<?> request,
                                                @Nullable @QueryValue String period, @Nullable @QueryValue String breakdown,
                                                @Nullable @QueryValue String columns, @Nullable @QueryValue String range,
                                                @Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        Breakdown.Period chosenPeriod = period == null ? Breakdown.Period.QUARTER : Arrays.stream(Breakdown.Period.values())
                .filter(p -> p.name().equalsIgnoreCase(period)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("period", "must be month, quarter or year"));
        Breakdown rows = offered("breakdown", breakdown, Breakdown.REGION);
        Breakdown against = offered("columns", columns, Breakdown.RISK_LEVEL);
        String chosenRange = range == null ? MonthRange.QuickPick.LAST_12_MONTHS.parameter() : range;
        MonthRange months = months(chosenRange, from, to);

        StatisticsQueries.TableRequest cross = new StatisticsQueries.TableRequest(Breakdown.Measure.SCREENINGS, rows, against, chosenPeriod,
                months.from(), months.to());
        Comparison comparison = queries.compare(cross);
        PublishedTable trend = queries.table(new StatisticsQueries.TableRequest(Breakdown.Measure.SCREENINGS, Breakdown.PERIOD, null,
                chosenPeriod, months.from(), months.to()));
        PublishedTable referrals = queries.table(new StatisticsQueries.TableRequest(Breakdown.Measure.REFERRALS, Breakdown.PARTNER_TYPE,
                Breakdown.STATUS, chosenPeriod, months.from(), months.to()));
        PublishedTable results = queries.table(new StatisticsQueries.TableRequest(Breakdown.Measure.REFERRALS, Breakdown.PARTNER_RESULT,
                Breakdown.PARTNER_TYPE, chosenPeriod, months.from(), months.to()));
        Pages.Model model = withChoices(pages.model(authentication, request))
                .with("period", chosenPeriod.name().toLowerCase(Locale.ROOT))
                .with("breakdown", rows.parameter()).with("columns", against.parameter())
                .with("range", chosenRange)
                .with("from", months.from().toString()).with("to", months.to().toString())
                .with("k", queries.k())
                .with("demoScreenings", queries.demoScreenings())
                .with("trend", trend).with("chart", BarChart.of(trend))
                .with("cross", comparison.current()).with("comparison", comparison).with("referrals", referrals)
                .with("results", results)
                .with("overdue", overdue.list(clock.instant())).with("overdueDays", overdue.overdueDays())
                .with("grants", accessNotices.recent());
        return withDownloads(model, chosenPeriod, rows, against, months)
                .view("supervisor/dashboard");
    }

    /** The breakdowns and the quick picks the page offers, and the words that label them. */
    private static Pages.Model withChoices(Pages.Model model) {
        return model.with("labels", labelPrefixes())
                .with("breakdowns", SCREENING_BREAKDOWNS.stream().map(Breakdown::parameter).toList())
                .with("ranges", java.util.stream.Stream.concat(Arrays.stream(MonthRange.QuickPick.values()).map(MonthRange.QuickPick::parameter),
                        java.util.stream.Stream.of(CUSTOM)).toList());
    }

    /** The CSV download of each table shown, for the same choices. */
    private static Pages.Model withDownloads(Pages.Model model, Breakdown.Period period, Breakdown rows, Breakdown against, MonthRange months) {
        String window = "&from=" + months.from() + "&to=" + months.to();
        String pair = "rows=" + rows.parameter() + "&columns=" + against.parameter();
        return model
                .with("trendCsv", "/api/v1/stats/screenings?format=csv&rows=period&period=" + period.name().toLowerCase(Locale.ROOT) + window)
                .with("crossCsv", "/api/v1/stats/screenings?format=csv&" + pair + window)
                .with("comparisonCsv", "/api/v1/stats/screenings/comparison?format=csv&" + pair + window)
                .with("referralsCsv", "/api/v1/stats/referrals?format=csv&rows=partnerType&columns=status" + window)
                .with("resultsCsv", "/api/v1/stats/referrals?format=csv&rows=partnerResult&columns=partnerType" + window);
    }

    private static Breakdown offered(String field, String parameter, Breakdown otherwise) {
        return parameter == null ? otherwise : SCREENING_BREAKDOWNS.stream().filter(b -> b.parameter().equals(parameter)).findFirst()
                .orElseThrow(() -> InvalidInputException.of(field, "is not one of the breakdowns offered"));
    }

    /** A quick pick relative to the current month, or (custom) the months from and to as typed. */
    private MonthRange months(String range, String from, String to) {
        if (CUSTOM.equals(range)) {
            if (from == null || !MONTH.matcher(from).matches()) {
                throw InvalidInputException.of("from", "must be a month, year-month");
            }
            if (to == null || !MONTH.matcher(to).matches()) {
                throw InvalidInputException.of("to", "must be a month, year-month");
            }
            return new MonthRange(YearMonth.parse(from), YearMonth.parse(to));
        }
        return MonthRange.QuickPick.of(range).orElseThrow(() -> InvalidInputException.of("range", "is not one of the ranges offered"))
                .at(YearMonth.now(clock.withZone(ZoneOffset.UTC)));
    }
}
