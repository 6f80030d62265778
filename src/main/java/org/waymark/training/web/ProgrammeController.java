package org.waymark.training.web;

import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
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
import org.waymark.training.CourseResults;
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
    private final CourseResults courseResults;
    private final Printouts printouts = new Printouts();

    ProgrammeController(ProgrammeRecords records, ProgrammeReports reports, CourseResults courseResults, MessageSource messages, Pages pages,
                        Clock clock) {
        this.records = records;
        this.courseResults = courseResults;
        this.reports = reports;
        this.messages = messages;
        this.pages = pages;
        this.clock = clock;
    }

    /** A session as sent; every field is checked by {@link SessionInput}. {@code id}, chosen by the client, makes a retry safe. */
    @Serdeable
    record NewSession(@Nullable String id, @Nullable String heldOn, @Nullable String place, @Nullable String type,
                      @Nullable List<String> countriesVisited, @Nullable List<SessionInput.RawParticipants> participants,
                      @Nullable List<SessionInput.RawEvaluation> evaluations) {
    }

    /** A correction of a session: its fields as they should be, and the version they correct. */
    @Serdeable
    record SessionCorrection(@Nullable Long version, @Nullable String heldOn, @Nullable String place, @Nullable String type,
                             @Nullable List<String> countriesVisited, @Nullable List<SessionInput.RawParticipants> participants) {
    }

    /** Evaluation forms handed in after the session, one by one and as a tally; {@code id} makes a resent submit safe. */
    @Serdeable
    record NewEvaluations(@Nullable String id, @Nullable List<SessionInput.RawEvaluation> evaluations,
                         @Nullable List<SessionInput.RawTally> tally) {
    }

    /** The same session under the same id again answers 200 with the first result instead of 201; another request, 409. */
    @Post(uri = "/sessions", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> record(Authentication authentication, @Body NewSession body) {
        UUID clientId = SessionInput.clientId(body.id());
        SessionInput.Session session = SessionInput.check(body.heldOn(), body.place(), body.type(), body.countriesVisited(),
                body.participants(), body.evaluations(), today());
        ProgrammeRecords.Recorded recorded = records.record(CurrentUser.of(authentication), clientId, session);
        return HttpResponse.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK).body(Map.of("id", recorded.id().toString()));
    }

    @Get("/sessions/{id}")
    ProgrammeRecords.SessionView session(@PathVariable UUID id) {
        return records.session(id);
    }

    /** Corrects a session at the version read; a stale version is refused (409) with the current session. */
    @Put(uri = "/sessions/{id}", consumes = MediaType.APPLICATION_JSON)
    ProgrammeRecords.SessionView correct(Authentication authentication, @PathVariable UUID id, @Body SessionCorrection body) {
        if (body.version() == null) {
            throw InvalidInputException.of("version", "is required: the version of the session as read");
        }
        SessionInput.Session session = SessionInput.check(body.heldOn(), body.place(), body.type(), body.countriesVisited(),
                body.participants(), List.of(), today());
        return records.correct(CurrentUser.of(authentication), id, body.version(), session);
    }

    /** Deletes a session with its participants and forms; with {@code version}, only if it is still at that version. */
    @Delete("/sessions/{id}")
    HttpResponse<?> delete(Authentication authentication, @PathVariable UUID id, @Nullable @QueryValue Long version) {
        records.delete(CurrentUser.of(authentication), id, version);
        return HttpResponse.noContent();
    }

    @Post(uri = "/sessions/{id}/evaluations", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<?> evaluate(Authentication authentication, @PathVariable UUID id, @Body NewEvaluations body) {
        UUID clientId = SessionInput.clientId(body.id());
        records.addEvaluations(CurrentUser.of(authentication), id, clientId, SessionInput.evaluationsAndTally(body.evaluations(), body.tally()));
        return HttpResponse.noContent();
    }

    @Get("/sessions")
    List<ProgrammeRecords.SessionView> sessions(@Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        LocalDate[] period = period(from, to, today());
        return records.sessions(period[0], period[1]);
    }

    /** Each user's course progress, last quiz scores and completion date; each user's results read is audited. */
    @Get("/course-results")
    List<CourseResults.Learner> courseResults(Authentication authentication) {
        return courseResults.all(CurrentUser.of(authentication));
    }

    @Get("/report")
    HttpResponse<?> report(HttpRequest<?> request, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                           @Nullable @QueryValue String format) {
        LocalDate[] period = period(from, to, today());
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

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
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
