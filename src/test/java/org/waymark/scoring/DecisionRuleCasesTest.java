package org.waymark.scoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.waymark.catalogue.model.Answer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every clause of the published rules, each side of each boundary, from {@code scoring/cases.yaml}. */
class DecisionRuleCasesTest {

    @SuppressWarnings("unchecked")
    static Stream<Arguments> cases() throws Exception {
        try (InputStream in = DecisionRuleCasesTest.class.getResourceAsStream("/scoring/cases.yaml")) {
            List<Map<String, Object>> cases = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return cases.stream().map(c -> Arguments.of(c.get("name"), c));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void scoresAsThePublishedRulesSay(String name, Map<String, Object> c) {
        Scenario scenario = Scenario.profile((String) c.get("profile"));
        scenario.answer(Answer.YES, strings(c, "answeredYes"));
        scenario.answer(Answer.UNKNOWN, strings(c, "unknown"));
        scenario.answer(Answer.DECLINED, strings(c, "declined"));
        scenario.observed(strings(c, "observed"));
        Assessment a = scenario.assess();

        if (c.containsKey("positive")) {
            assertThat(a.dimensions().stream().filter(DimensionResult::positive).map(DimensionResult::dimension))
                    .as("positive dimensions").containsExactlyInAnyOrder(strings(c, "positive"));
        }
        if (c.containsKey("clause")) {
            ((Map<String, String>) c.get("clause")).forEach((dimension, clause) ->
                    assertThat(a.dimensions().stream().filter(d -> d.dimension().equals(dimension)).findFirst().orElseThrow().clause())
                            .as("clause of " + dimension).contains(clause));
        }
        if (c.containsKey("readings")) {
            assertThat(a.readings().stream().filter(Reading::indicated).map(Reading::id)).as("readings").containsExactlyInAnyOrder(strings(c, "readings"));
        }
        if (c.containsKey("forcedLabour")) {
            assertThat(a.forcedLabour().indicated()).as("forced labour").isEqualTo(c.get("forcedLabour"));
        }
        if (c.containsKey("outcomes")) {
            assertThat(a.outcomes().stream().map(Enum::name)).as("outcomes").containsExactlyInAnyOrder(strings(c, "outcomes"));
        }
        if (c.containsKey("risk")) {
            assertThat(a.riskLevel().name()).as("risk level").isEqualTo(c.get("risk"));
        }
        if (c.containsKey("urgent")) {
            assertThat(a.urgentFlags().stream().map(Enum::name)).as("urgent flags").containsExactlyInAnyOrder(strings(c, "urgent"));
        }
        if (c.containsKey("routes")) {
            assertThat(a.routes().stream().map(r -> r.route().name())).as("routes").containsExactly(strings(c, "routes"));
        }
        if (c.containsKey("couldChange")) {
            assertThat(a.couldChange()).as("unknowns that could change the result").contains(strings(c, "couldChange"));
        }
    }

    @SuppressWarnings("unchecked")
    private static String[] strings(Map<String, Object> c, String key) {
        Object value = c.get(key);
        return value == null ? new String[0] : ((List<String>) value).toArray(String[]::new);
    }
}
