package org.waymark.catalogue.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who an officer can put a person in touch with in one country, read from {@code indicators-catalogue/directory/}:
 * the partners (each with its contact, hours, languages served, voivodeships and whether its details are verified),
 * the texts of the card the person takes away, and the next steps the officer takes by the screening's outcome.
 */
public record PartnerDirectory(String country, List<String> voivodeships, Map<String, CardTexts> card, List<Entry> partners,
                               NextSteps nextSteps) {

    /** The status of an entry nobody has checked yet against its source. */
    public static final String TO_BE_VERIFIED = "to-be-verified";

    public PartnerDirectory {
        voivodeships = List.copyOf(voivodeships);
        card = Map.copyOf(card);
        partners = List.copyOf(partners);
    }

    /** A partner: {@code kind} is a referral route; no {@code regions} means it serves the whole country. */
    public record Entry(String id, String kind, Map<String, String> name, List<String> regions, Optional<String> phone,
                        Optional<String> email, Optional<String> website, Map<String, String> hours, List<String> languages,
                        String status, String source) {

        public Entry {
            name = Map.copyOf(name);
            regions = List.copyOf(regions);
            hours = Map.copyOf(hours);
            languages = List.copyOf(languages);
        }

        public boolean nationwide() {
            return regions.isEmpty();
        }

        public boolean verified() {
            return !TO_BE_VERIFIED.equals(status);
        }

        /** The name in {@code language}, else in English. */
        public String nameIn(String language) {
            return name.getOrDefault(language, name.get("en"));
        }

        /**
         * The languages served, each named in itself ("Українська", "Polski") — the bare code "UK" reads as a country
         * to a person or an inspector; a code the JDK cannot name stays as the code.
         */
        public List<String> languageNames() {
            return languages.stream().map(code -> {
                Locale locale = Locale.forLanguageTag(code);
                String name = locale.getDisplayLanguage(locale);
                return name.isEmpty() || name.equals(code) ? code.toUpperCase(Locale.ROOT)
                        : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
            }).toList();
        }

        /** The hours in {@code language}, else in English. */
        public String hoursIn(String language) {
            return hours.getOrDefault(language, hours.get("en"));
        }
    }

    /** The card's headings and labels in one language. */
    public record CardTexts(String title, String intro, String phone, String email, String website, String hours, String languages,
                            String emergency, String unverified) {
    }

    /** The officer's next steps, each for the outcomes (risk levels) it applies to, with the procedure they come from. */
    public record NextSteps(String sourceTitle, String sourceUrl, String status, List<Step> steps) {

        public NextSteps {
            steps = List.copyOf(steps);
        }

        /** The steps for a screening with this outcome, in the order of the file. */
        public List<Step> forOutcome(String outcome) {
            return steps.stream().filter(step -> step.outcomes().contains(outcome)).toList();
        }
    }

    /** One step and its wording by officer language. */
    public record Step(String id, List<String> outcomes, Map<String, String> text) {

        public Step {
            outcomes = List.copyOf(outcomes);
            text = Map.copyOf(text);
        }

        public String textIn(String language) {
            return text.getOrDefault(language, text.get("en"));
        }
    }

    /** The partners serving the whole country and those serving {@code voivodeship} (null: only the nationwide ones). */
    public List<Entry> forVoivodeship(String voivodeship) {
        return partners.stream().filter(p -> p.nationwide() || voivodeship != null && p.regions().contains(voivodeship)).toList();
    }

    /** The card's texts in {@code language}, else in English. */
    public CardTexts cardIn(String language) {
        return card.getOrDefault(language, card.get("en"));
    }
}
