package org.waymark.catalogue.model;

import java.util.Map;

/** Every text of a catalogue in one language. Names are filled for officer languages only. */
public record LanguageTexts(String language, String name, boolean officer, Map<String, QuestionTexts> questions,
                            Map<String, String> names, java.util.Optional<Review> review) {

    /** How and when the texts of this language were checked, and whether a native speaker did it. */
    public record Review(String method, String checked, boolean nativeSpeaker) {
    }

    public LanguageTexts {
        questions = Map.copyOf(questions);
        names = Map.copyOf(names);
    }

    /** The name of a dimension, profile, forced-labour item or checklist, or the id itself if this language has none. */
    public String nameOf(String id) {
        return names.getOrDefault(id, id);
    }

    /** What an officer reads for an indicator or question (its prompt), else its name, else the id itself. */
    public String labelOf(String id) {
        QuestionTexts texts = questions.get(id);
        return texts != null && texts.prompt().isPresent() ? texts.prompt().get() : nameOf(id);
    }
}
