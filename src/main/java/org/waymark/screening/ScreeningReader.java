package org.waymark.screening;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.waymark.catalogue.CatalogueLibrary;
import org.waymark.catalogue.model.Answer;
import org.waymark.catalogue.model.Catalogue;
import org.waymark.crypto.PersonalDataCipher;
import org.waymark.scoring.Assessment;
import org.waymark.scoring.ScoringEngine;
import org.waymark.scoring.ScoringInput;
import org.waymark.screening.persistence.AnswerRow;
import org.waymark.screening.persistence.AnswerRows;
import org.waymark.screening.persistence.ConsentRow;
import org.waymark.screening.persistence.ConsentRows;
import org.waymark.screening.persistence.ScreeningRow;
import org.waymark.screening.persistence.ScreeningRows;
import org.waymark.shared.NotFoundException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Loads a screening of a unit (as its row, or as the {@link Screening} its rules decide on), decrypts what its unit may see, and scores its answers. */
@Singleton
class ScreeningReader {

    private final ScreeningRows screenings;
    private final AnswerRows answers;
    private final ConsentRows consents;
    private final CatalogueLibrary catalogues;
    private final PersonalDataCipher cipher;
    private final JsonMapper json;
    private final CaseTexts texts;

    ScreeningReader(ScreeningRows screenings, AnswerRows answers, ConsentRows consents, CatalogueLibrary catalogues,
                    PersonalDataCipher cipher, JsonMapper json, CaseTexts texts) {
        this.texts = texts;
        this.screenings = screenings;
        this.answers = answers;
        this.consents = consents;
        this.catalogues = catalogues;
        this.cipher = cipher;
        this.json = json;
    }

    /** The screening if it belongs to {@code unitId}; otherwise not found, whether or not it exists. */
    ScreeningRow row(UUID id, UUID unitId) {
        return screenings.findByIdAndUnitId(id, unitId).orElseThrow(() -> new NotFoundException("The screening"));
    }

    Catalogue catalogueOf(ScreeningRow row) {
        return catalogues.find(row.catalogueId(), row.catalogueVersion()).orElseThrow();
    }

    Map<String, Answer> answersOf(UUID screeningId) {
        Map<String, Answer> result = new LinkedHashMap<>();
        for (AnswerRow answer : answers.findByScreening(screeningId)) {
            result.put(answer.questionId(), Answer.valueOf(answer.answer()));
        }
        return result;
    }

    /** The screening of {@code unitId} as its rules see it, with its answers as stored. */
    Screening screening(UUID id, UUID unitId) {
        return screening(row(id, unitId), answersOf(id));
    }

    static Screening screening(ScreeningRow row, Map<String, Answer> answered) {
        return new Screening(row.id(), row.version(), row.status(), Minority.ofProfile(row.profile(), row.minorPresumed()),
                row.purgedAt() != null, answered);
    }

    Assessment assess(ScreeningRow row, Map<String, Answer> answered) {
        return ScoringEngine.evaluate(catalogueOf(row), new ScoringInput(row.profile(), answered, java.util.Set.of(), row.minorPresumed()));
    }

    Catalogue catalogueOf(ScreeningSnapshot snapshot) {
        return catalogues.find(snapshot.catalogueId(), snapshot.catalogueVersion()).orElseThrow();
    }

    Assessment assess(ScreeningSnapshot snapshot) {
        return ScoringEngine.evaluate(catalogueOf(snapshot),
                new ScoringInput(snapshot.profile(), snapshot.answers(), java.util.Set.of(), snapshot.minorPresumed()));
    }

    ScreeningView view(ScreeningRow row) {
        byte[] recordId = recordId(row.id());
        PersonalDataCipher.DataKey key = row.wrappedKey() == null ? null : cipher.unwrap(row.wrappedKey(), recordId);
        try {
            PersonalData person = key == null || row.personalData() == null ? PersonalData.none()
                    : json.readValue(cipher.decrypt(key, row.personalData(), recordId), PersonalData.class);
            List<AnswerRow> answerRows = answers.findByScreening(row.id());
            List<ScreeningView.AnswerView> answerViews = answerRows.stream().map(a -> new ScreeningView.AnswerView(a.questionId(),
                    a.answer(), key == null || a.note() == null ? null : new String(cipher.decrypt(key, a.note(), recordId), StandardCharsets.UTF_8),
                    a.answeredAt())).toList();
            Map<String, Answer> answered = new LinkedHashMap<>();
            answerRows.forEach(a -> answered.put(a.questionId(), Answer.valueOf(a.answer())));
            // Answers are frozen once completed and the engine is a pure function of (catalogue version, answers),
            // so recomputing gives the stored final assessment; the stored JSON is the record kept for referrals.
            Assessment assessment = assess(row, answered);
            return new ScreeningView(row.id(), row.status(), row.version(), row.unitId(),
                    row.catalogueId() + "@" + row.catalogueVersion(), row.checklistId(), row.profile(), row.intervieweeLanguage(),
                    row.interpreterPresent(), row.interpreterLanguage(), row.placeType(), row.ageBand(), row.sex(), row.nationality(), row.sector(),
                    person, answerViews, consents.findByScreeningId(row.id()).stream().map(c -> consent(key, c)).toList(),
                    assessment, row.createdAt(), row.completedAt(),
                    row.reopenReasonSealed() == null || key == null ? row.reopenReason() : texts.open(key, row.id(), REOPEN_REASON, row.reopenReasonSealed()),
                    row.purgedAt(), row.training());
        } catch (IOException e) {
            throw new UncheckedIOException("stored screening data could not be read", e);
        } finally {
            if (key != null) {
                Arrays.fill(key.key(), (byte) 0);
            }
        }
    }

    /** A consent as recorded, without who represented a child: nothing is decrypted. */
    static ScreeningView.ConsentView consent(ConsentRow row) {
        return new ScreeningView.ConsentView(row.purpose(), row.status(), row.told().isEmpty() ? List.of() : List.of(row.told().split(",")),
                null, row.recordedAt());
    }

    private ScreeningView.ConsentView consent(PersonalDataCipher.DataKey key, ConsentRow row) {
        String representative = row.representativeSealed() == null || key == null ? row.representative()
                : texts.open(key, row.screeningId(), representativeField(row.purpose()), row.representativeSealed());
        return new ScreeningView.ConsentView(row.purpose(), row.status(), row.told().isEmpty() ? List.of() : List.of(row.told().split(",")),
                representative, row.recordedAt());
    }

    /** Where (for {@link CaseTexts}) the reopen reason and a consent's representative are sealed. */
    static final String REOPEN_REASON = "reopenReason";

    static String representativeField(String purpose) {
        return "consent/" + purpose + "/representative";
    }

    static byte[] recordId(UUID id) {
        return id.toString().getBytes(StandardCharsets.UTF_8);
    }
}
