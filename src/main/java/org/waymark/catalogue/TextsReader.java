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
        file.entries("indicators", true).forEach((id, node) -> questions.put(id, question(node)));
        file.entries("context", false).forEach((id, node) -> questions.put(id, question(node)));
        return new LanguageTexts(language, file.string("name"), file.bool("officer", false), questions, names);
    }

    private static QuestionTexts question(YamlNode node) {
        return new QuestionTexts(node.optionalString("prompt"), node.optionalString("help"), node.strings("questions", false));
    }
}
