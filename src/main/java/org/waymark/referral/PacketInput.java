package org.waymark.referral;

import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.LegalFrame;
import org.waymark.catalogue.model.PartnerDirectory;
import org.waymark.crypto.RecipientKey;
import org.waymark.identity.Organisation;
import org.waymark.identity.Unit;
import org.waymark.screening.ScreeningView;
import org.waymark.workplace.WorkplaceFacts;

import java.time.Instant;
import java.util.UUID;

/**
 * Everything a packet is made of; {@code named} decides whether personal identifiers go in. {@code workplace}: the
 * workplace facts, null when none were recorded; {@code legalFrame}: the provisions the findings may relate to;
 * {@code nextSteps}: the partner directory's next steps for every outcome.
 */
record PacketInput(UUID referralId, Instant createdAt, String language, ScreeningView screening, Catalogue catalogue, Unit unit,
                   String officer, Organisation partner, RecipientKey key, boolean named, boolean minor, String note,
                   WorkplaceFacts workplace, LegalFrame legalFrame, PartnerDirectory.NextSteps nextSteps) {

    @Override
    public String toString() {
        return "PacketInput[" + referralId + "]";
    }
}
