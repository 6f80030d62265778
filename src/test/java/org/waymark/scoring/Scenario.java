package org.waymark.scoring;

import org.waymark.catalogue.CatalogueFiles;
import org.waymark.catalogue.CatalogueReader;
import org.waymark.catalogue.model.Answer;
import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.Indicator;
import org.waymark.catalogue.model.Strength;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Test DSL in the spirit of JavaRosa's Scenario: pick a profile, answer, observe, then read the
 * assessment. Uses the real catalogue 1.0.0, so each test names the indicators it depends on; a rule test
 * can declare a small inline catalogue ({@link #catalogue}) so it also shows the strengths it relies on.
 */
final class Scenario {

    static final Catalogue CATALOGUE = CatalogueReader.read(CatalogueFiles.directory(Path.of("indicators-catalogue")),
            "waymark-indicators", "1.0.0");

    private final String profile;
    private final Map<String, Answer> answers = new LinkedHashMap<>();
    private final Set<String> observations = new HashSet<>();
    private Catalogue catalogue = CATALOGUE;

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

    /** An indicator of the inline catalogue and its strength in the scenario's profile. */
    record Declared(String indicator, Strength strength) {
    }

    static Declared strong(String indicator) {
        return new Declared(indicator, Strength.STRONG);
    }

    static Declared medium(String indicator) {
        return new Declared(indicator, Strength.MEDIUM);
    }

    static Declared weak(String indicator) {
        return new Declared(indicator, Strength.WEAK);
    }

    /**
     * Scores against an inline catalogue: the rules, dimensions and questions of catalogue 1.0.0, but the profile
     * uses only the indicators declared here, at the strengths declared here; every other indicator is not in it.
     */
    Scenario catalogue(Declared... declared) {
        Map<String, Strength> strengths = new LinkedHashMap<>();
        for (Declared d : declared) {
            if (!CATALOGUE.indicators().containsKey(d.indicator())) {
                throw new IllegalArgumentException("no indicator " + d.indicator() + " in " + CATALOGUE.reference());
            }
            strengths.put(d.indicator(), d.strength());
        }
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        CATALOGUE.indicators().forEach((id, i) -> {
            Map<String, Strength> byProfile = new LinkedHashMap<>(i.strengthByProfile());
            byProfile.remove(profile);
            if (strengths.containsKey(id)) {
                byProfile.put(profile, strengths.get(id));
            }
            indicators.put(id, new Indicator(id, i.dimension(), i.phase(), byProfile, i.urgent(), i.forcedLabourItems(), i.source(), i.verify()));
        });
        Catalogue c = CATALOGUE;
        catalogue = new Catalogue(c.id(), c.version(), c.title(), c.sources(), c.officerLanguages(), c.intervieweeLanguages(), c.dimensions(),
                c.profiles(), indicators, c.contextQuestions(), c.questions(), c.questionsDeclared(), c.decisionRule(), c.forcedLabour(),
                c.checklists(), c.texts());
        return this;
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
        return ScoringEngine.evaluate(catalogue, input());
    }
}
