package org.waymark.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.waymark.catalogue.CatalogueLibrary;
import org.waymark.catalogue.model.Answer;
import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.Checklist;
import org.waymark.catalogue.model.Question;
import org.waymark.identity.security.CurrentUser;
import org.waymark.scoring.Assessment;
import org.waymark.scoring.ScoringEngine;
import org.waymark.scoring.ScoringInput;
import org.waymark.screening.AgeBand;
import org.waymark.screening.Exploitation;
import org.waymark.screening.Minority;
import org.waymark.screening.web.PersonTexts;
import org.waymark.training.PracticeCase;
import org.waymark.training.PracticeCaseInput;
import org.waymark.training.PracticeCases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Demo mode only: practice cases written by the demo trainer from personas of the catalogue's acceptance suite
 * ({@code demo/practice-cases.yaml}), so the trainer's and the trainee's practice pages are not empty on first start. Each
 * runs on the full interview of the newest catalogue; the reply to each question the persona answered is the person's
 * own word for that answer, the teaching note stands at each question whose answer counts as an indicator present, and
 * the expected outcome is what the engine concludes from the questions that apply. Written once, when no case exists.
 */
@Singleton
@Requires(property = "waymark.mode", value = "demo")
@Requires(property = "waymark.demo.practice", notEquals = "false")
@Order(170) // after the demo accounts exist
class DemoPractice {

    static final String CATALOGUE = "waymark-indicators";
    static final String CHECKLIST = "full-interview";
    private static final String CASES = "demo/practice-cases.yaml";
    private static final Map<String, String> ENGLISH = Map.of("YES", "Yes", "NO", "No", "UNKNOWN", "I don’t know", "DECLINED", "I’d rather not say");
    private static final Logger LOG = LoggerFactory.getLogger(DemoPractice.class);

    private final PracticeCases cases;
    private final CatalogueLibrary catalogues;
    private final DemoIdentity identity;

    DemoPractice(PracticeCases cases, CatalogueLibrary catalogues, DemoIdentity identity) {
        this.cases = cases;
        this.catalogues = catalogues;
        this.identity = identity;
    }

    @EventListener
    void seed(StartupEvent event) {
        CurrentUser actor = identity.actingAs("trainer").orElse(null);
        if (actor == null || !cases.all().isEmpty()) {
            return;
        }
        Catalogue catalogue = catalogues.latest(CATALOGUE).orElseThrow();
        List<PracticeCaseInput> written = read().stream().map(c -> input(catalogue, c)).toList();
        written.forEach(input -> cases.create(actor, input));
        LOG.info("DEMO practice: {} practice cases from the acceptance suite's personas, written by the demo trainer", written.size());
    }

    /** A persona as a case on {@code catalogue}'s full interview. */
    @SuppressWarnings("unchecked")
    static PracticeCaseInput input(Catalogue catalogue, Map<String, Object> persona) {
        String language = (String) persona.get("language");
        Map<String, String> start = (Map<String, String>) persona.get("start");
        String note = (String) persona.get("teachingNote");
        Map<String, Answer> given = new LinkedHashMap<>();
        ((Map<String, String>) persona.get("answers")).forEach((q, a) -> given.put(q, Answer.valueOf(a)));
        Checklist checklist = catalogue.checklist(CHECKLIST).orElseThrow();
        Map<String, Answer> asked = new LinkedHashMap<>();
        checklist.applicableQuestions(given).stream().filter(given::containsKey).forEach(q -> asked.put(q, given.get(q)));
        Map<String, String> words = PersonTexts.in(language);
        List<PracticeCase.Reply> replies = new ArrayList<>();
        asked.forEach((id, answer) -> {
            Question question = catalogue.question(id).orElseThrow();
            boolean observation = question.audience() == Question.Audience.OFFICER;
            replies.add(new PracticeCase.Reply(id, observation ? ENGLISH.get(answer.name()) : words.get("answer." + answer.name()),
                    observation ? null : ENGLISH.get(answer.name()), answer.name(), answer == question.presentWhen() ? note : null));
        });
        String profile = Minority.at(AgeBand.valueOf(start.get("ageBand")), null, false, null) // no date of birth: the day plays no part
                .profile(Exploitation.valueOf(start.get("exploitation")));
        Assessment reached = ScoringEngine.evaluate(catalogue, new ScoringInput(profile, asked, Set.of(), false));
        return new PracticeCaseInput((String) persona.get("title"), catalogue.id(), catalogue.version(), CHECKLIST, language,
                new PracticeCase.Start(start.get("placeType"), start.get("exploitation"), start.get("ageBand"), start.get("sex")),
                (String) persona.get("narrative"), (String) persona.get("observations"),
                new PracticeCase.Expected(reached.riskLevel().name(), reached.traffickingIndicated(), reached.forcedLabour().indicated()),
                replies, null);
    }

    /** The personas of {@value #CASES}. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> read() {
        try (InputStream in = DemoPractice.class.getClassLoader().getResourceAsStream(CASES)) {
            if (in == null) {
                throw new IllegalStateException(CASES + " is missing from the build");
            }
            Map<String, Object> document = (Map<String, Object>) new Load(LoadSettings.builder().setSchema(new CoreSchema()).build())
                    .loadFromInputStream(in);
            return (List<Map<String, Object>>) document.get("cases");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
