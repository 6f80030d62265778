package org.waymark.training.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import org.waymark.training.PracticeCase;
import org.waymark.training.PracticeCaseInput;

import java.util.List;

/**
 * The practice case form's own fields, read by {@code Pages.read}: the API's {@link PracticeCaseInput} nests the start
 * and the expected outcome, which the form shows flat, and its replies are named by question ({@code reply.<question>}),
 * so they are read per question of the chosen checklist. Every field is plain text, as in the API's record, so that the
 * case's check names each bad one in its own words. {@code id} is the hidden id generated when the new-case form was
 * rendered, so that a resent form writes the case once.
 */
@Introspected
record PracticeCaseForm(@Nullable String title, @Nullable String catalogue, @Nullable String catalogueVersion, @Nullable String checklist,
                        @Nullable String intervieweeLanguage, @Nullable String placeType, @Nullable String exploitation,
                        @Nullable String ageBand, @Nullable String sex, @Nullable String narrative, @Nullable String observations,
                        @Nullable String riskLevel, boolean trafficking, boolean forcedLabour, @Nullable String id) {

    /** The case as the API takes it, with these scripted replies. */
    PracticeCaseInput input(List<PracticeCase.Reply> replies) {
        return new PracticeCaseInput(title, catalogue, catalogueVersion, checklist, intervieweeLanguage,
                new PracticeCase.Start(placeType, exploitation, ageBand, sex), narrative, observations,
                new PracticeCase.Expected(riskLevel, trafficking, forcedLabour), replies, id);
    }
}
