package org.waymark.scoring;

import java.util.Locale;
import java.util.ResourceBundle;

/** The fixed words of the explanation in one officer language, from the i18n/explanation bundle; catalogue texts supply the rest. */
final class Words {

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;

    private Words(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static Words of(String language) {
        return new Words(ResourceBundle.getBundle("i18n/explanation", Locale.forLanguageTag(language), NO_FALLBACK));
    }

    /** A fixed word of the explanation; a missing one is a packaging error, so it fails loudly. */
    String word(String key) {
        return bundle.getString(key);
    }

    /** The words for an outcome, risk level, flag, route or rule id; an id without words prints as itself. */
    String label(String key) {
        String labelKey = "label." + key;
        return bundle.containsKey(labelKey) ? bundle.getString(labelKey) : key;
    }
}
