package org.waymark.shared;

import java.util.List;

/**
 * The languages an officer, a trainer or a partner's staff read Waymark in: the interface, the explanation, the course, the
 * packet's labels and the partner directory are written in each of them. Any other request falls back to English.
 */
public final class OfficerLanguages {

    /** English first: the fallback. */
    public static final List<String> ALL = List.of("en", "pl");

    private OfficerLanguages() {
    }

    /** The officer language for a requested one: itself when Waymark is written in it, otherwise English. */
    public static String of(String requested) {
        return requested != null && ALL.contains(requested) ? requested : ALL.get(0);
    }
}
