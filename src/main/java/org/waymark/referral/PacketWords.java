package org.waymark.referral;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The packet PDF's words ({@code referral/labels_<language>.properties}) as one JSON object, for the partner's referral
 * page: the browser opens the packet there and shows its codes (UNPAID_WAGES, AGE_25_34...) in the same words as the
 * PDF, in the page's language, without a second copy of them in the script.
 */
public final class PacketWords {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> BY_LANGUAGE = new ConcurrentHashMap<>();

    private PacketWords() {
    }

    /** The words of {@code language} (one of the officer languages) as a JSON object from label key to word. */
    public static String json(String language) {
        return BY_LANGUAGE.computeIfAbsent(language, PacketWords::write);
    }

    private static String write(String language) {
        PacketLabels labels = PacketLabels.of(language);
        Map<String, String> words = new TreeMap<>();
        labels.keys().forEach(key -> words.put(key, labels.get(key)));
        try {
            return JSON.writeValueAsString(words);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
