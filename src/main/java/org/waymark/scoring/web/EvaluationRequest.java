package org.waymark.scoring.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.waymark.catalogue.model.Answer;

import java.util.List;
import java.util.Map;

/** A what-if evaluation: catalogue (latest version unless given), profile, answers per question id, observed indicators. */
@Serdeable
public record EvaluationRequest(@NotBlank @Size(max = 80) String catalogue,
                                @Nullable @Size(max = 20) String version,
                                @NotBlank @Size(max = 80) String profile,
                                @NotNull @Size(max = 500) Map<String, @NotNull Answer> answers,
                                @Nullable @Size(max = 200) List<@NotBlank String> observations) {
}
