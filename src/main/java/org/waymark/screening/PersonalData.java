package org.waymark.screening;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The optional, minimal personal data of the interviewee. Stored encrypted only; never printed. */
@Serdeable
public record PersonalData(@Nullable @Size(max = 200) String nameOrAlias, @Nullable LocalDate dateOfBirth,
                           @Nullable @Size(max = 60) String documentType, @Nullable @Size(max = 60) String documentNumber,
                           @Nullable @Size(max = 200) String contact) {

    public static PersonalData none() {
        return new PersonalData(null, null, null, null, null);
    }

    /** Whether anything was typed: some field of {@code person} not blank. */
    public static boolean typed(@Nullable PersonalData person) {
        return person != null && !(blank(person.nameOrAlias) && person.dateOfBirth == null && blank(person.documentType)
                && blank(person.documentNumber) && blank(person.contact));
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    @Override
    public String toString() {
        return "PersonalData[REDACTED]";
    }
}
