package org.waymark.catalogue.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** What the catalogue API returns: plain views of the immutable catalogue model. */
final class CatalogueViews {

    private CatalogueViews() {
    }

    @Serdeable
    record Summary(String id, String version, String reference, String title, List<String> officerLanguages,
                   List<String> intervieweeLanguages, List<String> profiles, List<String> checklists) {
    }

    @Serdeable
    record Detail(String id, String version, String reference, String title, Map<String, String> sources,
                  List<String> officerLanguages, List<String> intervieweeLanguages, List<DimensionView> dimensions,
                  List<ProfileView> profiles, List<IndicatorView> indicators, List<QuestionView> contextQuestions,
                  List<AskedView> questions, DecisionRuleView decisionRule, ForcedLabourView forcedLabour, List<ChecklistView> checklists,
                  List<LanguageReview> languages) {
    }

    /** A question: who answers it, which answer means its evidence is present, and what it evidences. */
    @Serdeable
    record AskedView(String id, String audience, String presentWhen, List<String> indicators, List<String> forcedLabour,
                     Map<String, TextView> texts) {
    }

    /** How the texts of one language were checked; {@code nativeSpeaker} false means not yet reviewed by a native speaker. */
    @Serdeable
    record LanguageReview(String language, String name, @Nullable String method, @Nullable String checked, boolean nativeSpeaker) {
    }

    @Serdeable
    record DimensionView(String id, String phase, String element, Map<String, String> names) {
    }

    @Serdeable
    record ProfileView(String id, boolean minor, String exploitation, boolean provisional, String source,
                       @Nullable String verify, Map<String, String> names) {
    }

    @Serdeable
    record IndicatorView(String id, String dimension, String phase, Map<String, String> strength, @Nullable String urgent,
                         List<String> forcedLabour, String source, @Nullable String verify, Map<String, TextView> texts) {
    }

    @Serdeable
    record QuestionView(String id, Map<String, TextView> texts) {
    }

    @Serdeable
    record TextView(@Nullable String prompt, @Nullable String help, List<String> questions) {
    }

    @Serdeable
    record DecisionRuleView(String source, List<ClauseView> dimensionPositive, List<CombinationView> combinations) {
    }

    @Serdeable
    record ClauseView(String id, int strong, int medium, int weak, int mediumOrWeak) {
    }

    @Serdeable
    record CombinationView(String id, List<String> appliesTo, String when) {
    }

    @Serdeable
    record ForcedLabourView(List<NamedItem> indicators, List<NamedItem> involuntariness, List<NamedItem> coercion,
                            int minimumInvoluntariness, int minimumCoercion, boolean separateAnswers,
                            int childMinimumInvoluntariness, int childMinimumCoercion) {
    }

    @Serdeable
    record NamedItem(String id, Map<String, String> names) {
    }

    @Serdeable
    record ChecklistView(String id, @Nullable Integer maxQuestions, Map<String, String> names, List<ChecklistItemView> questions) {
    }

    @Serdeable
    record ChecklistItemView(String id, @Nullable String when) {
    }
}
