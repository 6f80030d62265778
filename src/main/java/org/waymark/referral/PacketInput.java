package org.waymark.referral;

import org.waymark.catalogue.model.Catalogue;
import org.waymark.crypto.RecipientKey;
import org.waymark.identity.Organisation;
import org.waymark.identity.Unit;
import org.waymark.screening.ScreeningView;

import java.time.Instant;
import java.util.UUID;

/** Everything a packet is made of; {@code named} decides whether personal identifiers go in. */
record PacketInput(UUID referralId, Instant createdAt, String language, ScreeningView screening, Catalogue catalogue, Unit unit,
                   String officer, Organisation partner, RecipientKey key, boolean named, boolean minor, String note) {

    @Override
    public String toString() {
        return "PacketInput[" + referralId + "]";
    }
}
