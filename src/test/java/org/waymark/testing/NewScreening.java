package org.waymark.testing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * The body of a start-screening request, built the way a test reads: {@code NewScreening.adultLabour().checklist("triage")}.
 * Defaults: an adult labour screening on catalogue 1.0.0 at an airport, in Ukrainian, of a Ukrainian woman aged 25–34;
 * a real screening, not a training one.
 */
@Serdeable
public record NewScreening(String id, String catalogue, String catalogueVersion, String checklist, String intervieweeLanguage,
                           boolean interpreterPresent, String placeType, String exploitation, String ageBand, String sex,
                           String nationality, Person person, boolean training) {

    /** The person's identifying data; only the name is required. */
    @Serdeable
    public record Person(String nameOrAlias, @Nullable String documentType, @Nullable String documentNumber) {
    }

    /** An adult labour triage screening of {@code name} with a fresh id (the mechanics tests answer 1.0.0's question ids). */
    public static NewScreening adultLabour(String name) {
        return new NewScreening(UUID.randomUUID().toString(), "waymark-indicators", "1.0.0", "triage", "uk", false, "AIRPORT",
                "LABOUR", "AGE_25_34", "FEMALE", "UA", new Person(name, null, null), false);
    }

    public NewScreening id(UUID newId) {
        return new NewScreening(newId.toString(), catalogue, catalogueVersion, checklist, intervieweeLanguage, interpreterPresent,
                placeType, exploitation, ageBand, sex, nationality, person, training);
    }

    public NewScreening checklist(String newChecklist) {
        return new NewScreening(id, catalogue, catalogueVersion, newChecklist, intervieweeLanguage, interpreterPresent,
                placeType, exploitation, ageBand, sex, nationality, person, training);
    }

    public NewScreening ageBand(String newAgeBand) {
        return new NewScreening(id, catalogue, catalogueVersion, checklist, intervieweeLanguage, interpreterPresent,
                placeType, exploitation, newAgeBand, sex, nationality, person, training);
    }

    public NewScreening nationality(String newNationality) {
        return new NewScreening(id, catalogue, catalogueVersion, checklist, intervieweeLanguage, interpreterPresent,
                placeType, exploitation, ageBand, sex, newNationality, person, training);
    }

    public NewScreening sex(String newSex) {
        return new NewScreening(id, catalogue, catalogueVersion, checklist, intervieweeLanguage, interpreterPresent,
                placeType, exploitation, ageBand, newSex, nationality, person, training);
    }

    /** The person with an identity document. */
    public NewScreening document(String type, String number) {
        return new NewScreening(id, catalogue, catalogueVersion, checklist, intervieweeLanguage, interpreterPresent,
                placeType, exploitation, ageBand, sex, nationality, new Person(person.nameOrAlias(), type, number), training);
    }

    public NewScreening catalogueVersion(String newCatalogueVersion) {
        return new NewScreening(id, catalogue, newCatalogueVersion, checklist, intervieweeLanguage, interpreterPresent,
                placeType, exploitation, ageBand, sex, nationality, person, training);
    }

    public NewScreening intervieweeLanguage(String newIntervieweeLanguage) {
        return new NewScreening(id, catalogue, catalogueVersion, checklist, newIntervieweeLanguage, interpreterPresent,
                placeType, exploitation, ageBand, sex, nationality, person, training);
    }

    public NewScreening placeType(String newPlaceType) {
        return new NewScreening(id, catalogue, catalogueVersion, checklist, intervieweeLanguage, interpreterPresent,
                newPlaceType, exploitation, ageBand, sex, nationality, person, training);
    }

    /** A training (practice) screening: marked on every page, never counted, never referred to a real partner. */
    public NewScreening training(boolean newTraining) {
        return new NewScreening(id, catalogue, catalogueVersion, checklist, intervieweeLanguage, interpreterPresent,
                placeType, exploitation, ageBand, sex, nationality, person, newTraining);
    }
}
