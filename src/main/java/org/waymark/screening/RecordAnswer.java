package org.waymark.screening;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.waymark.catalogue.model.Answer;

/** An answer to one question, written against the version of the screening the client last saw. */
@Serdeable
public record RecordAnswer(@NotNull Answer answer, @Nullable @Size(max = 500) String note, @NotNull @PositiveOrZero Long expectedVersion) {

    @Override
    public String toString() {
        return "RecordAnswer[" + answer + ", v" + expectedVersion + "]";
    }
}
