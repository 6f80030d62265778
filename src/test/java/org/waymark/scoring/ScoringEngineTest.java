package org.waymark.scoring;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the engine says beyond the verdict: what is missing, what could change it, and why, in two languages. */
class ScoringEngineTest {

    @Test
    void saysWhatAStrongIndicatorStillNeeds() {
        DimensionResult d5 = dimension(Scenario.adultLabour().yes("d5.confiscation-of-documents").assess(), "D5");
        assertThat(d5.positive()).isFalse();
        assertThat(d5.missing()).containsExactly(
                new Shortfall("strong-and-medium-or-weak", 0, 0, 0, 1),
                new Shortfall("two-strong", 1, 0, 0, 0));
        assertThat(d5.couldComplete()).contains("d5.debt-bondage", "d5.withholding-of-wages", "d5.threats-to-inform-family");
    }

    @Test
    void doesNotListIndicatorsAnsweredNoAsOpen() {
        Assessment a = Scenario.adultLabour().yes("d5.confiscation-of-documents").no("d5.debt-bondage").unknown("d5.violence").assess();
        assertThat(dimension(a, "D5").couldComplete()).contains("d5.violence").doesNotContain("d5.debt-bondage", "d5.confiscation-of-documents");
        assertThat(a.couldChange()).contains("d5.violence").doesNotContain("d5.debt-bondage");
    }

    @Test
    void listsOnlyUnknownsThatWouldChangeTheResult() {
        Assessment a = Scenario.adultLabour()
                .yes("d1.deceived-nature-of-job", "d1.deceived-wages", "d4.excessive-working-hours", "d4.low-or-no-salary",
                        "d5.confiscation-of-documents", "d5.debt-bondage")
                .unknown("d6.economic-reasons").assess();
        assertThat(a.traffickingIndicated()).isTrue();
        assertThat(a.couldChange()).doesNotContain("d6.economic-reasons");
    }

    @Test
    void explainsTheConclusionInEnglishAndPolish() {
        Assessment a = Scenario.adultLabour()
                .yes("d1.deceived-nature-of-job", "d1.deceived-wages", "d4.excessive-working-hours", "d4.low-or-no-salary",
                        "d5.confiscation-of-documents", "d5.debt-bondage").assess();
        assertThat(a.explanation()).containsOnlyKeys("en", "pl");
        assertThat(String.join("\n", a.explanation().get("en")))
                .contains("D5 Coercion at destination: positive (2 strong)")
                .contains("Documents confiscated at the destination (S)")
                .contains("Reading — trafficking: indicated")
                .contains("Risk level: high")
                .contains("Recommended route: victim-support NGO");
        assertThat(String.join("\n", a.explanation().get("pl")))
                .contains("D5 Przymus w miejscu docelowym: kryterium spełnione (2 silne)")
                .contains("Poziom ryzyka: wysoki")
                .contains("przesłanki handlu ludźmi");
    }

    @Test
    void explainsThatADimensionWithOneStrongIndicatorNeedsOneMoreNotThatTheEngineErred() {
        Assessment a = Scenario.adultLabour().yes("d1.deceived-nature-of-job").assess();
        assertThat(String.join("\n", a.explanation().get("en")))
                .contains("D1 Deceptive recruitment (incl. transfer and transport): not positive: needs one more indicator (medium, weak or strong).")
                .doesNotContain("1 medium or weak or 1 strong");
        assertThat(String.join("\n", a.explanation().get("pl")))
                .contains(": kryterium niespełnione: brakuje jeszcze jednego wskaźnika (średniego, słabego lub silnego).");
    }

    @Test
    void explainsWhyTraffickingIsNotIndicated() {
        Assessment a = Scenario.adultLabour().yes("d4.excessive-working-hours", "d4.low-or-no-salary").assess();
        assertThat(String.join("\n", a.explanation().get("en")))
                .contains("Reading — trafficking: not indicated; missing (D1 or D2 or D3) and (D5 or D6)")
                .contains("Forced labour (ICLS 2018): not indicated — no coercion item evidenced");
    }

    @Test
    void marksAProvisionalProfile() {
        Assessment a = Scenario.profile("adult-sexual").yes("d5.violence").assess();
        assertThat(a.provisionalProfile()).isTrue();
        assertThat(a.explanation().get("en").get(0)).contains("provisional");
    }

    @Test
    void refusesAnInputThatDoesNotFitTheCatalogue() {
        ScoringInput input = Scenario.profile("adult-mining").yes("d9.made-up").input();
        assertThat(ScoringInputCheck.problems(Scenario.CATALOGUE, input)).extracting(ScoringInputCheck.Problem::field)
                .containsExactly("profile", "answers.d9.made-up");
        assertThatThrownBy(() -> ScoringEngine.evaluate(Scenario.CATALOGUE, input)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neverEchoesAnAnswerKeyThatIsNotAnId() {
        ScoringInput input = Scenario.adultLabour().yes("Jan Kowalski, born 1990").input();
        assertThat(ScoringInputCheck.problems(Scenario.CATALOGUE, input))
                .allSatisfy(p -> assertThat(p.field() + p.reason()).doesNotContain("Kowalski"));
    }

    private static DimensionResult dimension(Assessment a, String id) {
        return a.dimensions().stream().filter(d -> d.dimension().equals(id)).findFirst().orElseThrow();
    }

    static List<String> ids() {
        return List.copyOf(Scenario.CATALOGUE.indicators().keySet());
    }
}
