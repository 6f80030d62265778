package org.waymark.screening.web;

import org.waymark.identity.web.Pages;
import org.waymark.screening.ConsentPurpose;
import org.waymark.screening.ConsentStatus;
import org.waymark.screening.RecordConsent;
import org.waymark.screening.ToldItem;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The consent form wherever a page offers it (the consent step, and beside each route on a completed case): reading
 * the posted form, and what its template ({@code officer/consent-form}) needs — the script in the officer's language
 * and in the person's, side by side.
 */
public final class ConsentForm {

    private ConsentForm() {
    }

    /** The purpose the form is for; a missing or unknown one is an error on {@code purpose}. */
    public static ConsentPurpose purpose(Map<String, Object> form) {
        return Pages.choice(form, "purpose", ConsentPurpose.class);
    }

    /** The command the form asks for; unknown told items or answers are errors on their field. */
    public static RecordConsent command(Map<String, Object> form) {
        Set<ToldItem> told = EnumSet.noneOf(ToldItem.class);
        for (String item : Pages.all(form, "told")) {
            told.add(Pages.choice(Map.of("told", item), "told", ToldItem.class));
        }
        return new RecordConsent(purpose(form), Pages.choice(form, "status", ConsentStatus.class), told, Pages.first(form, "representative"));
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
