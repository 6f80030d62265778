package org.waymark.training.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import io.micronaut.views.ModelAndView;
import org.waymark.identity.Role;
import org.waymark.identity.security.CurrentUser;
import org.waymark.identity.web.Pages;
import org.waymark.shared.InvalidInputException;
import org.waymark.training.CourseLibrary;
import org.waymark.training.CourseResults;
import org.waymark.training.ParticipantService;
import org.waymark.training.ParticipantSex;
import org.waymark.training.ProgrammeRecords;
import org.waymark.training.ProgrammeReports;
import org.waymark.training.SessionInput;
import org.waymark.training.SessionType;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The trainer's pages: the sessions of the last twelve months with a form to record one (participants as a grid of
 * counts by service and sex), and the programme report with its CSV and PDF; a session's own page is
 * {@link SessionPages}. A refused form comes back with the fields at fault and nothing recorded.
 */
@Controller("/trainer")
@Secured(Role.TRAINER_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
class ProgrammePages {

    private final Pages pages;
    private final ProgrammeRecords records;
    private final ProgrammeReports reports;
    private final CourseResults courseResults;
    private final CourseLibrary library;
    private final Clock clock;

    ProgrammePages(Pages pages, ProgrammeRecords records, ProgrammeReports reports, CourseResults courseResults, CourseLibrary library,
                   Clock clock) {
        this.pages = pages;
        this.courseResults = courseResults;
        this.library = library;
        this.records = records;
        this.reports = reports;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> index(Authentication authentication, HttpRequest<?> request) {
        return index(authentication, request, Map.of(), List.of());
    }

    /** Records the session once under the form's hidden id: a resent form leads to the same session. */
    @Post(uri = "/sessions", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    Object record(Authentication authentication, HttpRequest<?> request, @Body Map<String, Object> form) {
        pages.checkForm(authentication, form);
        try {
            List<SessionInput.RawParticipants> participants = SessionForms.participants(form);
            SessionForms.SessionForm fields = pages.read(form, SessionForms.SessionForm.class);
            UUID clientId = SessionInput.clientId(fields.id());
            SessionInput.Session session = SessionInput.check(fields.heldOn(), fields.place(), fields.type(), fields.countries(),
                    participants, List.of(), today());
            UUID id = records.record(CurrentUser.of(authentication), clientId, session).id();
            return Pages.seeOther("/trainer/sessions/" + id + "?recorded");
        } catch (InvalidInputException e) {
            return index(authentication, request, form, pages.fieldErrors(SessionForms.onThePage(e), "session", SessionForms.SESSION_IDS, "heldOn"));
        }
    }

    /** The course results of every user who has taken a quiz: an audited read of each one's results. */
    @Get(uri = "/course-results", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> courseResults(Authentication authentication, HttpRequest<?> request) {
        return pages.model(authentication, request).with("learners", courseResults.all(CurrentUser.of(authentication)))
                .with("course", library.course(pages.language(request))).view("trainer/course-results");
    }

    @Get(uri = "/report", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> report(Authentication authentication, HttpRequest<?> request, @Nullable @QueryValue String from,
                                             @Nullable @QueryValue String to) {
        LocalDate[] period = ProgrammeController.period(from, to, today());
        String window = "from=" + period[0] + "&to=" + period[1];
        return pages.model(authentication, request).with("report", reports.report(period[0], period[1]))
                .with("csv", "/api/v1/training/report?format=csv&" + window).with("pdf", "/api/v1/training/report?format=pdf&" + window)
                .view("trainer/report");
    }

    private ModelAndView<Map<String, Object>> index(Authentication authentication, HttpRequest<?> request, Map<String, Object> form,
                                                    List<Pages.FieldError> errors) {
        Map<String, Object> values = new HashMap<>(form);
        values.remove("_csrf");
        values.putIfAbsent("id", UUID.randomUUID().toString());
        LocalDate today = today();
        return pages.withFieldErrors(pages.model(authentication, request), errors).with("sessions", records.sessions(today.minusYears(1), today))
                .with("types", SessionType.values()).with("services", ParticipantService.values()).with("sexes", ParticipantSex.values())
                .with("form", values).with("today", today.toString())
                .with("deleted", request.getParameters().contains("deleted")).view("trainer/index");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
