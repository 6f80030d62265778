package org.waymark.testing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** The parts of a screening response the tests read; the assessment stays a JSON object (tests compare it whole). */
@Serdeable
public record ScreeningBody(String id, String status, long version, String profile, @Nullable String reopenReason,
                            @Nullable Map<String, Object> assessment, @Nullable String placeType, @Nullable String ageBand,
                            @Nullable String nationality, @Nullable List<Answer> answers, @Nullable List<Consent> consents) {

    /** One answer and the officer's note. */
    @Serdeable
    public record Answer(String questionId, String answer, @Nullable String note) {
    }

    /** One consent record: for what, given or not, and what the person was told. */
    @Serdeable
    public record Consent(String purpose, String status, @Nullable List<String> told) {
    }
}
