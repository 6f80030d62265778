package org.waymark.shared;

/** The thing does not exist, or is outside the caller's scope: the two look alike on purpose. */
public final class NotFoundException extends WaymarkException {

    public NotFoundException(String what) {
        super("not-found", what + " was not found.");
    }
}
