package org.waymark.scoring;

import org.waymark.catalogue.CatalogueFiles;
import org.waymark.catalogue.CatalogueReader;
import org.waymark.catalogue.model.Answer;
import org.waymark.catalogue.model.Catalogue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Test DSL in the spirit of JavaRosa's Scenario: pick a profile, answer, observe, then read the
 * assessment. Uses the real catalogue 1.0.0, so each test names the indicators it depends on.
 */
final class Scenario {

    static final Catalogue CATALOGUE = CatalogueReader.read(CatalogueFiles.directory(Path.of("indicators-catalogue")),
            "waymark-indicators", "1.0.0");

    private final String profile;
    private final Map<String, Answer> answers = new LinkedHashMap<>();
    private final Set<String> observations = new HashSet<>();

    private Scenario(String profile) {
        this.profile = profile;
    }

    static Scenario adultLabour() {
        return new Scenario("adult-labour");
    }

    static Scenario childLabour() {
        return new Scenario("child-labour");
    }

    static Scenario profile(String profile) {
        return new Scenario(profile);
    }

    Scenario yes(String... ids) {
        return answer(Answer.YES, ids);
    }

    Scenario no(String... ids) {
        return answer(Answer.NO, ids);
    }

    Scenario unknown(String... ids) {
        return answer(Answer.UNKNOWN, ids);
    }

    Scenario declined(String... ids) {
        return answer(Answer.DECLINED, ids);
    }

    Scenario observed(String... ids) {
        observations.addAll(Set.of(ids));
        return this;
    }

    Scenario answer(Answer answer, String... ids) {
        for (String id : ids) {
            answers.put(id, answer);
        }
        return this;
    }

    ScoringInput input() {
        return new ScoringInput(profile, answers, observations);
    }

    Assessment assess() {
        return ScoringEngine.evaluate(CATALOGUE, input());
    }
}
