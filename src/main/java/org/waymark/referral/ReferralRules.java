package org.waymark.referral;

import org.waymark.identity.OrganisationType;
import org.waymark.screening.ConsentPurpose;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Who may receive a referral, and whether it may name the person (DOMAIN.md §4). Only the kind of partner,
 * the person's consent and whether they are a minor count: nationality, sex, ethnicity or religion never do.
 * <ul>
 *   <li>a victim-support NGO needs the person's consent to NGO support;</li>
 *   <li>child protection is for minors, and for a minor it needs no consent;</li>
 *   <li>an adult who did not consent to a named referral is only notified about anonymously (the labour
 *       inspectorate with consent gets a named referral; an investigation gets a named one only for a minor).</li>
 * </ul>
 */
public final class ReferralRules {

    private ReferralRules() {
    }

    /**
     * The consent a kind of partner asks for: an NGO cannot be referred to without it, the labour inspectorate is
     * only notified anonymously without it; the others ask for none.
     */
    public static Optional<ConsentPurpose> consentFor(OrganisationType partner) {
        return switch (partner) {
            case VICTIM_SUPPORT_NGO -> Optional.of(ConsentPurpose.NGO_SUPPORT);
            case LABOUR_INSPECTORATE -> Optional.of(ConsentPurpose.LABOUR_INSPECTORATE);
            case CHILD_PROTECTION, INVESTIGATION_OR_POLICE -> Optional.empty();
        };
    }

    /**
     * Whether a referral to this kind of partner is refused without the consent it asks for (an NGO), rather than only
     * sent anonymously or needing none. Read from {@link #addressing}, so the case page and the service never disagree.
     */
    public static boolean needsConsent(OrganisationType partner) {
        return consentFor(partner).map(purpose -> Stream.of(true, false).anyMatch(minor ->
                addressing(partner, minor, Set.of()) instanceof Refused
                        && !(addressing(partner, minor, Set.of(purpose)) instanceof Refused))).orElse(false);
    }

    /** Whether a screening may be referred at all: its personal data kept, completed, not for training, in a packet language. */
    static Decision referable(ReferralSubject subject, String language) {
        if (subject.purged()) {
            return Refused.conflict("screening.purged", "screeningId", "This screening's personal data was deleted under the retention rules.");
        }
        if (!subject.completed()) {
            return Refused.conflict("referral.screening-not-completed", "screeningId", "Only a completed screening can be referred.");
        }
        if (subject.training()) {
            return new Refused("referral.training-screening", "screeningId", "is a training screening: it is never referred to a real partner");
        }
        return PacketLabels.LANGUAGES.contains(language) ? Decision.allowed()
                : Refused.invalid("language", "is not one of " + PacketLabels.LANGUAGES.stream().sorted().toList());
    }

    /** A screening has at most one referral per partner that has not ended (declined, closed or revoked). */
    static Decision oneOpenReferralPerPartner(Collection<ReferralStatus> toThePartner) {
        return toThePartner.stream().allMatch(ReferralStatus::isFinal) ? Decision.allowed()
                : Refused.conflict("referral.already-referred", "partnerId", "This screening already has a referral to this partner that has not"
                + " ended (declined, closed or revoked); a second one is not made.");
    }

    /** How a referral to this kind of partner may name the person screened ({@link #addressing(OrganisationType, boolean, Set)}). */
    static Addressing addressing(OrganisationType partner, ReferralSubject subject) {
        return addressing(partner, subject.minor(), subject.consentsGiven());
    }

    /** How a referral to this kind of partner may name the person, given whether they are a minor and what they consented to. */
    public static Addressing addressing(OrganisationType partner, boolean minor, Set<ConsentPurpose> consented) {
        return switch (partner) {
            case CHILD_PROTECTION -> minor ? new Addressing.Named() : new Refused("referral.child-protection-for-minors", "partnerId",
                    "is a child-protection partner and the person is not recorded as a minor");
            case VICTIM_SUPPORT_NGO -> consented.contains(ConsentPurpose.NGO_SUPPORT) ? new Addressing.Named()
                    : new Refused("referral.consent-missing", "partnerId",
                    "is a victim-support NGO: the person's consent to NGO support must be recorded as given");
            case LABOUR_INSPECTORATE -> consented.contains(ConsentPurpose.LABOUR_INSPECTORATE) ? new Addressing.Named() : new Addressing.Anonymous();
            case INVESTIGATION_OR_POLICE -> minor ? new Addressing.Named() : new Addressing.Anonymous();
        };
    }
}
