package org.waymark.referral;

import org.waymark.identity.OrganisationType;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.waymark.identity.OrganisationType.CHILD_PROTECTION;
import static org.waymark.identity.OrganisationType.INVESTIGATION_OR_POLICE;
import static org.waymark.identity.OrganisationType.LABOUR_INSPECTORATE;
import static org.waymark.identity.OrganisationType.VICTIM_SUPPORT_NGO;

/**
 * What a referral led to, as the partner records it when closing: several may be true of one referral. They feed the
 * statistics (through disclosure control) so that a supervisor sees what referrals achieved. Each is recorded by the
 * kinds of partner who do it or learn of it first hand: only an inspectorate inspects; support is given by an NGO (the
 * national intervention centre, KCIK, is run by one); the certificate of presumed victim is issued by the Police or
 * the Border Guard and known to the NGO supporting the person; anyone may report an offence.
 */
public enum PartnerResult {
    INSPECTION_CARRIED_OUT(LABOUR_INSPECTORATE),
    INSPECTION_NOT_POSSIBLE(LABOUR_INSPECTORATE),
    OFFENCE_REPORTED_TO_PROSECUTOR(LABOUR_INSPECTORATE, VICTIM_SUPPORT_NGO, INVESTIGATION_OR_POLICE, CHILD_PROTECTION),
    SUPPORTED_BY_NGO(VICTIM_SUPPORT_NGO, CHILD_PROTECTION),
    SUPPORTED_BY_KCIK(VICTIM_SUPPORT_NGO),
    PRESUMED_VICTIM_CERTIFICATE_ISSUED(INVESTIGATION_OR_POLICE, VICTIM_SUPPORT_NGO);

    private final Set<OrganisationType> recordedBy;

    PartnerResult(OrganisationType... recordedBy) {
        this.recordedBy = Set.of(recordedBy);
    }

    public boolean recordedBy(OrganisationType partner) {
        return recordedBy.contains(partner);
    }

    /** The results a partner of this kind is offered when closing, in their order. */
    public static List<PartnerResult> offeredTo(OrganisationType partner) {
        return Arrays.stream(values()).filter(result -> result.recordedBy(partner)).toList();
    }
}
