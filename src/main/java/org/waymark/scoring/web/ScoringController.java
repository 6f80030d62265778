package org.waymark.scoring.web;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.waymark.catalogue.CatalogueLibrary;
import org.waymark.catalogue.model.Catalogue;
import org.waymark.scoring.Assessment;
import org.waymark.scoring.ScoringEngine;
import org.waymark.scoring.ScoringInput;
import org.waymark.scoring.ScoringInputCheck;
import org.waymark.shared.InvalidInputException;

import java.util.List;
import java.util.Set;

/** Stateless what-if scoring: nothing is stored, nothing is personal. */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/api/v1/scoring")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Scoring")
class ScoringController {

    private final CatalogueLibrary library;

    ScoringController(CatalogueLibrary library) {
        this.library = library;
    }

    @Post("/evaluate")
    @Operation(summary = "Score answers with the published decision rules and explain the result")
    Assessment evaluate(@Body @Valid EvaluationRequest request) {
        Catalogue catalogue = catalogueFor(request);
        ScoringInput input = new ScoringInput(request.profile(), request.answers(),
                Set.copyOf(request.observations() == null ? List.of() : request.observations()));
        List<ScoringInputCheck.Problem> problems = ScoringInputCheck.problems(catalogue, input);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().map(p -> new InvalidInputException.Violation(p.field(), p.reason())).toList());
        }
        return ScoringEngine.evaluate(catalogue, input);
    }

    private Catalogue catalogueFor(EvaluationRequest request) {
        if (request.version() == null) {
            return library.latest(request.catalogue())
                    .orElseThrow(() -> InvalidInputException.of("catalogue", "is not a published catalogue"));
        }
        return library.find(request.catalogue(), request.version())
                .orElseThrow(() -> InvalidInputException.of("version", "is not a published version of this catalogue"));
    }
}
