package org.waymark.testing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The body of a start-screening request, built the way a test reads: {@code NewScreening.adultLabour(name).checklist("full")}.
 * Defaults: an adult labour triage screening on catalogue 1.0.0 at an airport, in Ukrainian, of a Ukrainian woman aged
 * 25–34, no interpreter, not a training screening. Each wither is named as the field it sets.
 */
@Serdeable
public record NewScreening(String id, String catalogue, String catalogueVersion, String checklist, String intervieweeLanguage,
                           boolean interpreterPresent, String placeType, String exploitation, String ageBand, String sex,
                           @Nullable String nationality, Person person, @Nullable Boolean possiblyMinor, @Nullable String sector,
                           boolean training) {

    /** The person's identifying data; only the name is required. */
    @Serdeable
    public record Person(String nameOrAlias, @Nullable String documentType, @Nullable String documentNumber,
                         @Nullable LocalDate dateOfBirth) {
    }

    /** An adult labour triage screening of {@code name} with a fresh id (the mechanics tests answer 1.0.0's question ids). */
    public static NewScreening adultLabour(String name) {
        return new NewScreening(UUID.randomUUID().toString(), "waymark-indicators", "1.0.0", "triage", "uk", false, "AIRPORT",
                "LABOUR", "AGE_25_34", "FEMALE", "UA", new Person(name, null, null, null), null, null, false);
    }

    public NewScreening id(UUID value) {
        return with(d -> d.id = value.toString());
    }

    public NewScreening catalogueVersion(String value) {
        return with(d -> d.catalogueVersion = value);
    }

    public NewScreening checklist(String value) {
        return with(d -> d.checklist = value);
    }

    public NewScreening intervieweeLanguage(String value) {
        return with(d -> d.intervieweeLanguage = value);
    }

    public NewScreening interpreterPresent(boolean value) {
        return with(d -> d.interpreterPresent = value);
    }

    public NewScreening placeType(String value) {
        return with(d -> d.placeType = value);
    }

    public NewScreening exploitation(String value) {
        return with(d -> d.exploitation = value);
    }

    public NewScreening ageBand(String value) {
        return with(d -> d.ageBand = value);
    }

    public NewScreening sex(String value) {
        return with(d -> d.sex = value);
    }

    public NewScreening nationality(String value) {
        return with(d -> d.nationality = value);
    }

    /** The officer saw signs that the person may be under 18 (meant with the age band UNKNOWN). */
    public NewScreening possiblyMinor(boolean value) {
        return with(d -> d.possiblyMinor = value);
    }

    /** The sector the person works in (a {@code Sector} name; it never changes the score). */
    public NewScreening sector(String value) {
        return with(d -> d.sector = value);
    }

    /** A training screening (never referred to a real partner, never counted). */
    public NewScreening training(boolean value) {
        return with(d -> d.training = value);
    }

    /** The person with an identity document. */
    public NewScreening document(String type, String number) {
        return with(d -> d.person = new Person(person.nameOrAlias(), type, number, person.dateOfBirth()));
    }

    /** The person with a date of birth. */
    public NewScreening dateOfBirth(LocalDate born) {
        return with(d -> d.person = new Person(person.nameOrAlias(), person.documentType(), person.documentNumber(), born));
    }

    /** These details as a change of the start details at {@code expectedVersion} (the catalogue and the id stay as started). */
    public StartDetails startDetails(@Nullable Long expectedVersion) {
        return new StartDetails(expectedVersion, checklist, intervieweeLanguage, interpreterPresent, placeType, exploitation, ageBand, sex,
                nationality, person, possiblyMinor, sector);
    }

    private NewScreening with(Consumer<Draft> change) {
        Draft draft = new Draft(this);
        change.accept(draft);
        return draft.build();
    }

    /** A copy being changed by one wither. */
    private static final class Draft {
        String id;
        String catalogue;
        String catalogueVersion;
        String checklist;
        String intervieweeLanguage;
        boolean interpreterPresent;
        String placeType;
        String exploitation;
        String ageBand;
        String sex;
        String nationality;
        Person person;
        Boolean possiblyMinor;
        String sector;
        boolean training;

        Draft(NewScreening s) {
            id = s.id;
            catalogue = s.catalogue;
            catalogueVersion = s.catalogueVersion;
            checklist = s.checklist;
            intervieweeLanguage = s.intervieweeLanguage;
            interpreterPresent = s.interpreterPresent;
            placeType = s.placeType;
            exploitation = s.exploitation;
            ageBand = s.ageBand;
            sex = s.sex;
            nationality = s.nationality;
            person = s.person;
            possiblyMinor = s.possiblyMinor;
            sector = s.sector;
            training = s.training;
        }

        NewScreening build() {
            return new NewScreening(id, catalogue, catalogueVersion, checklist, intervieweeLanguage, interpreterPresent, placeType,
                    exploitation, ageBand, sex, nationality, person, possiblyMinor, sector, training);
        }
    }
}
