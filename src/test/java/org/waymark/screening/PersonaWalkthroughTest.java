package org.waymark.screening;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.waymark.testing.ApiClient;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;
import org.waymark.testing.Personas;
import org.waymark.testing.Personas.Persona;
import org.waymark.testing.ScreeningBody;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blind test of catalogue 2.0.0 through the real walk-through API: every persona is started as an officer would
 * start it, asked what the service asks next, answered with what a reviewer answered blind to those words, and the
 * result must fall in the range written before any answer ({@link Personas#outsideRange}). The figures go to
 * {@code target/persona-report.md}; src/docs/scoring.md quotes them.
 */
@MicronautTest
class PersonaWalkthroughTest extends DatabaseTest {

    private static final List<String> CHECKLISTS = List.of("triage", "full-interview");

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void everyPersonaWalkedThroughTheApiFallsInItsRange() throws IOException {
        ApiClient officer = OwnUnit.create(http).officer("airport");
        List<String> outside = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        Map<String, int[]> figures = new LinkedHashMap<>();
        for (Persona persona : Personas.all()) {
            for (String checklist : CHECKLISTS) {
                Personas.Result result = walk(officer, persona, checklist);
                String why = Personas.outsideRange(persona, checklist, result);
                if (why != null) {
                    outside.add(persona.id() + " on " + checklist + ": " + why);
                }
                count(figures, persona, checklist, result, why);
                rows.add("| " + persona.id() + " | " + persona.group() + " | " + persona.language() + " | " + checklist + " | "
                        + result.trafficking() + " / " + result.forcedLabour() + " / " + result.risk() + " | "
                        + persona.trafficking() + " / " + persona.forcedLabour() + " / " + persona.risk() + " | " + (why == null ? "in range" : why) + " |");
            }
        }
        report(rows, figures);
        assertThat(outside).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anObservationIsOfferedToTheOfficerWithoutWordsForThePerson() {
        ApiClient officer = OwnUnit.create(http).officer("airport");
        Persona persona = Personas.all().get(0);
        ScreeningBody started = officer.start(start(persona, "triage"));
        String id = started.id();
        long version = started.version();
        for (int asked = 0; asked < 40; asked++) {
            Map<String, Object> question = next(officer, id);
            if (question == null) {
                break;
            }
            if ("officer".equals(question.get("audience"))) {
                assertThat((List<String>) question.getOrDefault("intervieweeQuestions", List.of())).isEmpty(); // empty lists are left out
                assertThat((String) question.get("id")).startsWith("o.");
                return;
            }
            version = answer(officer, id, (String) question.get("id"), "NO", version);
        }
        throw new AssertionError("the triage offered no officer observation");
    }

    @Test
    void nationalitySexAndSectorNeverChangeAPersonsResult() {
        ApiClient officer = OwnUnit.create(http).officer("airport");
        List<Variant> variants = List.of(new Variant("FEMALE", "UA", null), new Variant("MALE", "NG", null),
                new Variant("OTHER", "VN", "CONSTRUCTION"), new Variant("UNKNOWN", "PL", null));
        for (Persona persona : Personas.all().stream().filter(p -> p.group().matches("lawful|trafficking-labour|forced-labour|child-exploited|borderline")).toList()) {
            Map<String, Object> first = null;
            for (Variant variant : variants) {
                Map<String, Object> assessment = assessment(officer, persona, "full-interview", variant);
                if (first == null) {
                    first = assessment;
                } else {
                    assertThat(assessment).as(persona.id() + " as " + variant).isEqualTo(first);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Personas.Result walk(ApiClient officer, Persona persona, String checklist) {
        Map<String, Object> assessment = assessment(officer, persona, checklist, null);
        List<Map<String, Object>> readings = (List<Map<String, Object>>) assessment.get("readings");
        Map<String, Object> forcedLabour = (Map<String, Object>) assessment.get("forcedLabour");
        return new Personas.Result(readings.stream().anyMatch(r -> Boolean.TRUE.equals(r.get("indicated"))),
                Boolean.TRUE.equals(forcedLabour.get("indicated")), (String) assessment.get("riskLevel"),
                (List<String>) assessment.get("outcomes"));
    }

    /** Walks {@code persona} through {@code checklist}, as {@code variant} when one is given, and returns the assessment. */
    private static Map<String, Object> assessment(ApiClient officer, Persona persona, String checklist, Variant variant) {
        NewScreening request = variant == null ? start(persona, checklist) : variant.of(start(persona, checklist));
        ScreeningBody started = officer.start(request);
        String id = started.id();
        long version = started.version();
        for (Map<String, Object> question = next(officer, id); question != null; question = next(officer, id)) {
            String questionId = (String) question.get("id");
            var stored = persona.answers().get(questionId);
            assertThat(stored).as(persona.id() + " has a blind answer to " + questionId).isNotNull();
            version = answer(officer, id, questionId, stored.answer().name(), version);
        }
        return new HashMap<>(officer.getJson("/api/v1/screenings/" + id + "/assessment"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> next(ApiClient officer, String id) {
        Map<String, Object> next = officer.getJson("/api/v1/screenings/" + id + "/next?lang=en");
        List<Map<String, Object>> questions = (List<Map<String, Object>>) next.get("next");
        return questions == null || questions.isEmpty() ? null : questions.get(0); // an empty list is left out of the JSON
    }

    private static long answer(ApiClient officer, String id, String question, String answer, long version) {
        return officer.answer(id, question, answer, version).version();
    }

    /** The persona's screening on catalogue 2.0.0 at a land border; sex unknown and no nationality given. */
    private static NewScreening start(Persona persona, String checklist) {
        return NewScreening.adultLabour("Persona " + persona.id()).catalogueVersion("2.0.0").checklist(checklist)
                .intervieweeLanguage(persona.language()).placeType("LAND_BORDER").exploitation(persona.exploitation())
                .ageBand(persona.ageBand()).sex("UNKNOWN").nationality(null).sector(persona.sector())
                .possiblyMinor(persona.possiblyMinor() != null && persona.possiblyMinor().answer().name().equals("YES"));
    }

    /** The same person told of as another sex and nationality (and, when given, working in another sector). */
    private record Variant(String sex, String nationality, String sector) {
        NewScreening of(NewScreening screening) {
            NewScreening told = screening.sex(sex).nationality(nationality);
            return sector == null ? told : told.sector(sector);
        }
    }

    /** Per checklist: personas, unexploited personas, false positives, clear positive personas, misses. */
    private static void count(Map<String, int[]> figures, Persona persona, String checklist, Personas.Result result, String why) {
        int[] f = figures.computeIfAbsent(checklist, c -> new int[7]);
        f[0]++;
        if (persona.unexploited()) {
            f[1]++;
            f[2] += result.trafficking() || result.forcedLabour() || "HIGH".equals(result.risk()) ? 1 : 0;
        }
        boolean clearPositive = persona.clear() && (persona.trafficking() == Personas.Expect.YES || persona.forcedLabour() == Personas.Expect.YES);
        if (clearPositive) {
            f[3]++;
            f[4] += why == null ? 0 : 1;
        }
        f[5] += why == null ? 1 : 0;
        f[6] += Personas.outsideRange(persona, "full-interview", result) == null ? 1 : 0;
    }

    private static void report(List<String> rows, Map<String, int[]> figures) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# Blind persona test of waymark-indicators 2.0.0 (PersonaWalkthroughTest)");
        lines.add("");
        lines.add("| checklist | personas | in range | within the full range | lawful or not exploited | false positives | clear cases of trafficking or forced labour | missed |");
        lines.add("|---|---|---|---|---|---|---|---|");
        figures.forEach((checklist, f) -> lines.add("| " + checklist + " | " + f[0] + " | " + f[5] + " | " + f[6] + " | " + f[1] + " | " + f[2]
                + " | " + f[3] + " | " + f[4] + " |"));
        lines.add("");
        lines.add("| persona | group | language | checklist | trafficking / forced labour / risk | expected | verdict |");
        lines.add("|---|---|---|---|---|---|---|");
        lines.addAll(rows);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/persona-report.md"), lines);
    }
}
