package org.waymark.referral;

import org.waymark.shared.OfficerLanguages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The fixed words of the packet PDF in one officer language: the message bundle {@code referral/labels_<language>.properties}. */
final class PacketLabels {

    static final Set<String> LANGUAGES = Set.copyOf(OfficerLanguages.ALL);
    private static final Map<String, PacketLabels> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String language;
    private final ResourceBundle words;

    private PacketLabels(String language, ResourceBundle words) {
        this.language = language;
        this.words = words;
    }

    static PacketLabels of(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("no packet labels in " + language);
        }
        return BY_LANGUAGE.computeIfAbsent(language, PacketLabels::load);
    }

    String language() {
        return language;
    }

    /** The word for {@code key}; a missing key is a bug the label tests catch, shown as the key itself. */
    String get(String key) {
        return words.containsKey(key) ? words.getString(key) : key;
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(get(key), Locale.forLanguageTag(language)).format(arguments);
    }

    Set<String> keys() {
        return words.keySet();
    }

    private static PacketLabels load(String language) {
        return new PacketLabels(language, ResourceBundle.getBundle("referral/labels", Locale.forLanguageTag(language), NO_FALLBACK));
    }
}
