package org.waymark.catalogue;

import org.waymark.catalogue.model.LanguageTexts;
import org.waymark.catalogue.model.QuestionTexts;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads {@code texts/<language>.yaml}: names (officer languages) and the texts of every question. */
final class TextsReader {

    private static final String[] NAME_SECTIONS = {"dimensions", "profiles", "forcedLabourItems", "checklists"};

    private TextsReader() {
    }

    static LanguageTexts texts(YamlNode file, String language) {
        String declared = file.string("language");
        if (!declared.isEmpty() && !declared.equals(language)) {
            file.get("language").problem("is '" + declared + "' but the file name says '" + language + "'");
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (String section : NAME_SECTIONS) {
            file.entries(section, false).forEach((id, node) -> node.asString().ifPresent(name -> names.put(id, name)));
        }
        Map<String, QuestionTexts> questions = new LinkedHashMap<>();
        file.entries("indicators", false).forEach((id, node) -> questions.put(id, question(node)));
        file.entries("context", false).forEach((id, node) -> questions.put(id, question(node)));
        file.entries("questions", false).forEach((id, node) -> questions.put(id, asked(node)));
        YamlNode review = file.get("review");
        var checked = review.isMissing() ? java.util.Optional.<LanguageTexts.Review>empty()
                : java.util.Optional.of(new LanguageTexts.Review(review.string("method"), review.string("checked"), review.bool("nativeSpeaker", false)));
        return new LanguageTexts(language, file.string("name"), file.bool("officer", false), questions, names, checked);
    }

    /** A question of 2.0.0: the words put to the person ({@code asked}), which officers also read as the prompt; or an observation's prompt. */
    private static QuestionTexts asked(YamlNode node) {
        var asked = node.optionalString("asked");
        return new QuestionTexts(asked.isPresent() ? asked : node.optionalString("prompt"), node.optionalString("help"),
                asked.map(java.util.List::of).orElse(java.util.List.of()));
    }

    private static QuestionTexts question(YamlNode node) {
        return new QuestionTexts(node.optionalString("prompt"), node.optionalString("help"), node.strings("questions", false));
    }
}
