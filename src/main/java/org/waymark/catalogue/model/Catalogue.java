package org.waymark.catalogue.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One immutable, validated catalogue version: everything an officer is asked and the rules that read
 * the answers. A screening records {@link #reference()} so its result can be recomputed years later.
 */
public record Catalogue(String id, String version, String title, Map<String, String> sources,
                        List<String> officerLanguages, List<String> intervieweeLanguages,
                        List<Dimension> dimensions, List<Profile> profiles, Map<String, Indicator> indicators,
                        List<String> contextQuestions, Map<String, Question> questions, boolean questionsDeclared,
                        DecisionRule decisionRule, ForcedLabourScheme forcedLabour, List<Checklist> checklists,
                        Map<String, LanguageTexts> texts) {

    public Catalogue {
        sources = Map.copyOf(sources);
        officerLanguages = List.copyOf(officerLanguages);
        intervieweeLanguages = List.copyOf(intervieweeLanguages);
        dimensions = List.copyOf(dimensions);
        profiles = List.copyOf(profiles);
        indicators = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(indicators));
        contextQuestions = List.copyOf(contextQuestions);
        questions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(questions));
        checklists = List.copyOf(checklists);
        texts = Map.copyOf(texts);
    }

    public String reference() {
        return id + "@" + version;
    }

    public Optional<Profile> profile(String profileId) {
        return profiles.stream().filter(p -> p.id().equals(profileId)).findFirst();
    }

    public Optional<Checklist> checklist(String checklistId) {
        return checklists.stream().filter(c -> c.id().equals(checklistId)).findFirst();
    }

    public Optional<Indicator> indicator(String indicatorId) {
        return Optional.ofNullable(indicators.get(indicatorId));
    }

    /**
     * Every id that can be answered. Since 2.0.0 the questions are declared ({@code questions.yaml}) apart from
     * the indicators ({@code questionsDeclared}); in 1.0.0 each indicator and context question was its own question.
     */
    public Set<String> questionIds() {
        return questions.keySet();
    }

    public Optional<Question> question(String questionId) {
        return Optional.ofNullable(questions.get(questionId));
    }
}
