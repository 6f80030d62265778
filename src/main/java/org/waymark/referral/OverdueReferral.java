package org.waymark.referral;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A referral that stalled, as supervisors see it: which unit sent it to which partner, where it stands and since
 * when — never the person, the screening, the note or a reason anyone typed. {@code pastOpenLimit}: it no longer
 * holds its screening's personal data and its packet is gone (or about to go).
 */
@Serdeable
public record OverdueReferral(String caseReference, String unitCode, String unitName, String partnerName, String partnerType,
                              ReferralStatus status, Urgency urgency, Instant sentAt, Instant lastMoveAt, long daysWithoutMove,
                              boolean packetDeleted, boolean pastOpenLimit) {
}
