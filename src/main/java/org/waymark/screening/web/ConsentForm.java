package org.waymark.screening.web;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import org.waymark.identity.web.Pages;
import org.waymark.screening.ConsentPurpose;
import org.waymark.screening.ConsentStatus;
import org.waymark.screening.ToldItem;

/**
 * The consent form wherever a page offers it (the consent step, and beside each route on a completed case): the
 * purpose of a posted form (the form itself is read as the API's {@code RecordConsent}), and what its template ({@code officer/consent-form}) needs — the script in the officer's language
 * and in the person's, side by side.
 */
public final class ConsentForm {

    private ConsentForm() {
    }

    /** The purpose a consent form is for, read first so that a refused form is shown again beside its purpose. */
    @Introspected
    public record Purpose(@NotNull ConsentPurpose purpose) {
    }

    /** The script's words in the officer's language ({@code officerScript}) and the person's ({@code t}), and the form's choices. */
    public static Pages.Model withScripts(Pages.Model model, String intervieweeLanguage) {
        String officerLanguage = (String) model.values().get("lang");
        String personLanguage = PersonTexts.available(intervieweeLanguage) ? intervieweeLanguage : "en";
        return model.with("statuses", ConsentStatus.values())
                .with("toldItems", ToldItem.values())
                .with("personLang", personLanguage)
                .with("scriptMissing", !PersonTexts.available(intervieweeLanguage))
                .with("sameLanguage", personLanguage.equals(officerLanguage))
                .with("officerScript", PersonTexts.in(officerLanguage))
                .with("t", PersonTexts.in(personLanguage));
    }
}
