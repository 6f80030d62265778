package org.waymark.workplace;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.waymark.screening.Sector;

import java.util.List;

/**
 * The workplace facts of one screening, each optional: a field left out was not recorded; a fact the officer asked
 * about and nobody knew is named in {@code unknown} (or answered {@link Known#UNKNOWN}). Sealed at rest; never logged.
 */
@Serdeable
public record WorkplaceFacts(@Nullable Employer employer, @Nullable List<String> workplaces, @Nullable Agency agency,
                             @Nullable String intermediary, @Nullable Sector sector, @Nullable Integer othersAffected,
                             @Nullable Known minorsAmongOthers, @Nullable Known immediateDanger, @Nullable List<Wish> wishes,
                             @Nullable String otherWish, @Nullable List<Fact> unknown) {

    /** Yes, no, or asked and not known. */
    public enum Known { YES, NO, UNKNOWN }

    /** What the person wants done. */
    public enum Wish { UNPAID_WAGES, TO_LEAVE, TO_KEEP_JOB, OTHER }

    /** The facts that can be marked unknown as a whole. */
    public enum Fact { EMPLOYER, WORKPLACES, AGENCY, INTERMEDIARY, SECTOR, OTHERS_AFFECTED, WISHES }

    /** Who employs the person; {@code privateHome}: the employer's address is a private household. */
    @Serdeable
    public record Employer(@Nullable String name, @Nullable String address, @Nullable String registryNumber, @Nullable Known privateHome) {
        @Override
        public String toString() {
            return "Employer[REDACTED]";
        }
    }

    /** The employment agency that recruited the person; in Poland its KRAZ register number. */
    @Serdeable
    public record Agency(@Nullable String name, @Nullable String country, @Nullable String registryNumber) {
        @Override
        public String toString() {
            return "Agency[REDACTED]";
        }
    }

    public static WorkplaceFacts none() {
        return new WorkplaceFacts(null, null, null, null, null, null, null, null, null, null, null);
    }

    public List<String> workplacesOrEmpty() {
        return workplaces == null ? List.of() : workplaces;
    }

    public List<Wish> wishesOrEmpty() {
        return wishes == null ? List.of() : wishes;
    }

    public List<Fact> unknownOrEmpty() {
        return unknown == null ? List.of() : unknown;
    }

    /** The first fact holding typed text (a name, an address, a number, words), or null when only choices were made. */
    @Nullable
    public String firstTyped() {
        if (employer != null && (employer.name() != null || employer.address() != null || employer.registryNumber() != null)) {
            return "employer";
        }
        if (!workplacesOrEmpty().isEmpty()) {
            return "workplaces";
        }
        if (agency != null && (agency.name() != null || agency.registryNumber() != null)) {
            return "agency";
        }
        return intermediary != null ? "intermediary" : otherWish != null ? "otherWish" : null;
    }

    public boolean isUnknown(Fact fact) {
        return unknownOrEmpty().contains(fact);
    }

    @Override
    public String toString() {
        return "WorkplaceFacts[REDACTED]";
    }
}
