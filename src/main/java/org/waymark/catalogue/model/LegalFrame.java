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
public record LegalFrame(String jurisdiction, List<Provision> provisions, Map<String, Map<String, ProvisionText>> texts) {

    /** A provision and the alternatives under which it applies (any one suffices). */
    public record Provision(String id, List<Alternative> appliesWhen) {
    }

    /** Conditions that must all hold; an empty set is no condition. */
    public record Alternative(Set<String> outcomes, Set<String> exploitation, Set<String> wishes) {

        boolean holds(Collection<String> outcomesFound, Collection<String> exploitationFound, Collection<String> wishesRecorded) {
            return meets(outcomes, outcomesFound) && meets(exploitation, exploitationFound) && meets(wishes, wishesRecorded);
        }

        private static boolean meets(Set<String> condition, Collection<String> found) {
            return condition.isEmpty() || found.stream().anyMatch(condition::contains);
        }
    }

    /** What the packet says about a provision in one language. */
    public record ProvisionText(String title, String summary, String source, String url, String status) {
    }

    /** The provisions that apply to these findings, in the order of the catalogue file. */
    public List<Provision> applying(Collection<String> outcomes, Collection<String> exploitation, Collection<String> wishes) {
        return provisions.stream().filter(p -> p.appliesWhen().stream().anyMatch(a -> a.holds(outcomes, exploitation, wishes))).toList();
    }

    public Optional<ProvisionText> text(String language, String id) {
        return Optional.ofNullable(texts.get(language)).map(t -> t.get(id));
    }
}
