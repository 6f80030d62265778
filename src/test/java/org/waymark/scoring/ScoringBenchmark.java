package org.waymark.scoring;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.waymark.catalogue.model.Answer;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * JMH: one full second-line interview (every indicator and context question answered) scored end to
 * end, against a baseline measured in the same run: step 1 of the rule alone (dimension positivity).
 * Run with {@code src/test/bench/scoring.sh}; not part of the test suite.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class ScoringBenchmark {

    private static final org.waymark.catalogue.model.Catalogue CATALOGUE_2 = org.waymark.catalogue.CatalogueReader.read(
            org.waymark.catalogue.CatalogueFiles.directory(java.nio.file.Path.of("indicators-catalogue")), "waymark-indicators", "2.0.0");

    private ScoringInput fullInterview;
    private ScoringInput fullInterview2;

    @Setup
    public void answerEverything() {
        Random random = new Random(7);
        Map<String, Answer> answers = new TreeMap<>();
        List<Answer> mix = List.of(Answer.YES, Answer.NO, Answer.NO, Answer.UNKNOWN, Answer.DECLINED);
        for (String question : Scenario.CATALOGUE.questionIds()) {
            answers.put(question, mix.get(random.nextInt(mix.size())));
        }
        fullInterview = ScoringInput.of("adult-labour", answers);
        Map<String, Answer> answers2 = new TreeMap<>();
        for (String question : CATALOGUE_2.questionIds()) {
            answers2.put(question, mix.get(random.nextInt(mix.size())));
        }
        fullInterview2 = ScoringInput.of("adult-labour", answers2);
    }

    @Benchmark
    public Assessment fullEvaluation() {
        return ScoringEngine.evaluate(Scenario.CATALOGUE, fullInterview);
    }

    /** Catalogue 2.0.0: 80 questions read through their polarity, each evidencing indicators and forced-labour items. */
    @Benchmark
    public Assessment fullEvaluationCatalogue2() {
        return ScoringEngine.evaluate(CATALOGUE_2, fullInterview2);
    }

    @Benchmark
    public List<DimensionResult> baselineDimensionsOnly() {
        return DimensionScorer.score(Scenario.CATALOGUE, fullInterview.profile(), Evidence.of(Scenario.CATALOGUE, fullInterview));
    }
}
