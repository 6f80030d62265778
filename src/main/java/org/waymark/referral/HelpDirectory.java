package org.waymark.referral;

import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.waymark.catalogue.PartnerDirectorySettings;
import org.waymark.catalogue.model.PartnerDirectory;
import org.waymark.identity.Region;
import org.waymark.identity.Regions;
import org.waymark.identity.security.CurrentUser;
import org.waymark.scoring.RiskLevel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The partner directory as an officer meets it: the partners serving the officer's voivodeship and the whole country,
 * the card the person takes away and the next steps for a screening's outcome. A Waymark region is in the voivodeship
 * {@code waymark.partner-directory.regions} maps it to ({@code region-code=voivodeship,...}), else in the voivodeship
 * of the same code; an officer in no voivodeship is shown the nationwide partners only.
 */
@Singleton
public class HelpDirectory {

    private final PartnerDirectory directory;
    private final Regions regions;
    private final Map<String, String> voivodeshipOfRegion = new LinkedHashMap<>();

    HelpDirectory(PartnerDirectory directory, Regions regions, PartnerDirectorySettings settings) {
        String mapping = settings.regionMapping();
        this.directory = directory;
        this.regions = regions;
        for (String pair : mapping.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] parts = pair.strip().split("=", 2);
            if (parts.length != 2 || !directory.voivodeships().contains(parts[1].strip())) {
                throw new ConfigurationException("waymark.partner-directory.regions: '" + pair.strip()
                        + "' must be region-code=voivodeship with one of " + directory.voivodeships());
            }
            voivodeshipOfRegion.put(parts[0].strip(), parts[1].strip());
        }
    }

    /** The voivodeship of a region code, or null when it is in none. */
    @Nullable
    public String voivodeship(@Nullable String regionCode) {
        if (regionCode == null) {
            return null;
        }
        String mapped = voivodeshipOfRegion.get(regionCode);
        return mapped != null ? mapped : directory.voivodeships().contains(regionCode) ? regionCode : null;
    }

    /** The partners for the officer's region and the whole country, in the directory's order. */
    public List<PartnerDirectory.Entry> forOfficer(CurrentUser officer) {
        String region = officer.regionId() == null ? null : regions.findById(officer.regionId()).map(Region::code).orElse(null);
        return directory.forVoivodeship(voivodeship(region));
    }

    /** What the officer does next after a screening with this outcome (the packet can carry the same list). */
    public List<PartnerDirectory.Step> nextSteps(RiskLevel outcome) {
        return directory.nextSteps().forOutcome(outcome.name());
    }

    /** Where the next steps come from and whether they are verified. */
    public PartnerDirectory.NextSteps nextStepsSource() {
        return directory.nextSteps();
    }

    /** The card's texts in the person's language, else in English. */
    public PartnerDirectory.CardTexts card(String language) {
        return directory.cardIn(language);
    }

    /** Whether the card is written in {@code language}. */
    public boolean hasCardIn(String language) {
        return directory.card().containsKey(language);
    }
}
