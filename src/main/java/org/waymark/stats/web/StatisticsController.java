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
import org.waymark.stats.PrivateReleases;
import org.waymark.stats.PublishedTable;
import org.waymark.stats.StatisticsQueries;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Anonymised statistics for supervisors: two-way tables (rows × optional columns) of screenings or referrals,
 * every figure rounded down to the resolution or suppressed, as JSON or CSV; median referral times over groups
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

    @Get("/screenings")
    HttpResponse<?> screenings(@QueryValue(defaultValue = "period") String rows, @QueryValue @Nullable String columns,
                               @QueryValue(defaultValue = "quarter") @Pattern(regexp = "month|quarter|year") String period,
                               @QueryValue @Nullable @Pattern(regexp = MONTH) String from, @QueryValue @Nullable @Pattern(regexp = MONTH) String to,
                               @QueryValue(defaultValue = "json") @Pattern(regexp = "json|csv") String format) {
        return table(Breakdown.Measure.SCREENINGS, rows, columns, period, from, to, format);
    }

    @Get("/referrals")
    HttpResponse<?> referrals(@QueryValue(defaultValue = "partnerType") String rows, @QueryValue @Nullable String columns,
                              @QueryValue(defaultValue = "quarter") @Pattern(regexp = "month|quarter|year") String period,
                              @QueryValue @Nullable @Pattern(regexp = MONTH) String from, @QueryValue @Nullable @Pattern(regexp = MONTH) String to,
                              @QueryValue(defaultValue = "json") @Pattern(regexp = "json|csv") String format) {
        return table(Breakdown.Measure.REFERRALS, rows, columns, period, from, to, format);
    }

    @Get("/referral-times")
    List<StatisticsQueries.ReferralTimes> referralTimes(@QueryValue(defaultValue = "partnerType") String rows,
                                                        @QueryValue(defaultValue = "quarter") @Pattern(regexp = "month|quarter|year") String period,
                                                        @QueryValue @Nullable @Pattern(regexp = MONTH) String from,
                                                        @QueryValue @Nullable @Pattern(regexp = MONTH) String to) {
        return queries.referralTimes(breakdown("rows", rows), period(period), month(from, true), month(to, false));
    }

    private HttpResponse<?> table(Breakdown.Measure measure, String rows, String columns, String period, String from, String to, String format) {
        PublishedTable table = queries.table(new StatisticsQueries.TableRequest(measure, breakdown("rows", rows),
                columns == null ? null : breakdown("columns", columns), period(period), month(from, true), month(to, false)));
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

    private YearMonth month(String value, boolean start) {
        if (value != null) {
            return YearMonth.parse(value);
        }
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        return start ? now.minusYears(5) : now;
    }
}
