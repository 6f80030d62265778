package org.waymark.scoring;

import org.junit.jupiter.api.Test;
import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.Dimension;
import org.waymark.catalogue.model.Phase;

import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomePolicyTest {

    /** The real catalogue 1.0.0 with its dimension data changed, everything else as published. */
    private static Catalogue withDimensions(UnaryOperator<Dimension> change) {
        Catalogue c = Scenario.CATALOGUE;
        return new Catalogue(c.id(), c.version(), c.title(), c.sources(), c.officerLanguages(), c.intervieweeLanguages(),
                c.dimensions().stream().map(change).toList(), c.profiles(), c.indicators(), c.contextQuestions(), c.questions(),
                c.questionsDeclared(), c.decisionRule(), c.forcedLabour(), c.checklists(), c.texts());
    }

    @Test
    void thePublishedDimensionsTakeTheirRolesFromPhaseElementAndTheIloEcMeans() {
        DimensionRoles roles = DimensionRoles.of(Scenario.CATALOGUE);
        assertThat(roles.recruitment()).containsExactlyInAnyOrder("D1", "D2", "D3");
        assertThat(roles.exploitation()).containsExactly("D4");
        assertThat(roles.destinationMeans()).containsExactlyInAnyOrder("D5", "D6");
        assertThat(roles.deception()).containsExactly("D1");
        assertThat(roles.coercion()).containsExactlyInAnyOrder("D2", "D5");
    }

    @Test
    void deceptionAndExploitationWithoutCoercionIsLabelledSo() {
        Assessment a = Scenario.adultLabour().yes("d1.deceived-nature-of-job", "d1.deceived-wages", "d4.excessive-working-hours",
                "d4.low-or-no-salary").assess();
        assertThat(a.outcomes()).contains(Outcome.DECEPTION_AND_EXPLOITATION).doesNotContain(Outcome.RECRUITMENT_STAGE_RISK);
    }

    @Test
    void recruitmentStageRiskFollowsTheDimensionsPhaseNotItsId() {
        ScoringInput deceived = Scenario.adultLabour().yes("d1.deceived-nature-of-job", "d1.deceived-wages").input();
        assertThat(ScoringEngine.evaluate(Scenario.CATALOGUE, deceived).outcomes()).contains(Outcome.RECRUITMENT_STAGE_RISK);

        Catalogue d1AtDestination = withDimensions(d -> d.id().equals("D1") ? new Dimension("D1", Phase.DESTINATION, d.element()) : d);
        assertThat(ScoringEngine.evaluate(d1AtDestination, deceived).outcomes()).doesNotContain(Outcome.RECRUITMENT_STAGE_RISK);
    }

    @Test
    void exploitationOnlyFollowsTheDimensionsElementNotItsId() {
        ScoringInput dependent = Scenario.adultLabour().yes("d6.dependency-on-exploiters", "d6.difficulty-unknown-area", "d6.economic-reasons")
                .input();
        assertThat(ScoringEngine.evaluate(Scenario.CATALOGUE, dependent).outcomes()).doesNotContain(Outcome.EXPLOITATION_ONLY);

        Catalogue d6Exploitation = withDimensions(d -> d.id().equals("D6") ? new Dimension("D6", d.phase(), "exploitation") : d);
        assertThat(ScoringEngine.evaluate(d6Exploitation, dependent).outcomes()).contains(Outcome.EXPLOITATION_ONLY);
    }

    @Test
    void deceptionFollowsTheMeansTheCatalogueDeclaresNotTheDimensionsId() {
        ScoringInput deceivedAndExploited = Scenario.adultLabour().yes("d1.deceived-nature-of-job", "d1.deceived-wages",
                "d4.excessive-working-hours", "d4.low-or-no-salary").input();
        assertThat(ScoringEngine.evaluate(Scenario.CATALOGUE, deceivedAndExploited).outcomes()).contains(Outcome.DECEPTION_AND_EXPLOITATION);

        Catalogue d1Coercion = withDimensions(d -> d.id().equals("D1") ? new Dimension("D1", d.phase(), d.element(), Dimension.Means.COERCION) : d);
        assertThat(ScoringEngine.evaluate(d1Coercion, deceivedAndExploited).outcomes()).doesNotContain(Outcome.DECEPTION_AND_EXPLOITATION);
    }
}
