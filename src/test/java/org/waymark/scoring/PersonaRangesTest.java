package org.waymark.scoring;

import org.junit.jupiter.api.Test;
import org.waymark.catalogue.CatalogueFiles;
import org.waymark.catalogue.CatalogueReader;
import org.waymark.catalogue.model.Answer;
import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.Checklist;
import org.waymark.screening.AgeBand;
import org.waymark.screening.Exploitation;
import org.waymark.screening.Minority;
import org.waymark.testing.Personas;
import org.waymark.testing.Personas.Persona;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blind test of catalogue 2.0.0 on the engine alone (milliseconds; the same walk through the real API is
 * {@code PersonaWalkthroughTest}): every persona walks each checklist the way the walk-through asks, answered
 * with what a reviewer answered blind, and the result must fall in the range written before any answer.
 */
class PersonaRangesTest {

    static final Catalogue CATALOGUE = CatalogueReader.read(CatalogueFiles.directory(Path.of("indicators-catalogue")),
            "waymark-indicators", "2.0.0");

    @Test
    void thereAreAtLeastThirtyPersonasEachAnsweredBlind() {
        List<Persona> personas = Personas.all();
        assertThat(personas).hasSizeGreaterThanOrEqualTo(30);
        assertThat(personas).allSatisfy(p -> assertThat(p.answers()).as(p.id() + " has blind answers").isNotEmpty());
        assertThat(personas.stream().map(Persona::group).distinct().count()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void noBlindAnswerIsStale() {
        List<String> stale = new ArrayList<>();
        for (Persona persona : Personas.all()) {
            for (Checklist checklist : CATALOGUE.checklists()) {
                Set<String> asked = new java.util.LinkedHashSet<>(walk(persona, checklist).keySet());
                persona.staleAnswers(CATALOGUE, asked).forEach(id -> stale.add(persona.id() + ": " + id));
            }
        }
        assertThat(stale).as("answers given to words that have changed since (answer these questions again, blind)").isEmpty();
    }

    @Test
    void everyPersonaFallsInItsRangeOnBothChecklists() { // the triage's range: Personas.outsideRange
        List<String> outside = new ArrayList<>();
        for (Persona persona : Personas.all()) {
            for (Checklist checklist : CATALOGUE.checklists()) {
                Assessment a = ScoringEngine.evaluate(CATALOGUE, input(persona, walk(persona, checklist)));
                String why = Personas.outsideRange(persona, checklist.id(), new Personas.Result(a.traffickingIndicated(),
                        a.forcedLabour().indicated(), a.riskLevel().name(), a.outcomes().stream().map(Enum::name).toList()));
                if (why != null) {
                    outside.add(persona.id() + " on " + checklist.id() + ": " + why + " — " + detail(a));
                }
            }
        }
        assertThat(outside).isEmpty();
    }

    /** The answers the walk-through collects: the next question the checklist asks, answered as stored, until none is left. */
    static Map<String, Answer> walk(Persona persona, Checklist checklist) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (var next = checklist.nextQuestion(answers); next.isPresent(); next = checklist.nextQuestion(answers)) {
            var stored = persona.answers().get(next.get());
            answers.put(next.get(), stored == null ? Answer.UNKNOWN : stored.answer());
        }
        return answers;
    }

    static ScoringInput input(Persona persona, Map<String, Answer> answers) {
        Minority minority = Minority.at(AgeBand.valueOf(persona.ageBand()), null,
                persona.possiblyMinor() != null && persona.possiblyMinor().answer() == Answer.YES, LocalDate.now());
        return new ScoringInput(minority.profile(Exploitation.valueOf(persona.exploitation())), answers, Set.of(), minority.presumed());
    }

    private static String detail(Assessment a) {
        return "outcomes " + a.outcomes() + ", positive " + a.dimensions().stream().filter(DimensionResult::positive).map(DimensionResult::dimension).toList()
                + ", ICLS " + a.forcedLabour().involuntariness().keySet() + " / " + a.forcedLabour().coercion().keySet();
    }
}
