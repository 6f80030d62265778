package org.waymark.catalogue.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.waymark.catalogue.CatalogueLibrary;
import org.waymark.catalogue.model.Catalogue;
import org.waymark.shared.NotFoundException;

import java.util.List;

/** Read-only access to the published indicator catalogues. Holds no personal data. */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/api/v1/catalogues")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Catalogue")
class CatalogueController {

    private final CatalogueLibrary library;

    CatalogueController(CatalogueLibrary library) {
        this.library = library;
    }

    @Get
    @Operation(summary = "The published catalogue versions")
    List<CatalogueViews.Summary> list() {
        return library.all().stream().map(CatalogueViewMapper::summary).toList();
    }

    @Get("/{id}/{version}")
    @Operation(summary = "One catalogue version: dimensions, profiles, indicators with strengths and texts, rules, checklists")
    CatalogueViews.Detail get(String id, String version) {
        return CatalogueViewMapper.detail(find(id, version));
    }

    @Get("/{id}/{version}/checklists/{checklist}")
    @Operation(summary = "One checklist of a catalogue version, with its branching conditions")
    CatalogueViews.ChecklistView checklist(String id, String version, String checklist) {
        Catalogue catalogue = find(id, version);
        return catalogue.checklist(checklist).map(c -> CatalogueViewMapper.checklist(catalogue, c))
                .orElseThrow(() -> new NotFoundException("The checklist"));
    }

    private Catalogue find(String id, String version) {
        return library.find(id, version).orElseThrow(() -> new NotFoundException("The catalogue version"));
    }
}
