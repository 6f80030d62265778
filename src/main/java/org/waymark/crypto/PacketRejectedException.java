package org.waymark.crypto;

/**
 * A packet that must not be trusted: it cannot be decrypted with the key given, it was changed on the
 * way, or it was not signed by the expected service key.
 */
public final class PacketRejectedException extends RuntimeException {

    public PacketRejectedException(String reason) {
        super(reason, null, false, false);
    }

    PacketRejectedException(String reason, Throwable cause) {
        super(reason, cause, false, false);
    }
}
