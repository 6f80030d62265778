package org.waymark.workplace;

import org.waymark.shared.InvalidInputException;
import org.waymark.shared.InvalidInputException.Violation;
import org.waymark.shared.TypedText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/** Refuses workplace facts that cannot be right, naming each field and why (never the value). */
final class WorkplaceFactsCheck {

    static final int MAX_WORKPLACES = 5;
    static final int MAX_OTHERS = 100_000;
    private static final Pattern TYPED = Pattern.compile(TypedText.PATTERN);
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern REGISTRY = Pattern.compile("[\\p{L}\\p{N} ./-]{1,40}");

    private WorkplaceFactsCheck() {
    }

    /** The facts, stripped of surrounding blanks (blank becomes absent); refused with every violation at once. */
    static WorkplaceFacts checked(WorkplaceFacts in) {
        List<Violation> violations = new ArrayList<>();
        WorkplaceFacts.Employer employer = in.employer() == null ? null : new WorkplaceFacts.Employer(
                text(violations, "employer.name", in.employer().name(), 200), text(violations, "employer.address", in.employer().address(), 300),
                registry(violations, "employer.registryNumber", in.employer().registryNumber()), in.employer().privateHome());
        WorkplaceFacts.Agency agency = in.agency() == null ? null : new WorkplaceFacts.Agency(
                text(violations, "agency.name", in.agency().name(), 200), country(violations, in.agency().country()),
                registry(violations, "agency.registryNumber", in.agency().registryNumber()));
        List<String> workplaces = workplaces(violations, in.workplacesOrEmpty());
        String intermediary = text(violations, "intermediary", in.intermediary(), 200);
        String otherWish = text(violations, "otherWish", in.otherWish(), 500);
        if (in.othersAffected() != null && (in.othersAffected() < 0 || in.othersAffected() > MAX_OTHERS)) {
            violations.add(new Violation("othersAffected", "must be between 0 and " + MAX_OTHERS));
        }
        if (otherWish != null && !in.wishesOrEmpty().contains(WorkplaceFacts.Wish.OTHER)) {
            violations.add(new Violation("otherWish", "is only recorded with the wish OTHER"));
        }
        if (new HashSet<>(in.wishesOrEmpty()).size() != in.wishesOrEmpty().size()) {
            violations.add(new Violation("wishes", "must not repeat a wish"));
        }
        WorkplaceFacts out = new WorkplaceFacts(employer, workplaces.isEmpty() ? null : workplaces, agency, intermediary, in.sector(),
                in.othersAffected(), in.minorsAmongOthers(), in.immediateDanger(), in.wishes() == null || in.wishes().isEmpty() ? null : in.wishes(),
                otherWish, in.unknown() == null || in.unknown().isEmpty() ? null : List.copyOf(new java.util.LinkedHashSet<>(in.unknown())));
        contradictions(violations, out);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return out;
    }

    /** A fact marked unknown must not also be given. */
    private static void contradictions(List<Violation> violations, WorkplaceFacts f) {
        for (WorkplaceFacts.Fact fact : f.unknownOrEmpty()) {
            boolean given = switch (fact) {
                case EMPLOYER -> f.employer() != null && (f.employer().name() != null || f.employer().address() != null
                        || f.employer().registryNumber() != null);
                case WORKPLACES -> !f.workplacesOrEmpty().isEmpty();
                case AGENCY -> f.agency() != null && (f.agency().name() != null || f.agency().registryNumber() != null);
                case INTERMEDIARY -> f.intermediary() != null;
                case SECTOR -> f.sector() != null;
                case OTHERS_AFFECTED -> f.othersAffected() != null;
                case WISHES -> !f.wishesOrEmpty().isEmpty();
            };
            if (given) {
                violations.add(new Violation("unknown", fact + " is marked unknown and also given"));
            }
        }
    }

    private static List<String> workplaces(List<Violation> violations, List<String> given) {
        if (given.size() > MAX_WORKPLACES) {
            violations.add(new Violation("workplaces", "must list at most " + MAX_WORKPLACES + " addresses"));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String address = text(violations, "workplaces[" + i + "]", given.get(i), 300);
            if (address != null) {
                out.add(address);
            }
        }
        return out;
    }

    private static String text(List<Violation> violations, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            violations.add(new Violation(field, "must be at most " + max + " characters"));
        } else if (!TYPED.matcher(stripped).matches()) {
            violations.add(new Violation(field, TypedText.MESSAGE));
        }
        return stripped;
    }

    private static String registry(List<Violation> violations, String field, String value) {
        String stripped = value == null || value.isBlank() ? null : value.strip();
        if (stripped != null && !REGISTRY.matcher(stripped).matches()) {
            violations.add(new Violation(field, "must be a register number: letters, digits, spaces, '.', '/' or '-', at most 40"));
        }
        return stripped;
    }

    private static String country(List<Violation> violations, String value) {
        String stripped = value == null || value.isBlank() ? null : value.strip().toUpperCase(java.util.Locale.ROOT);
        if (stripped != null && !COUNTRY.matcher(stripped).matches()) {
            violations.add(new Violation("agency.country", "must be a two-letter country code (ISO 3166-1 alpha-2)"));
        }
        return stripped;
    }
}
