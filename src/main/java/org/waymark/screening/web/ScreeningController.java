package org.waymark.screening.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.waymark.identity.Role;
import org.waymark.identity.security.CurrentUser;
import org.waymark.screening.AnswerSaved;
import org.waymark.screening.ChangeStartDetails;
import org.waymark.screening.Completion;
import org.waymark.screening.DiscardReason;
import org.waymark.screening.LegalHolds;
import org.waymark.screening.NextQuestions;
import org.waymark.screening.PracticeScripts;
import org.waymark.screening.RecordAnswer;
import org.waymark.screening.RecordConsent;
import org.waymark.screening.ScreeningChange;
import org.waymark.screening.ScreeningView;
import org.waymark.screening.Screenings;
import org.waymark.screening.StartDetails;
import org.waymark.screening.StartScreening;
import org.waymark.screening.Walkthrough;
import org.waymark.scoring.Assessment;
import org.waymark.shared.TypedText;

import java.util.List;
import java.util.UUID;

/**
 * Screenings of the officer's own unit. Anything outside the unit answers 404. A trainee walks, consents on and completes
 * their own practice screenings here and nothing else: every other screening is not found to them, and the rest refused.
 */
@Controller("/api/v1/screenings")
@Secured(Role.OFFICER_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Screening")
public class ScreeningController {

    private final Screenings screenings;
    private final Walkthrough walkthrough;
    private final Completion completion;
    private final LegalHolds holds;
    private final StartDetails startDetails;
    private final PracticeScripts practice;

    ScreeningController(Screenings screenings, Walkthrough walkthrough, Completion completion, LegalHolds holds, StartDetails startDetails,
                        PracticeScripts practice) {
        this.practice = practice;
        this.startDetails = startDetails;
        this.screenings = screenings;
        this.walkthrough = walkthrough;
        this.completion = completion;
        this.holds = holds;
    }

    /** Places a legal hold: retention then skips this screening until the hold is released. */
    @Post("/{id}/hold")
    HttpResponse<Void> hold(Authentication authentication, UUID id, @Body @Valid HoldReason reason) {
        holds.place(CurrentUser.of(authentication), id, reason.reason());
        return HttpResponse.noContent();
    }

    @Post("/{id}/hold/release")
    HttpResponse<Void> release(Authentication authentication, UUID id, @Body @Valid HoldReason reason) {
        holds.release(CurrentUser.of(authentication), id, reason.reason());
        return HttpResponse.noContent();
    }

    /** Discards a screening opened by mistake, before its first answer; 409 once anything was recorded. */
    @Post("/{id}/discard")
    HttpResponse<Void> discard(Authentication authentication, UUID id, @Body @Valid Discard command) {
        screenings.discard(CurrentUser.of(authentication), id, command.reason());
        return HttpResponse.noContent();
    }

    /** Why a screening is discarded: one of a fixed list. */
    @Serdeable
    record Discard(@NotNull DiscardReason reason) {
    }

    @Serdeable
    record Complete(@NotNull @PositiveOrZero Long expectedVersion) {
    }

    /** Why a completed screening is reopened (also the case page's reopen form). */
    @Serdeable
    public record Reopen(@NotNull @Size(max = 500) @Pattern(regexp = TypedText.PATTERN, message = TypedText.MESSAGE) String reason) {
    }

    /** Why a legal hold is placed or released. */
    @Serdeable
    record HoldReason(@NotNull @Size(min = 3, max = 500) @Pattern(regexp = TypedText.PATTERN, message = TypedText.MESSAGE) String reason) {
    }

    @Post
    HttpResponse<ScreeningView> start(Authentication authentication, @Body @Valid StartScreening command) {
        Screenings.StartResult result = screenings.start(CurrentUser.of(authentication), command);
        return HttpResponse.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).body(result.screening());
    }

    /** Changes the start details before the first answer, at {@code expectedVersion}; 409 once an answer exists or at a stale version. */
    @Put("/{id}/start-details")
    ScreeningChange changeStartDetails(Authentication authentication, UUID id, @Body @Valid ChangeStartDetails command) {
        return startDetails.change(CurrentUser.of(authentication), id, command);
    }

    @Get
    List<ScreeningView.Summary> list(Authentication authentication) {
        return screenings.list(CurrentUser.of(authentication));
    }

    /** {@code purpose} is required outside the walk-through (a colleague's screening, or a day after completion). */
    @Get("/{id}")
    ScreeningView get(Authentication authentication, UUID id, @QueryValue @io.micronaut.core.annotation.Nullable @Size(max = 200)
                      @Pattern(regexp = TypedText.PATTERN, message = TypedText.MESSAGE) String purpose) {
        return screenings.read(CurrentUser.of(authentication), id, purpose);
    }

    @Secured({Role.OFFICER_NAME, Role.TRAINEE_NAME}) // a trainee: on their own practice screenings only
    @Get("/{id}/next")
    NextQuestions next(Authentication authentication, UUID id, @QueryValue(defaultValue = "en") @Pattern(regexp = "[a-z]{2,3}") String lang) {
        return walkthrough.next(ownPractice(authentication, id), id, lang);
    }

    @Secured({Role.OFFICER_NAME, Role.TRAINEE_NAME}) // a trainee: on their own practice screenings only
    @Get("/{id}/assessment")
    Assessment assessment(Authentication authentication, UUID id) {
        return screenings.assessment(ownPractice(authentication, id), id);
    }

    @Secured({Role.OFFICER_NAME, Role.TRAINEE_NAME}) // a trainee: on their own practice screenings only
    @Put("/{id}/answers/{questionId}")
    AnswerSaved answer(Authentication authentication, UUID id, @Pattern(regexp = "[a-z0-9.-]{1,80}") String questionId,
                         @Body @Valid RecordAnswer command) {
        return walkthrough.answer(ownPractice(authentication, id), id, questionId, command);
    }

    @Secured({Role.OFFICER_NAME, Role.TRAINEE_NAME}) // a trainee: on their own practice screenings only
    @Post("/{id}/consents")
    ScreeningChange consent(Authentication authentication, UUID id, @Body @Valid RecordConsent command) {
        return completion.consent(ownPractice(authentication, id), id, command);
    }

    @Secured({Role.OFFICER_NAME, Role.TRAINEE_NAME}) // a trainee: on their own practice screenings only
    @Post("/{id}/complete")
    ScreeningChange complete(Authentication authentication, UUID id, @Body @Valid Complete command) {
        return completion.complete(ownPractice(authentication, id), id, command.expectedVersion());
    }

    @Post("/{id}/reopen")
    ScreeningChange reopen(Authentication authentication, UUID id, @Body @Valid Reopen command) {
        return completion.reopen(CurrentUser.of(authentication), id, command.reason());
    }

    /** The signed-in user, once a trainee is shown to act on their own practice screening (anything else: not found). */
    private CurrentUser ownPractice(Authentication authentication, UUID id) {
        CurrentUser user = CurrentUser.of(authentication);
        practice.refuseUnlessOwnPractice(user, id);
        return user;
    }
}
