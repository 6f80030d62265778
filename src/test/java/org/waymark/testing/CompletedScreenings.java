package org.waymark.testing;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Makes completed screenings through the API, ready to refer. */
public final class CompletedScreenings {

    /** Everything the IOM case data standard says a person must be told before consent counts. */
    public static final List<String> TOLD_ALL = List.of("PURPOSE", "DATA_USE", "RETENTION", "RIGHT_OF_ACCESS", "WITHDRAWAL");
    /** Answers that make forced labour and trafficking indicated, with a violence flag. */
    public static final List<String> STRONG_CASE = List.of("ctx.recruited-or-moved-by-others", "ctx.works-or-travels-to-work",
            "d1.deceived-nature-of-job", "d4.excessive-working-hours", "d5.confiscation-of-documents", "d5.debt-bondage");

    private CompletedScreenings() {
    }

    /**
     * Starts a triage screening for {@code name} with {@code request} changes, answers {@code yes} with YES,
     * records {@code consents} (purposes given, with everything told) and completes it. Returns its id.
     */
    public static String complete(ApiClient officer, Map<String, Object> changes, List<String> yes, List<String> consents) {
        Map<String, Object> request = ScreeningFixture.startRequest(UUID.randomUUID(), "triage", "Оксана Тестова");
        request.putAll(changes);
        String id = (String) officer.postJson("/api/v1/screenings", request).get("id");
        long version = 0;
        for (String question : yes) {
            Map<String, Object> saved = officer.putJson("/api/v1/screenings/" + id + "/answers/" + question,
                    Map.of("answer", "YES", "expectedVersion", version));
            version = ((Number) saved.get("version")).longValue();
        }
        for (String purpose : consents) {
            Map<String, Object> consent = officer.postJson("/api/v1/screenings/" + id + "/consents",
                    Map.of("purpose", purpose, "status", "GIVEN", "told", TOLD_ALL));
            version = ((Number) consent.get("version")).longValue();
        }
        officer.postJson("/api/v1/screenings/" + id + "/complete", Map.of("expectedVersion", version));
        return id;
    }
}
