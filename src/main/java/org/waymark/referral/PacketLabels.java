package org.waymark.referral;

import org.waymark.shared.OfficerLanguages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The fixed words of the packet PDF in one officer language ({@code referral/labels_<language>.properties}). */
final class PacketLabels {

    static final Set<String> LANGUAGES = Set.copyOf(OfficerLanguages.ALL);
    private static final Map<String, PacketLabels> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final String language;
    private final Properties words;

    private PacketLabels(String language, Properties words) {
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
        return words.getProperty(key, key);
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(get(key), Locale.forLanguageTag(language)).format(arguments);
    }

    Set<String> keys() {
        return words.stringPropertyNames();
    }

    private static PacketLabels load(String language) {
        Properties words = new Properties();
        try (InputStream in = PacketLabels.class.getResourceAsStream("/referral/labels_" + language + ".properties")) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PacketLabels(language, words);
    }
}
