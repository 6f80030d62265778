package org.waymark.training.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.waymark.identity.Role;
import org.waymark.identity.security.CurrentUser;
import org.waymark.identity.web.Pages;
import org.waymark.shared.ConflictException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.NotFoundException;
import org.waymark.training.ParticipantService;
import org.waymark.training.ParticipantSex;
import org.waymark.training.ProgrammeRecords;
import org.waymark.training.SessionInput;
import org.waymark.training.SessionType;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A trainer's session page: the session, its evaluation forms added one by one or as a tally of a pile of paper forms,
 * and its correction or deletion. Each form that adds carries a hidden id generated when the page was rendered, so a
 * resent form adds nothing more; a correction or deletion carries the version it was made on, so a stale one is refused
 * with the session as it now is instead of overwriting a newer edit.
 */
@Controller("/trainer/sessions")
@Secured(Role.TRAINER_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
class SessionPages {

    private static final List<Integer> RATINGS = List.of(5, 4, 3, 2, 1);

    private final Pages pages;
    private final ProgrammeRecords records;
    private final Clock clock;

    SessionPages(Pages pages, ProgrammeRecords records, Clock clock) {
        this.pages = pages;
        this.records = records;
        this.clock = clock;
    }

    @Get(uri = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> session(Authentication authentication, HttpRequest<?> request, @PathVariable UUID id) {
        return page(authentication, request, id, Map.of(), List.of(), false);
    }

    /** One form (its two ratings) or a tally (forms per pair of ratings), added once under the form's hidden id. */
    @Post(uri = "/{id}/evaluations", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    Object evaluate(Authentication authentication, HttpRequest<?> request, @PathVariable UUID id, @Body Map<String, Object> form) {
        pages.checkForm(authentication, form);
        try {
            boolean one = Pages.first(form, "effectiveness") != null;
            List<SessionInput.Evaluation> forms = one
                    ? SessionInput.evaluations(List.of(pages.read(form, SessionInput.RawEvaluation.class)))
                    : SessionInput.evaluationsAndTally(List.of(), SessionForms.tally(form));
            records.addEvaluations(CurrentUser.of(authentication), id, SessionInput.clientId(Pages.first(form, "id")), forms);
            return Pages.seeOther("/trainer/sessions/" + id + (one ? "?evaluated" : "?tallied"));
        } catch (InvalidInputException e) {
            List<Pages.FieldError> errors = pages.fieldErrors(SessionForms.onThePage(e), "evaluation", SessionForms.EVALUATION_IDS,
                    Pages.first(form, "effectiveness") != null ? "effectiveness" : "tally");
            return page(authentication, request, id, Map.of(), errors, false);
        }
    }

    /** Corrects the session as it was at the form's version; a stale correction shows the session as it now is. */
    @Post(uri = "/{id}/correct", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    Object correct(Authentication authentication, HttpRequest<?> request, @PathVariable UUID id, @Body Map<String, Object> form) {
        pages.checkForm(authentication, form);
        try {
            List<SessionInput.RawParticipants> participants = SessionForms.participants(form);
            SessionForms.SessionForm fields = pages.read(form, SessionForms.SessionForm.class);
            if (fields.version() == null) {
                throw InvalidInputException.of("version", "is required");
            }
            SessionInput.Session session = SessionInput.check(fields.heldOn(), fields.place(), fields.type(), fields.countries(),
                    participants, List.of(), LocalDate.now(clock.withZone(ZoneOffset.UTC)));
            records.correct(CurrentUser.of(authentication), id, fields.version(), session);
            return Pages.seeOther("/trainer/sessions/" + id + "?corrected");
        } catch (InvalidInputException e) {
            return page(authentication, request, id, form, pages.fieldErrors(SessionForms.onThePage(e), "session", SessionForms.SESSION_IDS,
                    "heldOn"), false);
        } catch (ConflictException e) {
            return page(authentication, request, id, Map.of(), List.of(), true);
        }
    }

    /** Deletes the session with its participants and forms; a resent deletion finds it gone and leads to the same place. */
    @Post(uri = "/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    Object delete(Authentication authentication, HttpRequest<?> request, @PathVariable UUID id, @Body Map<String, Object> form) {
        pages.checkForm(authentication, form);
        try {
            records.delete(CurrentUser.of(authentication), id, pages.read(form, SessionForms.SessionForm.class).version());
        } catch (NotFoundException gone) {
            return Pages.seeOther("/trainer?deleted");
        } catch (ConflictException e) {
            return page(authentication, request, id, Map.of(), List.of(), true);
        }
        return Pages.seeOther("/trainer?deleted");
    }

    private ModelAndView<Map<String, Object>> page(Authentication authentication, HttpRequest<?> request, UUID id, Map<String, Object> form,
                                                   List<Pages.FieldError> errors, boolean changed) {
        ProgrammeRecords.SessionView session = records.session(id);
        Map<String, Object> values = form.isEmpty() ? values(session) : new HashMap<>(form);
        values.remove("_csrf");
        var parameters = request.getParameters();
        return pages.withFieldErrors(pages.model(authentication, request), errors).with("session", session).with("form", values)
                .with("types", SessionType.values()).with("services", ParticipantService.values()).with("sexes", ParticipantSex.values())
                .with("ratings", RATINGS).with("evaluationId", UUID.randomUUID().toString()).with("tallyId", UUID.randomUUID().toString())
                .with("recorded", parameters.contains("recorded")).with("evaluated", parameters.contains("evaluated"))
                .with("tallied", parameters.contains("tallied")).with("corrected", parameters.contains("corrected"))
                .with("changed", changed).with("correcting", !form.isEmpty()).view("trainer/session");
    }

    /** The session as the correction form's values. */
    private static Map<String, Object> values(ProgrammeRecords.SessionView session) {
        Map<String, Object> values = new HashMap<>();
        values.put("heldOn", session.heldOn().toString());
        values.put("place", session.place());
        values.put("type", session.type().name());
        values.put("countriesVisited", String.join(", ", session.countriesVisited()));
        values.put("version", String.valueOf(session.version()));
        session.participants().forEach(p -> values.put("p." + p.service() + "." + p.sex(), String.valueOf(p.count())));
        return values;
    }
}
