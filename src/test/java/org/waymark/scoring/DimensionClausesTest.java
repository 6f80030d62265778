package org.waymark.scoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.scoring.Scenario.medium;
import static org.waymark.scoring.Scenario.strong;
import static org.waymark.scoring.Scenario.weak;

/** Step 1 of the published rules over an inline catalogue, so each test shows the strengths it relies on. */
class DimensionClausesTest {

    private static final String DOCUMENTS = "d5.confiscation-of-documents";
    private static final String DEBT = "d5.debt-bondage";
    private static final String VIOLENCE = "d5.violence";

    @Test
    void twoStrongIndicatorsMakeTheDimensionPositive() {
        DimensionResult d5 = d5(Scenario.adultLabour().catalogue(strong(DOCUMENTS), strong(DEBT)).yes(DOCUMENTS, DEBT));
        assertThat(d5.positive()).isTrue();
        assertThat(d5.clause()).contains("two-strong");
    }

    @Test
    void theSameAnswersAreNotEnoughWhenTheCatalogueCallsThemWeak() {
        DimensionResult d5 = d5(Scenario.adultLabour().catalogue(weak(DOCUMENTS), weak(DEBT)).yes(DOCUMENTS, DEBT));
        assertThat(d5.positive()).isFalse();
        assertThat(d5.clause()).isEmpty();
    }

    @Test
    void aStrongAndAWeakIndicatorMakeTheDimensionPositive() {
        DimensionResult d5 = d5(Scenario.adultLabour().catalogue(strong(DOCUMENTS), weak(DEBT)).yes(DOCUMENTS, DEBT));
        assertThat(d5.clause()).contains("strong-and-medium-or-weak");
    }

    @Test
    void twoMediumIndicatorsNeedAThirdMediumOrAWeakOne() {
        DimensionResult d5 = d5(Scenario.adultLabour().catalogue(medium(DOCUMENTS), medium(DEBT), medium(VIOLENCE)).yes(DOCUMENTS, DEBT));
        assertThat(d5.positive()).isFalse();
        assertThat(d5.missing()).contains(new Shortfall("three-medium", 0, 1, 0, 0));
        assertThat(d5.couldComplete()).containsExactly(VIOLENCE);
    }

    @Test
    void anIndicatorTheProfileDoesNotUseCountsForNothing() {
        DimensionResult d5 = d5(Scenario.adultLabour().catalogue(strong(DOCUMENTS)).yes(DOCUMENTS, DEBT));
        assertThat(d5.positive()).isFalse();
        assertThat(d5.present()).extracting(PresentIndicator::id).containsExactly(DOCUMENTS);
    }

    private static DimensionResult d5(Scenario scenario) {
        return scenario.assess().dimensions().stream().filter(d -> d.dimension().equals("D5")).findFirst().orElseThrow();
    }
}
