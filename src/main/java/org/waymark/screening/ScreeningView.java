package org.waymark.screening;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.waymark.scoring.Assessment;
import org.waymark.scoring.RiskLevel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A screening as its own unit sees it, including the decrypted personal data. {@code training}: a practice run,
 * never counted and never referred to a real partner.
 */
@Serdeable
public record ScreeningView(UUID id, ScreeningStatus status, long version, UUID unitId, String catalogue, String checklist,
                            String profile, String intervieweeLanguage, boolean interpreterPresent, @Nullable String interpreterLanguage,
                            String placeType, @Nullable String ageBand, @Nullable String sex, @Nullable String nationality,
                            @Nullable String sector,
                            PersonalData person, List<AnswerView> answers, List<ConsentView> consents, Assessment assessment,
                            Instant createdAt, @Nullable Instant completedAt, @Nullable String reopenReason,
                            @Nullable Instant purgedAt, boolean training) {

    /** One answer and the officer's note. */
    @Serdeable
    public record AnswerView(String questionId, String answer, @Nullable String note, Instant answeredAt) {
    }

    /** One consent record. */
    @Serdeable
    public record ConsentView(String purpose, String status, List<String> told, @Nullable String representative, Instant recordedAt) {
    }

    /**
     * A screening in the unit's list: no personal data. {@code reference} is the short reference to read out or search
     * for ({@link ScreeningReference}); {@code riskLevel} that of the live (or, once completed, final) assessment.
     */
    @Serdeable
    public record Summary(UUID id, ScreeningStatus status, long version, String checklist, String profile, Instant createdAt,
                          @Nullable Instant completedAt, boolean training, String reference, RiskLevel riskLevel) {
    }
}
