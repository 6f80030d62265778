package org.waymark.catalogue;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/** Loads the published catalogues packaged in the jar at start-up; an invalid or tampered one stops the start. */
@Factory
class CatalogueLibraryFactory {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueLibraryFactory.class);

    /**
     * From the copy in the jar, or from {@code waymark.catalogue.directory} (an {@code indicators-catalogue/}
     * folder) when set, e.g. to try a catalogue before it is packaged.
     */
    @Context
    CatalogueLibrary catalogueLibrary(@Value("${waymark.catalogue.directory:}") String directory) {
        CatalogueFiles files = directory.isBlank()
                ? CatalogueFiles.classpath(CatalogueLibraryFactory.class.getClassLoader())
                : CatalogueFiles.directory(Path.of(directory));
        CatalogueLibrary library = CatalogueLibrary.loadPublished(files);
        library.all().forEach(c -> LOG.info("Loaded indicator catalogue {} ({} indicators, {} checklists)",
                c.reference(), c.indicators().size(), c.checklists().size()));
        return library;
    }
}
