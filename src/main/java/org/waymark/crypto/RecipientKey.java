package org.waymark.crypto;

import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;

/**
 * A partner's public key that passed every check and can be encrypted to: either an OpenPGP v4 key
 * (packets for GnuPG) or an X.509 certificate (CMS packets for OpenSSL).
 */
public sealed interface RecipientKey {

    KeyFormat format();

    /** The fingerprint an administrator compares, out of band, with what the partner says it is. */
    String fingerprint();

    /** Human-readable algorithm and size, e.g. {@code RSA 3072} or {@code Curve25519}. */
    String algorithm();

    /** When the key stops being usable, if ever. */
    Optional<Instant> expiresAt();

    /** The key as text (armoured OpenPGP or PEM certificate), for storing and showing. */
    String text();

    /** An OpenPGP v4 key with a usable encryption (sub)key. */
    record OpenPgp(PGPPublicKeyRing ring, PGPPublicKey encryptionKey, String fingerprint, String algorithm,
                   Optional<Instant> expiresAt) implements RecipientKey {
        @Override
        public KeyFormat format() {
            return KeyFormat.OPENPGP;
        }

        @Override
        public String text() {
            try {
                return Pem.armoured(ring.getEncoded());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** An X.509 certificate with an RSA (at least 3072 bits) or EC P-256 key. */
    record X509(X509Certificate certificate, String fingerprint, String algorithm, Optional<Instant> expiresAt)
            implements RecipientKey {
        @Override
        public KeyFormat format() {
            return KeyFormat.X509;
        }

        @Override
        public String text() {
            return Pem.pem(certificate);
        }
    }
}
