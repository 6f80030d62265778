package org.waymark.screening;

import org.waymark.catalogue.model.Answer;
import org.waymark.screening.persistence.ScreeningRow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What answering needs to know of an in-progress screening at one version: its unit, catalogue, checklist, profile,
 * whether it is a training screening (for the audit entry), wrapped data key and answers (in the order they were given). Everything but the answers is fixed when the screening
 * starts (or when its start details change before the first answer), and every change bumps the version, so a snapshot is exactly the stored screening for as long
 * as the stored version is its version — which every write checks.
 */
record ScreeningSnapshot(UUID id, UUID unitId, long version, String catalogueId, String catalogueVersion, String checklistId,
                         String profile, boolean minorPresumed, boolean training, byte[] wrappedKey, Map<String, Answer> answers) {

    ScreeningSnapshot {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    static ScreeningSnapshot of(ScreeningRow row, Map<String, Answer> answers) {
        return new ScreeningSnapshot(row.id(), row.unitId(), row.version(), row.catalogueId(), row.catalogueVersion(), row.checklistId(),
                row.profile(), row.minorPresumed(), row.training(), row.wrappedKey(), answers);
    }

    /** The screening after {@code questionId} was (re-)answered: the latest answer last, as the store orders them. */
    ScreeningSnapshot with(String questionId, Answer answer) {
        Map<String, Answer> next = new LinkedHashMap<>(answers);
        next.remove(questionId);
        next.put(questionId, answer);
        return new ScreeningSnapshot(id, unitId, version + 1, catalogueId, catalogueVersion, checklistId, profile, minorPresumed, training, wrappedKey,
                next);
    }

    boolean hasAnswer(String questionId, Answer answer) {
        return answers.get(questionId) == answer;
    }

    @Override
    public String toString() {
        return "ScreeningSnapshot[" + id + ", v" + version + "]";
    }
}
