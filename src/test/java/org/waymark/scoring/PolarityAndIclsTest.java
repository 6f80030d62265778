package org.waymark.scoring;

import org.junit.jupiter.api.Test;
import org.waymark.catalogue.model.Answer;
import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.ForcedLabourScheme;
import org.waymark.catalogue.model.Question;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Catalogue 2.0.0 read through polarity: which answer counts is data, flipping it flips exactly that question's
 * evidence; forced labour needs two different answers for an adult and coercion alone for a child (ICLS 2018);
 * the Palermo child reading needs an act question.
 */
class PolarityAndIclsTest {

    private static final Catalogue CATALOGUE = PersonaRangesTest.CATALOGUE;
    private static final List<String> QUESTIONS = List.copyOf(CATALOGUE.questionIds());
    private static final List<String> PROFILES = List.of("adult-labour", "child-labour", "adult-sexual", "child-sexual");

    @Test
    void flippingOneQuestionsPolarityFlipsExactlyItsEvidenceAndNothingElse() {
        Random random = new Random(61);
        for (int trial = 0; trial < 300; trial++) {
            String profile = PROFILES.get(random.nextInt(PROFILES.size()));
            Map<String, Answer> answers = ScoringPropertiesTest.randomAnswers(random, QUESTIONS);
            Question flipped = CATALOGUE.question(QUESTIONS.get(random.nextInt(QUESTIONS.size()))).orElseThrow();
            answers.put(flipped.id(), random.nextBoolean() ? Answer.YES : Answer.NO);
            Catalogue other = withPolarity(flipped, flipped.presentWhen() == Answer.YES ? Answer.NO : Answer.YES);

            Set<String> before = present(CATALOGUE, profile, answers);
            Set<String> after = present(other, profile, answers);
            Set<String> changed = new HashSet<>(before);
            changed.addAll(after);
            changed.removeAll(intersection(before, after));
            Set<String> elsewhere = presentWithout(profile, answers, flipped.id());
            Set<String> expected = flipped.indicators().stream().filter(i -> CATALOGUE.indicators().get(i).strengthIn(profile).isPresent())
                    .filter(i -> !elsewhere.contains(i)).collect(Collectors.toSet());
            String context = profile + " " + answers + " flipping " + flipped.id();
            assertThat(changed).as(context).isEqualTo(expected);

            Map<String, Answer> mirrored = new HashMap<>(answers);
            mirrored.put(flipped.id(), answers.get(flipped.id()) == Answer.YES ? Answer.NO : Answer.YES);
            Assessment original = ScoringEngine.evaluate(CATALOGUE, ScoringInput.of(profile, answers));
            Assessment mirror = ScoringEngine.evaluate(other, ScoringInput.of(profile, mirrored));
            assertThat(mirror.dimensions()).as(context + ", answer flipped too").isEqualTo(original.dimensions());
            assertThat(mirror.forcedLabour()).as(context).isEqualTo(original.forcedLabour());
            assertThat(mirror.riskLevel()).as(context).isEqualTo(original.riskLevel());
        }
    }

    @Test
    void anAnswerThatIsNotPresentWhenNeverCountsAndUnknownNeverRulesOut() {
        Question leave = CATALOGUE.question("q.fl.can-leave-job").orElseThrow();
        assertThat(leave.presentWhen()).isEqualTo(Answer.NO);
        Assessment yes = ScoringEngine.evaluate(CATALOGUE, ScoringInput.of("adult-labour", Map.of("q.fl.can-leave-job", Answer.YES)));
        Assessment no = ScoringEngine.evaluate(CATALOGUE, ScoringInput.of("adult-labour", Map.of("q.fl.can-leave-job", Answer.NO)));
        Assessment unknown = ScoringEngine.evaluate(CATALOGUE, ScoringInput.of("adult-labour", Map.of("q.fl.can-leave-job", Answer.UNKNOWN)));
        assertThat(yes.forcedLabour().involuntariness()).isEmpty();
        assertThat(no.forcedLabour().involuntariness()).containsOnlyKeys("inv.no-freedom-to-terminate");
        assertThat(unknown.forcedLabour().involuntariness()).isEmpty();
        Map<String, Answer> coerced = Map.of("q.d5.threat-report", Answer.YES, "q.fl.can-leave-job", Answer.UNKNOWN);
        assertThat(ScoringEngine.evaluate(CATALOGUE, ScoringInput.of("adult-labour", coerced)).couldChange()).contains("q.fl.can-leave-job");
        Map<String, Answer> free = Map.of("q.d5.threat-report", Answer.YES, "q.fl.can-leave-job", Answer.YES);
        assertThat(ScoringEngine.evaluate(CATALOGUE, ScoringInput.of("adult-labour", free)).couldChange()).doesNotContain("q.fl.can-leave-job");
    }

    @Test
    void noSingleAnswerIndicatesForcedLabourOfAnAdult() {
        for (Question question : CATALOGUE.questions().values()) {
            Assessment one = ScoringEngine.evaluate(CATALOGUE, ScoringInput.of("adult-labour", Map.of(question.id(), question.presentWhen())));
            assertThat(one.forcedLabour().indicated()).as(question.id()).isFalse();
        }
    }

