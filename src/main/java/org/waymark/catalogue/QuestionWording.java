package org.waymark.catalogue;

import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.LanguageTexts;
import org.waymark.catalogue.model.Question;
import org.waymark.catalogue.model.QuestionTexts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What can be checked mechanically about the words put to a person (since 2.0.0), in every language: one
 * question, ending in its only question mark; no parentheses; short enough to read in a second language;
 * no answer key ("Yes = ...") — which answer counts is {@code presentWhen} in questions.yaml, never the text.
 */
final class QuestionWording {

    /** Longest question, in characters: about two lines on a phone. */
    static final int MAX_LENGTH = 130;
    private static final Pattern ANSWER_KEY = Pattern.compile("=|(?iu)\\b(yes|no|tak|nie|так|ні|да|нет)\\s*[:=]");

    private QuestionWording() {
    }

    static List<CatalogueProblem> check(Catalogue catalogue, LanguageTexts texts, String file) {
        List<CatalogueProblem> problems = new ArrayList<>();
        for (Question question : catalogue.questions().values()) {
            QuestionTexts words = texts.questions().get(question.id());
            if (words == null) {
                continue;
            }
            for (String asked : words.questions()) {
                String path = "questions." + question.id() + ".asked";
                problems.addAll(problems(asked).stream().map(reason -> new CatalogueProblem(file, path, reason)).toList());
            }
        }
        return problems;
    }

    /** Why these words cannot be put to a person; empty when they can. */
    static List<String> problems(String asked) {
        List<String> reasons = new ArrayList<>();
        long marks = asked.chars().filter(c -> c == '?').count();
        if (marks != 1 || !asked.endsWith("?")) {
            reasons.add("must be one question, ending in its only question mark");
        }
        if (asked.contains("(") || asked.contains(")")) {
            reasons.add("must not contain parentheses: say it plainly or leave it out");
        }
        if (asked.length() > MAX_LENGTH) {
            reasons.add("is " + asked.length() + " characters, more than " + MAX_LENGTH + ": shorten it");
        }
        if (ANSWER_KEY.matcher(asked).find()) {
            reasons.add("must not carry an answer key: which answer counts is presentWhen in questions.yaml");
        }
        return reasons;
    }
}
