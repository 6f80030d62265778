package org.waymark.workplace.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import org.waymark.identity.web.FormRecords;
import org.waymark.identity.web.Pages;
import org.waymark.screening.Sector;
import org.waymark.shared.InvalidInputException;
import org.waymark.workplace.WorkplaceFacts;

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

    /** The form's fields, each read as its type (a list from the ticked boxes). */
    @Introspected
    record Fields(@Nullable String employerName, @Nullable String employerAddress, @Nullable String employerRegistry,
                  @Nullable WorkplaceFacts.Known employerPrivateHome, @Nullable String workplaces, @Nullable String agencyName,
                  @Nullable String agencyCountry, @Nullable String agencyRegistry, @Nullable String intermediary, @Nullable Sector sector,
                  @Nullable Integer othersAffected, @Nullable WorkplaceFacts.Known minorsAmongOthers,
                  @Nullable WorkplaceFacts.Known immediateDanger, @Nullable List<WorkplaceFacts.Wish> wishes, @Nullable String otherWish,
                  @Nullable List<WorkplaceFacts.Fact> unknown) {
    }

    static Read facts(Map<String, Object> form) {
        FormRecords.Read<Fields> read = FormRecords.read(form, Fields.class);
        Fields f = read.record();
        WorkplaceFacts.Employer employer = f.employerName() == null && f.employerAddress() == null && f.employerRegistry() == null
                && f.employerPrivateHome() == null ? null
                : new WorkplaceFacts.Employer(f.employerName(), f.employerAddress(), f.employerRegistry(), f.employerPrivateHome());
        WorkplaceFacts.Agency agency = f.agencyName() == null && f.agencyCountry() == null && f.agencyRegistry() == null ? null
                : new WorkplaceFacts.Agency(f.agencyName(), f.agencyCountry(), f.agencyRegistry());
        List<String> workplaces = f.workplaces() == null ? null
                : Arrays.stream(f.workplaces().split("\\R")).filter(line -> !line.isBlank()).toList();
        List<InvalidInputException.Violation> unreadable = read.unreadable().stream().map(v -> "employerPrivateHome".equals(v.field())
                ? new InvalidInputException.Violation("employer.privateHome", v.reason()) : v).toList();
        return new Read(new WorkplaceFacts(employer, workplaces, agency, f.intermediary(), f.sector(), f.othersAffected(),
                f.minorsAmongOthers(), f.immediateDanger(), f.wishes(), f.otherWish(), f.unknown()), unreadable);
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
}
