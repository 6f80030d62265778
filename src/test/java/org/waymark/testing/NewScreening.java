package org.waymark.testing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The body of a start-screening request, built the way a test reads: {@code NewScreening.adultLabour().checklist("triage")}.
 * Defaults: an adult labour screening on catalogue 1.0.0 at an airport, in Ukrainian, of a Ukrainian woman aged 25–34.
 */
@Serdeable
public record NewScreening(String id, String catalogue, String catalogueVersion, String checklist, String intervieweeLanguage,
                           boolean interpreterPresent, String placeType, String exploitation, String ageBand, String sex,
                           String nationality, Person person, @Nullable Boolean possiblyMinor,
                           @Nullable String sector) {

    /** The person's identifying data; only the name is required. */
    @Serdeable
    public record Person(String nameOrAlias, @Nullable String documentType, @Nullable String documentNumber,
                         @Nullable LocalDate dateOfBirth) {
    }

    /** An adult labour triage screening of {@code name} with a fresh id (the mechanics tests answer 1.0.0's question ids). */
    public static NewScreening adultLabour(String name) {
        return new NewScreening(UUID.randomUUID().toString(), "waymark-indicators", "1.0.0", "triage", "uk", false, "AIRPORT",
                "LABOUR", "AGE_25_34", "FEMALE", "UA", new Person(name, null, null, null), null, null);
    }

    public NewScreening id(UUID newId) {
        return new NewScreening(newId.toString(), catalogue, catalogueVersion, checklist, intervieweeLanguage, interpreterPresent,
                placeType, exploitation, ageBand, sex, nationality, person, possiblyMinor, sector);
    }

    public NewScreening checklist(String newChecklist) {
        return new NewScreening(id, catalogue, catalogueVersion, newChecklist, intervieweeLanguage, interpreterPresent,
                placeType, exploitation, ageBand, sex, nationality, person, possiblyMinor, sector);
    }

    public NewScreening ageBand(String newAgeBand) {
        return new NewScreening(id, catalogue, catalogueVersion, checklist, intervieweeLanguage, interpreterPresent,
                placeType, exploitation, newAgeBand, sex, nationality, person, possiblyMinor, sector);
    }

    public NewScreening nationality(String newNationality) {
        return new NewScreening(id, catalogue, catalogueVersion, checklist, intervieweeLanguage, interpreterPresent,
                placeType, exploitation, ageBand, sex, newNationality, person, possiblyMinor, sector);
    }

    public NewScreening sex(String newSex) {
        return new NewScreening(id, catalogue, catalogueVersion, checklist, intervieweeLanguage, interpreterPresent,
                placeType, exploitation, ageBand, newSex, nationality, person, possiblyMinor, sector);
    }

    /** The person with an identity document. */
    public NewScreening document(String type, String number) {
        return new NewScreening(id, catalogue, catalogueVersion, checklist, intervieweeLanguage, interpreterPresent,
                placeType, exploitation, ageBand, sex, nationality, new Person(person.nameOrAlias(), type, number, person.dateOfBirth()),
                possiblyMinor, sector);
    }

    public NewScreening catalogueVersion(String newCatalogueVersion) {
        return new NewScreening(id, catalogue, newCatalogueVersion, checklist, intervieweeLanguage, interpreterPresent,
                placeType, exploitation, ageBand, sex, nationality, person, possiblyMinor, sector);
    }

    public NewScreening intervieweeLanguage(String newIntervieweeLanguage) {
        return new NewScreening(id, catalogue, catalogueVersion, checklist, newIntervieweeLanguage, interpreterPresent,
                placeType, exploitation, ageBand, sex, nationality, person, possiblyMinor, sector);
    }

    public NewScreening interpreterPresent(boolean newInterpreterPresent) {
        return new NewScreening(id, catalogue, catalogueVersion, checklist, intervieweeLanguage, newInterpreterPresent,
                placeType, exploitation, ageBand, sex, nationality, person, possiblyMinor, sector);
    }

    public NewScreening placeType(String newPlaceType) {
        return new NewScreening(id, catalogue, catalogueVersion, checklist, intervieweeLanguage, interpreterPresent,
                newPlaceType, exploitation, ageBand, sex, nationality, person, possiblyMinor, sector);
    }

    /** The officer saw signs that the person may be under 18 (meant with the age band UNKNOWN). */
    public NewScreening possiblyMinor(boolean newPossiblyMinor) {
        return new NewScreening(id, catalogue, catalogueVersion, checklist, intervieweeLanguage, interpreterPresent,
                placeType, exploitation, ageBand, sex, nationality, person, newPossiblyMinor, sector);
    }

    /** The person with a date of birth. */
    public NewScreening dateOfBirth(LocalDate born) {
        return new NewScreening(id, catalogue, catalogueVersion, checklist, intervieweeLanguage, interpreterPresent,
                placeType, exploitation, ageBand, sex, nationality,
                new Person(person.nameOrAlias(), person.documentType(), person.documentNumber(), born), possiblyMinor, sector);
    }

    public NewScreening exploitation(String newExploitation) {
        return new NewScreening(id, catalogue, catalogueVersion, checklist, intervieweeLanguage, interpreterPresent,
                placeType, newExploitation, ageBand, sex, nationality, person, possiblyMinor, sector);
    }

    /** The sector the person works in (the full interview asks about it; it never changes the score). */
    public NewScreening sector(String newSector) {
        return new NewScreening(id, catalogue, catalogueVersion, checklist, intervieweeLanguage, interpreterPresent,
                placeType, exploitation, ageBand, sex, nationality, person, possiblyMinor, newSector);
    }

    /** These details as a change of the start details at {@code expectedVersion} (the catalogue and the id stay as started). */
    public StartDetails startDetails(@Nullable Long expectedVersion) {
        return new StartDetails(expectedVersion, checklist, intervieweeLanguage, interpreterPresent, placeType, exploitation, ageBand, sex,
                nationality, person, possiblyMinor, sector);
    }
}
