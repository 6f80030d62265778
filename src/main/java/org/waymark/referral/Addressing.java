package org.waymark.referral;

/** How a referral may reach a partner: naming the person, as an anonymous notification, or not at all ({@link Refused}). */
public sealed interface Addressing permits Addressing.Named, Addressing.Anonymous, Refused {

    /** The packet names the person. */
    record Named() implements Addressing {
    }

    /** The partner is notified without the person's identity. */
    record Anonymous() implements Addressing {
    }
}
