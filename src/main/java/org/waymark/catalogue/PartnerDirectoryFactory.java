package org.waymark.catalogue;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.waymark.catalogue.model.PartnerDirectory;


/** Loads the country's partner directory and next steps at start-up, from where the catalogues come; an invalid one stops the start. */
@Factory
class PartnerDirectoryFactory {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerDirectoryFactory.class);

    @Context
    PartnerDirectory partnerDirectory(CatalogueSettings catalogue, PartnerDirectorySettings settings) {
        String country = settings.country();
        CatalogueFiles files = catalogue.files(PartnerDirectoryFactory.class.getClassLoader());
        PartnerDirectory loaded = DirectoryReader.read(files, country);
        LOG.info("Loaded the partner directory for {} ({} partners, {} next steps, {} to be verified)", loaded.country(),
                loaded.partners().size(), loaded.nextSteps().steps().size(),
                loaded.partners().stream().filter(p -> !p.verified()).count());
        return loaded;
    }
}
