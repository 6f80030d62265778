package org.waymark.testing;

import java.util.List;

/** Makes completed screenings through the API, ready to refer. */
public final class CompletedScreenings {

    /** Everything the IOM case data standard says a person must be told before consent counts. */
    public static final List<String> TOLD_ALL = List.of("PURPOSE", "DATA_USE", "RETENTION", "RIGHT_OF_ACCESS", "WITHDRAWAL");
    /** Answers that make forced labour and trafficking indicated, with a violence flag. */
    public static final List<String> STRONG_CASE = List.of("ctx.recruited-or-moved-by-others", "ctx.works-or-travels-to-work",
            "d1.deceived-nature-of-job", "d4.excessive-working-hours", "d5.confiscation-of-documents", "d5.debt-bondage");

    private CompletedScreenings() {
    }

    /** Starts {@code screening}, answers {@code yes} with YES, records {@code consents} given and completes it. Returns its id. */
    public static String complete(ApiClient officer, NewScreening screening, List<String> yes, List<String> consents) {
        return answerConsentAndComplete(officer, officer.start(screening).id(), yes, consents);
    }

    private static String answerConsentAndComplete(ApiClient officer, String id, List<String> yes, List<String> consents) {
        long version = 0;
        for (String question : yes) {
            version = officer.answer(id, question, "YES", version).version();
        }
        for (String purpose : consents) {
            version = officer.consentGiven(id, purpose, TOLD_ALL).version();
        }
        officer.complete(id, version);
        return id;
    }
}
