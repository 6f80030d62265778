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
 * counts by service and sex), a session with a form for its evaluation forms, and the programme report with its CSV
 * and PDF. A refused form comes back with the fields at fault and nothing recorded.
 */
@Controller("/trainer")
@Secured(Role.TRAINER_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
class ProgrammePages {

    /** The input of each field the session check names (counts typed in the grid are the grid's). */
    private static final Map<String, String> SESSION_IDS = Map.of("heldOn", "heldOn", "place", "place", "type", "type",
            "countriesVisited", "countriesVisited", "participants", "participants", "count", "participants");
    private static final Map<String, String> EVALUATION_IDS = Map.of("effectiveness", "effectiveness", "substantiveValue", "substantiveValue",
            "evaluations", "effectiveness");

    /**
     * The session form's own fields (the participant grid's counts are named by service and sex, so read per cell):
     * plain text as the API takes them, so that the session's check names each bad one; countries typed in one field.
     */
    @Introspected
    record SessionForm(@Nullable String heldOn, @Nullable String place, @Nullable String type, @Nullable String countriesVisited) {

        List<String> countries() {
            return countriesVisited == null ? List.of() : Arrays.asList(countriesVisited.split("[,\\s]+"));
        }
    }

    private final Pages pages;
    private final ProgrammeRecords records;
    private final ProgrammeReports reports;
    private final Clock clock;

    ProgrammePages(Pages pages, ProgrammeRecords records, ProgrammeReports reports, Clock clock) {
        this.pages = pages;
        this.records = records;
        this.reports = reports;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> index(Authentication authentication, HttpRequest<?> request) {
        return index(authentication, request, Map.of(), List.of());
    }

    @Post(uri = "/sessions", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    Object record(Authentication authentication, HttpRequest<?> request, @Body Map<String, Object> form) {
        pages.checkForm(authentication, form);
        List<SessionInput.RawParticipants> participants = new ArrayList<>();
        try {
            for (ParticipantService service : ParticipantService.values()) {
                for (ParticipantSex sex : ParticipantSex.values()) {
                    Integer count = count(form, "p." + service + "." + sex);
                    if (count != null && count != 0) {
                        participants.add(new SessionInput.RawParticipants(service.name(), sex.name(), count));
                    }
                }
            }
            SessionForm fields = pages.read(form, SessionForm.class);
            SessionInput.Session session = SessionInput.check(fields.heldOn(), fields.place(), fields.type(), fields.countries(),
                    participants, List.of(), today());
            UUID id = records.record(CurrentUser.of(authentication), session);
            return Pages.seeOther("/trainer/sessions/" + id + "?recorded");
        } catch (InvalidInputException e) {
            return index(authentication, request, form, pages.fieldErrors(onThePage(e), "session", SESSION_IDS, "heldOn"));
        }
    }

    @Get(uri = "/sessions/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> session(Authentication authentication, HttpRequest<?> request, @PathVariable UUID id) {
        return sessionPage(authentication, request, id, List.of());
    }

    @Post(uri = "/sessions/{id}/evaluations", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    Object evaluate(Authentication authentication, HttpRequest<?> request, @PathVariable UUID id, @Body Map<String, Object> form) {
        pages.checkForm(authentication, form);
        try {
            SessionInput.RawEvaluation evaluation = pages.read(form, SessionInput.RawEvaluation.class);
            records.addEvaluations(CurrentUser.of(authentication), id, SessionInput.evaluations(List.of(evaluation)));
            return Pages.seeOther("/trainer/sessions/" + id + "?evaluated");
        } catch (InvalidInputException e) {
            return sessionPage(authentication, request, id, pages.fieldErrors(onThePage(e), "evaluation", EVALUATION_IDS, "effectiveness"));
        }
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
        LocalDate today = today();
        return pages.withFieldErrors(pages.model(authentication, request), errors).with("sessions", records.sessions(today.minusYears(1), today))
                .with("types", SessionType.values()).with("services", ParticipantService.values()).with("sexes", ParticipantSex.values())
                .with("form", values).with("today", today.toString()).view("trainer/index");
    }

    private ModelAndView<Map<String, Object>> sessionPage(Authentication authentication, HttpRequest<?> request, UUID id,
                                                          List<Pages.FieldError> errors) {
        return pages.withFieldErrors(pages.model(authentication, request), errors).with("session", records.session(id))
                .with("recorded", request.getParameters().contains("recorded")).with("evaluated", request.getParameters().contains("evaluated"))
                .view("trainer/session");
    }

    /**
     * A refusal in the names of the page's fields: a count typed in the grid ({@code p.SERVICE.SEX}) is the grid's, and
     * {@code participants[2].count} or {@code evaluations[0].effectiveness} drop the index the form does not show.
     */
    private static InvalidInputException onThePage(InvalidInputException refusal) {
        return new InvalidInputException(refusal.violations().stream().map(v -> new InvalidInputException.Violation(
                v.field().startsWith("p.") ? "count" : v.field().replaceAll("^evaluations\\[\\d+]\\.", "").replaceAll("\\[\\d+].*$", ""),
                v.reason())).toList());
    }

    /** A whole number typed in a form field; blank is none. */
    private static Integer count(Map<String, Object> form, String field) {
        String value = Pages.first(form, field);
        try {
            return value == null ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "must be a whole number");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
