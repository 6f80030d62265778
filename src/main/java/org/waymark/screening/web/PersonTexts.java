package org.waymark.screening.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The few words shown to or read out for the interviewee that are not questions of the catalogue: the answer
 * buttons, "listen", the consent scripts. In {@code i18n/person_<language>.properties}; English where a language has none.
 */
public final class PersonTexts {

    private PersonTexts() {
    }

    public static Map<String, String> in(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.person", Locale.forLanguageTag(language), ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> texts = new HashMap<>();
        bundle.keySet().forEach(key -> texts.put(key, bundle.getString(key)));
        return texts;
    }

    /** Whether the scripts exist in this language (else the interpreter must translate the English ones). */
    public static boolean available(String language) {
        return "en".equals(language) || PersonTexts.class.getResource("/i18n/person_" + language + ".properties") != null;
    }
}
