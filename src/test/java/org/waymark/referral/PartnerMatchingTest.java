package org.waymark.referral;

import org.junit.jupiter.api.Test;
import org.waymark.identity.OrganisationType;
import org.waymark.scoring.Route;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerMatchingTest {

    private static PartnerView partner(String code, OrganisationType type, List<String> regions, boolean usableKey) {
        var key = new PartnerView.KeyView(UUID.randomUUID(), "OPENPGP", "F1", "RSA-3072", null, Instant.EPOCH, null, usableKey);
        return new PartnerView(UUID.randomUUID(), code, code, type, regions, null, false, key);
    }

    @Test
    void partnerMatchingOffersOnlyPartnersServingTheRoute() {
        var ngo = partner("ngo", OrganisationType.VICTIM_SUPPORT_NGO, List.of(), true);
        var inspectorate = partner("pip", OrganisationType.LABOUR_INSPECTORATE, List.of(), true);
        assertThat(PartnerMatching.fitting(List.of(ngo, inspectorate), List.of(Route.LABOUR_INSPECTORATE), "PL-MZ"))
                .containsExactly(inspectorate);
    }

    @Test
    void aPartnerServesItsOwnRegionsOrEveryRegionWhenItNamesNone() {
        var warsaw = partner("warsaw", OrganisationType.VICTIM_SUPPORT_NGO, List.of("PL-MZ"), true);
        var gdansk = partner("gdansk", OrganisationType.VICTIM_SUPPORT_NGO, List.of("PL-PM"), true);
        var national = partner("national", OrganisationType.VICTIM_SUPPORT_NGO, List.of(), true);
        List<Route> routes = List.of(Route.VICTIM_SUPPORT_NGO);
        assertThat(PartnerMatching.fitting(List.of(warsaw, gdansk, national), routes, "PL-MZ")).containsExactly(warsaw, national);
        assertThat(PartnerMatching.fitting(List.of(warsaw, gdansk, national), routes, null)).containsExactly(national);
    }

    @Test
    void aPartnerWithoutAUsableKeyIsNotOffered() {
        var expired = partner("expired", OrganisationType.CHILD_PROTECTION, List.of(), false);
        var keyless = new PartnerView(UUID.randomUUID(), "keyless", "keyless", OrganisationType.CHILD_PROTECTION, List.of(), null, false, null);
        var ready = partner("ready", OrganisationType.CHILD_PROTECTION, List.of(), true);
        assertThat(PartnerMatching.fitting(List.of(expired, keyless, ready), List.of(Route.CHILD_PROTECTION), "PL-MZ")).containsExactly(ready);
    }
}
