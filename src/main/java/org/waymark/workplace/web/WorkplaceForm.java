package org.waymark.workplace.web;

import org.waymark.identity.web.Pages;
import org.waymark.screening.Sector;
import org.waymark.shared.InvalidInputException;
import org.waymark.workplace.WorkplaceFacts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The workplace-facts form of the officer's page: its fields read into {@link WorkplaceFacts} (a number or a choice
 * that cannot be read is an error on its field), and the values the form shows, from the recorded facts or from what a
 * refused form sent. Checkboxes show as {@code wishes.<WISH>} and {@code unknown.<FACT>} set to {@code "true"}.
 */
final class WorkplaceForm {

    /** The facts named by the API's refusals, and the id of the input each is shown at. */
    static final Map<String, String> FIELD_IDS = Map.ofEntries(Map.entry("employer.name", "employer-name"),
            Map.entry("employer.address", "employer-address"), Map.entry("employer.registryNumber", "employer-registry"),
            Map.entry("employer.privateHome", "employer-private-home"), Map.entry("workplaces", "workplaces"),
            Map.entry("agency.name", "agency-name"), Map.entry("agency.country", "agency-country"),
            Map.entry("agency.registryNumber", "agency-registry"), Map.entry("intermediary", "intermediary"), Map.entry("sector", "sector"),
            Map.entry("othersAffected", "others-affected"), Map.entry("minorsAmongOthers", "minors-among-others"),
            Map.entry("immediateDanger", "immediate-danger"), Map.entry("wishes", "wishes"), Map.entry("otherWish", "other-wish"),
            Map.entry("unknown.EMPLOYER", "unknown-EMPLOYER"), Map.entry("unknown.WORKPLACES", "unknown-WORKPLACES"),
            Map.entry("unknown.AGENCY", "unknown-AGENCY"), Map.entry("unknown.INTERMEDIARY", "unknown-INTERMEDIARY"),
            Map.entry("unknown.OTHERS_AFFECTED", "unknown-OTHERS_AFFECTED"), Map.entry("unknown.WISHES", "unknown-WISHES"));

    private static final String[] TEXT_FIELDS = {"employerName", "employerAddress", "employerRegistry", "employerPrivateHome", "workplaces",
            "agencyName", "agencyCountry", "agencyRegistry", "intermediary", "sector", "othersAffected", "minorsAmongOthers",
            "immediateDanger", "otherWish"};

    private WorkplaceForm() {
    }

    /** The facts the form sent (a field that cannot be read left out), and the fields that could not be read, by the API's names. */
    record Read(WorkplaceFacts facts, List<InvalidInputException.Violation> unreadable) {
    }

    static Read facts(Map<String, Object> form) {
        List<InvalidInputException.Violation> violations = new ArrayList<>();
        WorkplaceFacts.Known privateHome = known(violations, form, "employerPrivateHome", "employer.privateHome");
        String name = Pages.first(form, "employerName");
        String address = Pages.first(form, "employerAddress");
        String registry = Pages.first(form, "employerRegistry");
        WorkplaceFacts.Employer employer = name == null && address == null && registry == null && privateHome == null ? null
                : new WorkplaceFacts.Employer(name, address, registry, privateHome);
        String agencyName = Pages.first(form, "agencyName");
        String agencyCountry = Pages.first(form, "agencyCountry");
        String agencyRegistry = Pages.first(form, "agencyRegistry");
        WorkplaceFacts.Agency agency = agencyName == null && agencyCountry == null && agencyRegistry == null ? null
                : new WorkplaceFacts.Agency(agencyName, agencyCountry, agencyRegistry);
        String workplacesText = Pages.first(form, "workplaces");
        List<String> workplaces = workplacesText == null ? null
                : Arrays.stream(workplacesText.split("\\R")).filter(line -> !line.isBlank()).toList();
        Integer others = null;
        String othersText = Pages.first(form, "othersAffected");
        if (othersText != null) {
            try {
                others = Integer.valueOf(othersText.strip());
            } catch (NumberFormatException e) {
                violations.add(new InvalidInputException.Violation("othersAffected", "must be a whole number"));
            }
        }
        Sector sector = choice(violations, form, "sector", "sector", Sector.class);
        WorkplaceFacts.Known minors = known(violations, form, "minorsAmongOthers", "minorsAmongOthers");
        WorkplaceFacts.Known danger = known(violations, form, "immediateDanger", "immediateDanger");
        List<WorkplaceFacts.Wish> wishes = all(violations, form, "wishes", WorkplaceFacts.Wish.class);
        List<WorkplaceFacts.Fact> unknown = all(violations, form, "unknown", WorkplaceFacts.Fact.class);
        return new Read(new WorkplaceFacts(employer, workplaces, agency, Pages.first(form, "intermediary"), sector, others, minors, danger,
                wishes, Pages.first(form, "otherWish"), unknown), violations);
    }

