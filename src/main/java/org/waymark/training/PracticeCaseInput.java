package org.waymark.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.waymark.catalogue.CatalogueLibrary;
import org.waymark.catalogue.model.Answer;
import org.waymark.catalogue.model.Catalogue;
import org.waymark.identity.PlaceType;
import org.waymark.scoring.RiskLevel;
import org.waymark.screening.AgeBand;
import org.waymark.screening.Exploitation;
import org.waymark.screening.Sex;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.InvalidInputException.Violation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A practice case as sent by a trainer, every field a plain value so each bad one can be named, and its check against
 * the catalogue: a published version, a checklist of it, an interviewee language it speaks, replies only to the
 * checklist's questions and at most one each. Nothing sent is ever repeated in a refusal. {@code id}, chosen by the
 * client, is the new case's id: the same case sent again under it is answered with the case written the first time.
 */
@Serdeable
public record PracticeCaseInput(@Nullable String title, @Nullable String catalogue, @Nullable String catalogueVersion,
                                @Nullable String checklist, @Nullable String intervieweeLanguage, @Nullable PracticeCase.Start start,
                                @Nullable String narrative, @Nullable String observations, @Nullable PracticeCase.Expected expected,
                                @Nullable List<PracticeCase.Reply> replies, @Nullable String id) {

    private static final int SHORT = 200;
    private static final int LONG = 8000;

    /** The case as written, without the client's id: a retry under that id must send the same. */
    String withoutId() {
        return new PracticeCaseInput(title, catalogue, catalogueVersion, checklist, intervieweeLanguage, start, narrative, observations,
                expected, replies, null).toString();
    }

    /** The catalogue version the case is written against, if every field is acceptable; else all the problems at once. */
    Catalogue check(CatalogueLibrary catalogues) {
        List<Violation> problems = new ArrayList<>();
        text(problems, "title", title, SHORT, true);
        text(problems, "narrative", narrative, LONG, true);
        text(problems, "observations", observations, LONG, false);
        Catalogue found = catalogue == null ? null
                : (catalogueVersion == null ? catalogues.latest(catalogue) : catalogues.find(catalogue, catalogueVersion)).orElse(null);
        if (found == null) {
            problems.add(new Violation(catalogueVersion == null ? "catalogue" : "catalogueVersion", "is not a published catalogue version"));
        } else {
            if (checklist == null || found.checklist(checklist).isEmpty()) {
                problems.add(new Violation("checklist", "is not a checklist of " + found.reference()));
            }
            if (intervieweeLanguage == null || !found.intervieweeLanguages().contains(intervieweeLanguage)) {
                problems.add(new Violation("intervieweeLanguage", "is not one of " + found.intervieweeLanguages()));
            }
        }
        if (start == null) {
            problems.add(new Violation("start", "is required"));
        } else {
            oneOf(problems, "start.placeType", start.placeType(), PlaceType.class);
            oneOf(problems, "start.exploitation", start.exploitation(), Exploitation.class);
            oneOf(problems, "start.ageBand", start.ageBand(), AgeBand.class);
            oneOf(problems, "start.sex", start.sex(), Sex.class);
        }
        if (expected == null) {
            problems.add(new Violation("expected", "is required"));
        } else {
            oneOf(problems, "expected.riskLevel", expected.riskLevel(), RiskLevel.class);
        }
        replies(problems, found);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return found;
    }

    private void replies(List<Violation> problems, @Nullable Catalogue found) {
        if (replies == null || replies.isEmpty()) {
            problems.add(new Violation("replies", "must script at least one reply"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < replies.size(); i++) {
            PracticeCase.Reply reply = replies.get(i);
            String field = "replies[" + i + "]";
            if (reply == null) {
                problems.add(new Violation(field, "is required"));
                continue;
            }
            boolean inChecklist = found != null && checklist != null && found.checklist(checklist)
                    .map(c -> c.items().stream().anyMatch(item -> item.question().equals(reply.questionId()))).orElse(false);
            if (reply.questionId() == null || (found != null && checklist != null && found.checklist(checklist).isPresent() && !inChecklist)) {
                problems.add(new Violation(field + ".questionId", "is not a question of the checklist"));
            } else if (!seen.add(reply.questionId())) {
                problems.add(new Violation(field + ".questionId", "already has a reply"));
            }
            text(problems, field + ".reply", reply.reply(), LONG, true);
            text(problems, field + ".gloss", reply.gloss(), LONG, false);
            text(problems, field + ".teachingNote", reply.teachingNote(), LONG, false);
            oneOf(problems, field + ".answer", reply.answer(), Answer.class);
        }
    }

    private static void text(List<Violation> problems, String field, @Nullable String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new Violation(field, "is required"));
            }
        } else if (value.length() > max) {
            problems.add(new Violation(field, "must be at most " + max + " characters"));
        }
    }

    private static <E extends Enum<E>> void oneOf(List<Violation> problems, String field, @Nullable String value, Class<E> type) {
        if (value == null || Arrays.stream(type.getEnumConstants()).noneMatch(e -> e.name().equals(value))) {
            problems.add(new Violation(field, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }
}
