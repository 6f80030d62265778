package org.waymark.training.web;

import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.waymark.identity.Role;
import org.waymark.identity.security.CurrentUser;
import org.waymark.identity.web.Pages;
import org.waymark.shared.InvalidInputException;
import org.waymark.training.Printouts;
import org.waymark.training.ProgrammeRecords;
import org.waymark.training.ProgrammeReport;
import org.waymark.training.ProgrammeReports;
import org.waymark.training.SessionInput;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The programme indicators API, for trainers only: record a session (date, place, type, countries of a study visit,
 * participant counts by service and sex, evaluation forms), add forms later, list sessions, and the programme report
 * (JSON, CSV or PDF/A) over a period. A bad field is refused as problem+json naming the field and the reason.
 */
@Controller("/api/v1/training")
@Secured(Role.TRAINER_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Training")
class ProgrammeController {

    private final ProgrammeRecords records;
    private final ProgrammeReports reports;
    private final MessageSource messages;
    private final Pages pages;
    private final Clock clock;
    private final Printouts printouts = new Printouts();

    ProgrammeController(ProgrammeRecords records, ProgrammeReports reports, MessageSource messages, Pages pages, Clock clock) {
        this.records = records;
        this.reports = reports;
        this.messages = messages;
        this.pages = pages;
        this.clock = clock;
    }

    /** A session as sent; every field is checked by {@link SessionInput}. */
    @Serdeable
    record NewSession(@Nullable String heldOn, @Nullable String place, @Nullable String type, @Nullable List<String> countriesVisited,
                      @Nullable List<SessionInput.RawParticipants> participants, @Nullable List<SessionInput.RawEvaluation> evaluations) {
    }

    /** Evaluation forms handed in after the session. */
    @Serdeable
    record NewEvaluations(@Nullable List<SessionInput.RawEvaluation> evaluations) {
    }

    @Post(uri = "/sessions", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> record(Authentication authentication, @Body NewSession body) {
        SessionInput.Session session = SessionInput.check(body.heldOn(), body.place(), body.type(), body.countriesVisited(),
                body.participants(), body.evaluations(), LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        UUID id = records.record(CurrentUser.of(authentication), session);
        return HttpResponse.status(HttpStatus.CREATED).body(Map.of("id", id.toString()));
    }

    @Post(uri = "/sessions/{id}/evaluations", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<?> evaluate(Authentication authentication, @PathVariable UUID id, @Body NewEvaluations body) {
        records.addEvaluations(CurrentUser.of(authentication), id, SessionInput.evaluations(body.evaluations()));
        return HttpResponse.noContent();
    }

    @Get("/sessions")
    List<ProgrammeRecords.SessionView> sessions(@Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        LocalDate[] period = period(from, to, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        return records.sessions(period[0], period[1]);
    }

    @Get("/report")
    HttpResponse<?> report(HttpRequest<?> request, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                           @Nullable @QueryValue String format) {
        LocalDate[] period = period(from, to, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        ProgrammeReport report = reports.report(period[0], period[1]);
        if (format == null || "json".equals(format)) {
            return HttpResponse.ok(report);
        }
        if ("csv".equals(format)) {
            return HttpResponse.ok(report.csv()).contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=waymark-programme-report.csv");
        }
        if ("pdf".equals(format)) {
            String language = pages.language(request);
            return HttpResponse.ok(printouts.report(report, language, clock.instant(), Words.of(messages, language)))
                    .contentType(MediaType.APPLICATION_PDF_TYPE).header("Content-Disposition", "attachment; filename=waymark-programme-report.pdf");
        }
        throw InvalidInputException.of("format", "must be json, csv or pdf");
    }

    /** From and to as dates (inclusive); by default the last twelve months up to today. */
    static LocalDate[] period(@Nullable String from, @Nullable String to, LocalDate today) {
        LocalDate end = to == null ? today : date(to, "to");
        LocalDate start = from == null ? end.minusYears(1).plusDays(1) : date(from, "from");
        if (start.isAfter(end)) {
            throw InvalidInputException.of("from", "must not be after to");
        }
        return new LocalDate[]{start, end};
    }

    private static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.of(field, "must be a date, year-month-day");
        }
    }
}