    @Test
    void anInvoluntaryAndACoercedAnswerTogetherIndicateForcedLabourOfAnAdult() {
        Assessment both = ScoringEngine.evaluate(CATALOGUE, ScoringInput.of("adult-labour",
                Map.of("q.d4.paid-for-all", Answer.NO, "q.d5.threat-report", Answer.YES)));
        assertThat(both.forcedLabour().indicated()).isTrue();
        assertThat(both.forcedLabour().involuntariness()).containsEntry("inv.very-low-or-no-wages", List.of("q.d4.paid-for-all"));
        assertThat(both.forcedLabour().coercion()).containsEntry("coe.abuse-of-vulnerability", List.of("q.d5.threat-report"));
    }

    @Test
    void theSeparateAnswersRuleRefusesOneAnswerEvidencingBothSides() {
        var rule = new ForcedLabourScheme.Rule(1, 1, true);
        Map<String, List<String>> involuntary = Map.of("inv.x", List.of("q.same"));
        Map<String, List<String>> coerced = Map.of("coe.y", List.of("q.same"));
        assertThat(ForcedLabourScorer.indicated(rule, involuntary, coerced)).isFalse();
        assertThat(ForcedLabourScorer.indicated(new ForcedLabourScheme.Rule(1, 1, false), involuntary, coerced)).isTrue();
        assertThat(ForcedLabourScorer.indicated(rule, involuntary, Map.of("coe.y", List.of("q.same", "q.other")))).isTrue();
    }

    @Test
    void aChildUnderMenaceOfPenaltyIsInForcedLabourWithoutAskingWhetherTheWorkWasVoluntary() {
        Map<String, Answer> threatened = Map.of("q.d5.threat-hurt", Answer.YES);
        assertThat(ScoringEngine.evaluate(CATALOGUE, ScoringInput.of("child-labour", threatened)).forcedLabour().indicated()).isTrue();
        assertThat(ScoringEngine.evaluate(CATALOGUE, ScoringInput.of("adult-labour", threatened)).forcedLabour().indicated()).isFalse();
    }

    @Test
    void thePalermoChildReadingNeedsAnActQuestionNotJustAnyRecruitmentAnswer() {
        Map<String, Answer> exploited = new LinkedHashMap<>(Map.of("q.d4.long-days", Answer.YES, "q.d4.paid-for-all", Answer.NO,
                "q.d1.pay-lower", Answer.YES));
        Assessment withoutAct = ScoringEngine.evaluate(CATALOGUE, ScoringInput.of("child-labour", exploited));
        assertThat(withoutAct.readings()).filteredOn(r -> r.id().equals("trafficking-child-palermo")).singleElement()
                .satisfies(r -> assertThat(r.indicated()).isFalse());
        assertThat(withoutAct.couldChange()).contains("q.act.found-work", "q.act.arranged-travel", "q.act.housed-by-others");
        exploited.put("q.act.arranged-travel", Answer.YES);
        Assessment withAct = ScoringEngine.evaluate(CATALOGUE, ScoringInput.of("child-labour", exploited));
        assertThat(withAct.traffickingIndicated()).isTrue();
        assertThat(ScoringEngine.evaluate(CATALOGUE, ScoringInput.of("adult-labour", exploited)).traffickingIndicated()).isFalse();
    }

    @Test
    void aPresumedChildIsExplainedAsPresumed() {
        Assessment presumed = ScoringEngine.evaluate(CATALOGUE, new ScoringInput("child-labour", Map.of(), Set.of(), true));
        assertThat(presumed.minorPresumed()).isTrue();
        assertThat(presumed.explanation().get("en")).anySatisfy(line -> assertThat(line).contains("2011/36/EU"));
        assertThat(presumed.explanation().get("pl")).anySatisfy(line -> assertThat(line).contains("2011/36/UE"));
        assertThat(ScoringEngine.evaluate(CATALOGUE, ScoringInput.of("child-labour", Map.of())).explanation().get("en"))
                .noneSatisfy(line -> assertThat(line).contains("2011/36/EU"));
    }

    @Test
    void anOfficerObservationCountsAsObservedNotAsTheirAnswer() {
        Assessment a = ScoringEngine.evaluate(CATALOGUE, ScoringInput.of("adult-labour", Map.of("o.signs-of-violence", Answer.YES)));
        assertThat(a.dimensions()).flatExtracting(DimensionResult::present).singleElement()
                .satisfies(p -> assertThat(p.observed()).isTrue());
        assertThat(a.urgentFlags()).contains(org.waymark.catalogue.model.UrgentFlag.VIOLENCE);
    }

    private static Set<String> present(Catalogue catalogue, String profile, Map<String, Answer> answers) {
        return ScoringEngine.evaluate(catalogue, ScoringInput.of(profile, answers)).dimensions().stream()
                .flatMap(d -> d.present().stream()).map(PresentIndicator::id).collect(Collectors.toSet());
    }

    private static Set<String> presentWithout(String profile, Map<String, Answer> answers, String question) {
        Map<String, Answer> rest = new HashMap<>(answers);
        rest.remove(question);
        return present(CATALOGUE, profile, rest);
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both;
    }

    private static Catalogue withPolarity(Question question, Answer presentWhen) {
        Map<String, Question> questions = new LinkedHashMap<>(CATALOGUE.questions());
        questions.put(question.id(), new Question(question.id(), question.audience(), presentWhen, question.indicators(), question.forcedLabourItems()));
        Catalogue c = CATALOGUE;
        return new Catalogue(c.id(), c.version(), c.title(), c.sources(), c.officerLanguages(), c.intervieweeLanguages(), c.dimensions(),
                c.profiles(), c.indicators(), c.contextQuestions(), questions, true, c.decisionRule(), c.forcedLabour(), c.checklists(), c.texts());
    }
}
