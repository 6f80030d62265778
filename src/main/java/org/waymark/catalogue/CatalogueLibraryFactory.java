package org.waymark.catalogue;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the published catalogues packaged in the jar at start-up; an invalid or tampered one stops the start. */
@Factory
class CatalogueLibraryFactory {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueLibraryFactory.class);

    /**
     * From the copy in the jar, or from {@code waymark.catalogue.directory} (an {@code indicators-catalogue/}
     * folder) when set, e.g. to try a catalogue before it is packaged.
     */
    @Context
    CatalogueLibrary catalogueLibrary(CatalogueSettings settings) {
        CatalogueLibrary library = CatalogueLibrary.loadPublished(settings.files(CatalogueLibraryFactory.class.getClassLoader()));
        library.all().forEach(c -> LOG.info("Loaded indicator catalogue {} ({} indicators, {} checklists)",
                c.reference(), c.indicators().size(), c.checklists().size()));
        return library;
    }
}
