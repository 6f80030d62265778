package org.waymark.referral;

import java.util.function.Supplier;

/** What a referral rule says about a request: allowed, or {@link Refused} with the code, the field at fault and why. */
public sealed interface Decision permits Decision.Allowed, Refused {

    /** The request may go ahead. */
    record Allowed() implements Decision {
    }

    static Decision allowed() {
        return new Allowed();
    }

    /** This decision when it refuses; otherwise what {@code next} decides. */
    default Decision then(Supplier<Decision> next) {
        return this instanceof Refused ? this : next.get();
    }
}
