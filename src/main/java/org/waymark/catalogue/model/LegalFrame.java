package org.waymark.catalogue.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The legal provisions a referral's findings may relate to ({@code indicators-catalogue/legal-frame/}), when each
 * applies, and what is said about each in every officer language, with its source and whether a lawyer has verified it.
 */
public record LegalFrame(String jurisdiction, Set<String> freeMovement, List<Provision> provisions,
                         Map<String, Map<String, ProvisionText>> texts) {

    /** The nationality condition that holds for a recorded citizenship outside the jurisdiction and the free-movement countries. */
    public static final String THIRD_COUNTRY = "third-country";

    /** A provision and the alternatives under which it applies (any one suffices). */
    public record Provision(String id, List<Alternative> appliesWhen) {
    }

    /** Conditions that must all hold; an empty set is no condition. */
    public record Alternative(Set<String> outcomes, Set<String> exploitation, Set<String> wishes, Set<String> nationality) {

        boolean holds(Collection<String> outcomesFound, Collection<String> exploitationFound, Collection<String> wishesRecorded,
                      Collection<String> nationalityFound) {
            return meets(outcomes, outcomesFound) && meets(exploitation, exploitationFound) && meets(wishes, wishesRecorded)
                    && meets(nationality, nationalityFound);
        }

        private static boolean meets(Set<String> condition, Collection<String> found) {
            return condition.isEmpty() || found.stream().anyMatch(condition::contains);
        }
    }

    /** What the packet says about a provision in one language. */
    public record ProvisionText(String title, String summary, String source, String url, String status) {
    }

    /** The provisions that apply to these findings whatever the person's nationality, in the order of the catalogue file. */
    public List<Provision> applying(Collection<String> outcomes, Collection<String> exploitation, Collection<String> wishes) {
        return applying(outcomes, exploitation, wishes, null);
    }

    /**
     * The provisions that apply to these findings for a person of this citizenship (ISO 3166 code, null when not
     * recorded: then no provision that asks for a nationality applies), in the order of the catalogue file.
     */
    public List<Provision> applying(Collection<String> outcomes, Collection<String> exploitation, Collection<String> wishes,
                                    String citizenship) {
        boolean thirdCountry = citizenship != null && !citizenship.equals(jurisdiction) && !freeMovement.contains(citizenship);
        List<String> nationality = thirdCountry ? List.of(THIRD_COUNTRY) : List.of();
        return provisions.stream().filter(p -> p.appliesWhen().stream().anyMatch(a -> a.holds(outcomes, exploitation, wishes, nationality)))
                .toList();
    }

    public Optional<ProvisionText> text(String language, String id) {
        return Optional.ofNullable(texts.get(language)).map(t -> t.get(id));
    }
}
