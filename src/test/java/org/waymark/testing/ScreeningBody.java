package org.waymark.testing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The parts of a screening response the tests read; the assessment stays a JSON object (tests compare it whole). The
 * start details, person, answers and consents come only with the audited read ({@link ApiClient#screening}); {@code training}:
 * a practice screening.
 */
@Serdeable
public record ScreeningBody(String id, String status, long version, String profile, @Nullable String reopenReason,
                            @Nullable Map<String, Object> assessment, @Nullable String checklist, @Nullable String placeType,
                            @Nullable String ageBand, @Nullable String sex, @Nullable String nationality, @Nullable Person person,
                            @Nullable List<Answer> answers, @Nullable List<Consent> consents, @Nullable Instant purgedAt,
                            boolean training) {

    /** The person's identifying data as the audited read shows it. */
    @Serdeable
    public record Person(@Nullable String nameOrAlias, @Nullable LocalDate dateOfBirth, @Nullable String documentType,
                         @Nullable String documentNumber, @Nullable String contact) {
    }

    /** One answer and the officer's note. */
    @Serdeable
    public record Answer(String questionId, String answer, @Nullable String note) {
    }

    /** One consent record. */
    @Serdeable
    public record Consent(String purpose, String status, List<String> told, @Nullable String representative) {
    }

    /** The question ids answered. */
    public List<String> answered() {
        return answers == null ? List.of() : answers.stream().map(Answer::questionId).toList();
    }
}
