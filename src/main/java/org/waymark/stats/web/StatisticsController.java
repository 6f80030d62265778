package org.waymark.stats.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.waymark.identity.Role;
import org.waymark.shared.InvalidInputException;
import org.waymark.stats.Breakdown;
import org.waymark.stats.Comparison;
import org.waymark.stats.MonthRange;
import org.waymark.stats.PrivateReleases;
import org.waymark.stats.PublishedTable;
import org.waymark.stats.StatisticsQueries;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Anonymised statistics for supervisors: two-way tables (rows × optional columns) of screenings or referrals over
 * a range of months or a quick pick, and a range compared with the one before it, every figure rounded down to the
 * resolution or suppressed, as JSON or CSV; median referral times over groups
 * of at least k. Never a person, never a case.
 */
@Controller("/api/v1/stats")
@Secured(Role.SUPERVISOR_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Statistics")
class StatisticsController {

    private static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";
    private final StatisticsQueries queries;
    private final PrivateReleases releases;
    private final Clock clock;

    StatisticsController(StatisticsQueries queries, PrivateReleases releases, Clock clock) {
        this.queries = queries;
        this.releases = releases;
        this.clock = clock;
    }

    /**
     * A table for export outside the agency: differentially private (geometric noise, ε per release), drawn once
     * and kept, its window narrowed to the months with data; drawing one spends from the supervisor's privacy budget
     * for its breakdowns this quarter; 409 problem when that budget is spent ({@link PrivateReleases}).
     */
    @Get("/releases/screenings")
    PrivateReleases.Release release(io.micronaut.security.authentication.Authentication authentication,
                                    @QueryValue(defaultValue = "period") String rows, @QueryValue @Nullable String columns,
                                    @QueryValue(defaultValue = "quarter") @Pattern(regexp = "month|quarter|year") String period,
                                    @QueryValue @Nullable @Pattern(regexp = MONTH) String from,
                                    @QueryValue @Nullable @Pattern(regexp = MONTH) String to) {
        return releases.release(new StatisticsQueries.TableRequest(Breakdown.Measure.SCREENINGS, breakdown("rows", rows),
                columns == null ? null : breakdown("columns", columns), period(period), month(from, true), month(to, false)),
                org.waymark.identity.security.CurrentUser.of(authentication).id());
    }

    /** A table over the months from and to, or over a quick pick ({@code range=lastQuarter}, …) instead. */
    @Get("/screenings")
    HttpResponse<?> screenings(@QueryValue(defaultValue = "period") String rows, @QueryValue @Nullable String columns,
                               @QueryValue(defaultValue = "quarter") @Pattern(regexp = "month|quarter|year") String period,
                               @QueryValue @Nullable @Pattern(regexp = MONTH) String from, @QueryValue @Nullable @Pattern(regexp = MONTH) String to,
                               @QueryValue @Nullable String range,
                               @QueryValue(defaultValue = "json") @Pattern(regexp = "json|csv") String format) {
        return table(Breakdown.Measure.SCREENINGS, rows, columns, period, range(range, from, to), format);
    }

    /**
     * The same table over the range (months from and to, or a quick pick) and over the range of the same length just
     * before it, each published through disclosure control on its own, with the change of every figure published in
     * both; as JSON or as CSV (one line per figure). Not by period.
     */
    @Get("/screenings/comparison")
    HttpResponse<?> screeningComparison(@QueryValue(defaultValue = "region") String rows, @QueryValue @Nullable String columns,
                                        @QueryValue @Nullable @Pattern(regexp = MONTH) String from,
                                        @QueryValue @Nullable @Pattern(regexp = MONTH) String to, @QueryValue @Nullable String range,
                                        @QueryValue(defaultValue = "json") @Pattern(regexp = "json|csv") String format) {
        MonthRange months = range(range, from, to);
        Comparison comparison = queries.compare(new StatisticsQueries.TableRequest(Breakdown.Measure.SCREENINGS, breakdown("rows", rows),
                columns == null ? null : breakdown("columns", columns), Breakdown.Period.MONTH, months.from(), months.to()));
        if ("csv".equals(format)) {
            return HttpResponse.ok(comparison.csv(rows, columns == null ? "count" : columns)).contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=waymark-screenings-comparison.csv");
        }
        return HttpResponse.ok(comparison);
    }

    @Get("/referrals")
    HttpResponse<?> referrals(@QueryValue(defaultValue = "partnerType") String rows, @QueryValue @Nullable String columns,
                              @QueryValue(defaultValue = "quarter") @Pattern(regexp = "month|quarter|year") String period,
                              @QueryValue @Nullable @Pattern(regexp = MONTH) String from, @QueryValue @Nullable @Pattern(regexp = MONTH) String to,
                              @QueryValue @Nullable String range,
                              @QueryValue(defaultValue = "json") @Pattern(regexp = "json|csv") String format) {
        return table(Breakdown.Measure.REFERRALS, rows, columns, period, range(range, from, to), format);
    }

    @Get("/referral-times")
    List<StatisticsQueries.ReferralTimes> referralTimes(@QueryValue(defaultValue = "partnerType") String rows,
                                                        @QueryValue(defaultValue = "quarter") @Pattern(regexp = "month|quarter|year") String period,
                                                        @QueryValue @Nullable @Pattern(regexp = MONTH) String from,
                                                        @QueryValue @Nullable @Pattern(regexp = MONTH) String to) {
        return queries.referralTimes(breakdown("rows", rows), period(period), month(from, true), month(to, false));
    }

    private HttpResponse<?> table(Breakdown.Measure measure, String rows, String columns, String period, MonthRange range, String format) {
        PublishedTable table = queries.table(new StatisticsQueries.TableRequest(measure, breakdown("rows", rows),
                columns == null ? null : breakdown("columns", columns), period(period), range.from(), range.to()));
        if ("csv".equals(format)) {
            return HttpResponse.ok(table.csv(rows)).contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=waymark-" + measure.name().toLowerCase(Locale.ROOT) + ".csv");
        }
        return HttpResponse.ok(table);
    }

    private static Breakdown breakdown(String field, String value) {
        return Breakdown.of(value).orElseThrow(() -> InvalidInputException.of(field, "is not one of the breakdowns "
                + java.util.Arrays.stream(Breakdown.values()).map(Breakdown::parameter).toList()));
    }

    private static Breakdown.Period period(String value) {
        return Breakdown.Period.valueOf(value.toUpperCase(Locale.ROOT));
    }

    /** A quick pick, or the months from and to (each defaulting to five years ago and now); not both. */
    private MonthRange range(String range, String from, String to) {
        if (range == null) {
            return new MonthRange(month(from, true), month(to, false));
        }
        if (from != null || to != null) {
            throw InvalidInputException.of("range", "cannot be combined with from or to");
        }
        return MonthRange.QuickPick.of(range).orElseThrow(() -> InvalidInputException.of("range", "is not one of the ranges "
                        + java.util.Arrays.stream(MonthRange.QuickPick.values()).map(MonthRange.QuickPick::parameter).toList()))
                .at(YearMonth.now(clock.withZone(ZoneOffset.UTC)));
    }

    private YearMonth month(String value, boolean start) {
        if (value != null) {
            return YearMonth.parse(value);
        }
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        return start ? now.minusYears(5) : now;
    }
}
