package org.waymark.crypto;

/**
 * A key that cannot be used: malformed, expired, revoked, too weak or of a kind Waymark does not
 * encrypt to. The message says why in words fit for the administrator who uploaded it; it never
 * contains key material.
 */
public final class KeyRejectedException extends RuntimeException {

    public KeyRejectedException(String reason) {
        super(reason, null, false, false);
    }
}
