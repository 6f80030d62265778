package org.waymark.scoring;

import org.waymark.catalogue.model.Answer;
import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.Indicator;
import org.waymark.catalogue.model.Question;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the answers establish, read through each question's polarity: the indicators present (and whether
 * only an officer saw them), the questions answered at their {@code presentWhen} (facts a combination may
 * read), the forced-labour items with the answers behind them, and the indicators still open (some question
 * evidencing them is unanswered, UNKNOWN or DECLINED). An answer that is not {@code presentWhen} counts for
 * nothing; only a YES or NO against it rules its evidence out.
 */
final class Evidence {

    private final Catalogue catalogue;
    private final Set<String> present;
    private final Set<String> observed;
    private final Set<String> facts;
    private final Map<String, List<String>> itemSources;
    private final Map<String, Answer> answers;
    /** Indicators that some open question evidences (computed once: a walk asks this for every indicator). */
    private final Set<String> askable;

    private Evidence(Catalogue catalogue, Set<String> present, Set<String> observed, Set<String> facts,
                     Map<String, List<String>> itemSources, Map<String, Answer> answers, Set<String> askable) {
        this.catalogue = catalogue;
        this.present = present;
        this.observed = observed;
        this.facts = facts;
        this.itemSources = itemSources;
        this.answers = answers;
        this.askable = askable;
    }

    static Evidence of(Catalogue catalogue, ScoringInput input) {
        Set<String> present = new HashSet<>();
        Set<String> byPerson = new HashSet<>();
        Set<String> facts = new HashSet<>();
        Set<String> askable = new HashSet<>();
        Map<String, List<String>> items = new LinkedHashMap<>();
        for (Question question : catalogue.questions().values()) {
            Answer answer = input.answers().get(question.id());
            if (answer == null || !question.evidences(answer)) {
                if (answer == null || !question.rulesOut(answer)) {
                    askable.addAll(question.indicators());
                }
                continue;
            }
            facts.add(question.id());
            present.addAll(question.indicators());
            if (question.audience() == Question.Audience.INTERVIEWEE) {
                byPerson.addAll(question.indicators());
            }
            question.forcedLabourItems().forEach(item -> items.computeIfAbsent(item, k -> new ArrayList<>()).add(question.id()));
        }
        Set<String> observed = new HashSet<>(present);
        observed.removeAll(byPerson);
        Evidence evidence = new Evidence(catalogue, present, observed, facts, items, input.answers(), askable);
        for (String indicator : input.observations()) {
            evidence = evidence.withObserved(indicator, catalogue.indicators().get(indicator).forcedLabourItems(), indicator);
        }
        return evidence;
    }

    /** This evidence with one more indicator seen, evidencing these items under the name {@code source}. */
    Evidence withObserved(String indicator, List<String> forcedLabourItems, String source) {
        return plus(List.of(indicator), forcedLabourItems, source, false);
    }

    /** This evidence with one more question answered at its {@code presentWhen}. */
    Evidence withFact(Question question) {
        return plus(question.indicators(), question.forcedLabourItems(), question.id(), true);
    }

    private Evidence plus(List<String> indicators, List<String> forcedLabourItems, String source, boolean answered) {
        Set<String> morePresent = new HashSet<>(present);
        Set<String> moreObserved = new HashSet<>(observed);
        for (String indicator : indicators) {
            if (morePresent.add(indicator) && !answered) {
                moreObserved.add(indicator);
            }
        }
        Map<String, List<String>> moreItems = new LinkedHashMap<>();
        itemSources.forEach((item, sources) -> moreItems.put(item, new ArrayList<>(sources)));
        forcedLabourItems.forEach(item -> moreItems.computeIfAbsent(item, k -> new ArrayList<>()).add(source));
        Set<String> moreFacts = facts;
        if (answered) {
            moreFacts = new HashSet<>(facts);
            moreFacts.add(source);
        }
        return new Evidence(catalogue, morePresent, moreObserved, moreFacts, moreItems, answers, askable);
    }

    boolean isPresent(String indicator) {
        return present.contains(indicator);
    }

    /** Present only because someone saw it (an officer observation), not from the person's answers. */
    boolean isObserved(String indicator) {
        return observed.contains(indicator);
    }

    /** The question was answered at its {@code presentWhen}. */
    boolean isFact(String question) {
        return facts.contains(question);
    }

    /** Not present, and some question evidencing it might still be answered the way that counts. */
    boolean isOpen(String indicator) {
        return !present.contains(indicator) && askable.contains(indicator);
    }

    /** Not answered the way that counts, nor ruled out: unanswered, UNKNOWN or DECLINED. */
    boolean isOpenQuestion(Question question) {
        Answer answer = answers.get(question.id());
        return answer == null || (!question.evidences(answer) && !question.rulesOut(answer));
    }

    /** Each forced-labour item evidenced, with the answers (question ids, or observed indicator ids) behind it. */
    Map<String, List<String>> itemSources() {
        return itemSources;
    }

    boolean anyPresent(java.util.function.Predicate<Indicator> which) {
        return present.stream().map(catalogue.indicators()::get).anyMatch(which);
    }
}
