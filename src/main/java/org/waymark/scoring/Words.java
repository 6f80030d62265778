package org.waymark.scoring;

import java.util.Locale;
import java.util.ResourceBundle;

/** The fixed words of the explanation in one officer language, from the i18n/explanation bundle; catalogue texts supply the rest. */
final class Words {

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final String language;

    private Words(ResourceBundle bundle, String language) {
        this.bundle = bundle;
        this.language = language;
    }

    static Words of(String language) {
        return new Words(ResourceBundle.getBundle("i18n/explanation", Locale.forLanguageTag(language), NO_FALLBACK), language);
    }

    /**
     * The word for a count in its plural form ({@code key.one}, {@code key.few} or {@code key.many}): Polish has
     * one (1), few (2–4, 22–24, … but not 12–14) and many (0, 5–21, 25–31, …); English has one and many.
     */
    String counted(String key, int count) {
        return bundle.getString(key + "." + pluralForm(language, count));
    }

    static String pluralForm(String language, int count) {
        if (count == 1) {
            return "one";
        }
        boolean few = count % 10 >= 2 && count % 10 <= 4 && (count % 100 < 12 || count % 100 > 14);
        return "pl".equals(language) && few ? "few" : "many";
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
