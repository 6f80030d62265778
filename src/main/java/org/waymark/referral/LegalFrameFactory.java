package org.waymark.referral;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import org.waymark.catalogue.CatalogueFiles;
import org.waymark.catalogue.LegalFrameReader;
import org.waymark.catalogue.model.LegalFrame;

import java.nio.file.Path;

/**
 * Loads the legal frame ({@code indicators-catalogue/legal-frame/}) at start-up, worded in every packet language,
 * from the same place as the catalogue ({@code waymark.catalogue.directory} or the jar); an invalid one stops the start.
 */
@Factory
class LegalFrameFactory {

    @Context
    LegalFrame legalFrame(@Value("${waymark.catalogue.directory:}") String directory) {
        CatalogueFiles files = directory.isBlank()
                ? CatalogueFiles.classpath(LegalFrameFactory.class.getClassLoader())
                : CatalogueFiles.directory(Path.of(directory));
        return LegalFrameReader.load(files, PacketLabels.LANGUAGES);
    }
}
