package org.waymark.referral;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import org.waymark.catalogue.CatalogueSettings;
import org.waymark.catalogue.LegalFrameReader;
import org.waymark.catalogue.model.LegalFrame;

/**
 * Loads the legal frame ({@code indicators-catalogue/legal-frame/}) at start-up, worded in every packet language,
 * from the same place as the catalogue ({@code waymark.catalogue.directory} or the jar); an invalid one stops the start.
 */
@Factory
class LegalFrameFactory {

    @Context
    LegalFrame legalFrame(CatalogueSettings settings) {
        return LegalFrameReader.load(settings.files(LegalFrameFactory.class.getClassLoader()), PacketLabels.LANGUAGES);
    }
}