    /** What a refused form sent, to show again. */
    static Map<String, String> values(Map<String, Object> form) {
        Map<String, String> values = new HashMap<>();
        for (String field : TEXT_FIELDS) {
            String value = Pages.first(form, field);
            if (value != null) {
                values.put(field, value);
            }
        }
        Pages.all(form, "wishes").forEach(w -> values.put("wishes." + w, "true"));
        Pages.all(form, "unknown").forEach(f -> values.put("unknown." + f, "true"));
        return values;
    }

    /** The recorded facts as the form shows them. */
    static Map<String, String> values(WorkplaceFacts facts) {
        Map<String, String> values = new HashMap<>();
        if (facts.employer() != null) {
            put(values, "employerName", facts.employer().name());
            put(values, "employerAddress", facts.employer().address());
            put(values, "employerRegistry", facts.employer().registryNumber());
            put(values, "employerPrivateHome", facts.employer().privateHome());
        }
        if (!facts.workplacesOrEmpty().isEmpty()) {
            values.put("workplaces", String.join("\n", facts.workplacesOrEmpty()));
        }
        if (facts.agency() != null) {
            put(values, "agencyName", facts.agency().name());
            put(values, "agencyCountry", facts.agency().country());
            put(values, "agencyRegistry", facts.agency().registryNumber());
        }
        put(values, "intermediary", facts.intermediary());
        put(values, "sector", facts.sector());
        put(values, "othersAffected", facts.othersAffected());
        put(values, "minorsAmongOthers", facts.minorsAmongOthers());
        put(values, "immediateDanger", facts.immediateDanger());
        put(values, "otherWish", facts.otherWish());
        facts.wishesOrEmpty().forEach(w -> values.put("wishes." + w.name(), "true"));
        facts.unknownOrEmpty().forEach(f -> values.put("unknown." + f.name(), "true"));
        return values;
    }

    /**
     * The API's refusal with each field as the page names it: every workplace address line is the one workplaces box,
     * and a fact marked unknown and also given is the "unknown" box of that fact.
     */
    static InvalidInputException onThePage(InvalidInputException refusal) {
        return new InvalidInputException(refusal.violations().stream().map(v -> {
            String field = v.field().replaceAll("\\[\\d+]$", "");
            if (field.equals("unknown")) {
                field = Arrays.stream(WorkplaceFacts.Fact.values()).map(Enum::name).filter(f -> v.reason().startsWith(f + " "))
                        .findFirst().map(f -> "unknown." + f).orElse(field);
            }
            return new InvalidInputException.Violation(field, v.reason());
        }).toList());
    }

    private static void put(Map<String, String> values, String field, Object value) {
        if (value != null) {
            values.put(field, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }

    private static WorkplaceFacts.Known known(List<InvalidInputException.Violation> violations, Map<String, Object> form, String name,
                                              String field) {
        return choice(violations, form, name, field, WorkplaceFacts.Known.class);
    }

    private static <E extends Enum<E>> E choice(List<InvalidInputException.Violation> violations, Map<String, Object> form, String name,
                                                String field, Class<E> type) {
        String value = Pages.first(form, name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            violations.add(new InvalidInputException.Violation(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static <E extends Enum<E>> List<E> all(List<InvalidInputException.Violation> violations, Map<String, Object> form, String field,
                                                   Class<E> type) {
        List<E> chosen = new ArrayList<>();
        for (String value : Pages.all(form, field)) {
            try {
                chosen.add(Enum.valueOf(type, value));
            } catch (IllegalArgumentException e) {
                violations.add(new InvalidInputException.Violation(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
                return List.of();
            }
        }
        return chosen;
    }
}
