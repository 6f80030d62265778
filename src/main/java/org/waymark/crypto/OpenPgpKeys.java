package org.waymark.crypto;

import org.bouncycastle.asn1.cryptlib.CryptlibObjectIdentifiers;
import org.bouncycastle.bcpg.ECDHPublicBCPGKey;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.RSAPublicBCPGKey;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.jcajce.JcaPGPObjectFactory;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentVerifierBuilderProvider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** Reading and checking OpenPGP keys of partners (and of the service itself). */
public final class OpenPgpKeys {

    private OpenPgpKeys() {
    }

    /**
     * A partner's OpenPGP public key (armoured or binary) that can be encrypted to at {@code now}: one v4 key,
     * neither revoked nor expired, with a user ID self-signature that verifies and a correctly bound encryption key
     * (its binding signature verifies with the primary key) that is Curve25519 (ECDH) or RSA of at least 3072 bits
     * with a public exponent of at least 65537. GnuPG 2.2 reads exactly these; newer v6 keys are refused.
     */
    public static RecipientKey.OpenPgp recipient(byte[] material, Instant now) {
        PGPPublicKeyRing ring;
        try {
            ring = publicKeyRing(material);
        } catch (RuntimeException e) {
            throw new KeyRejectedException("this is not a readable OpenPGP public key (armoured or binary)");
        }
        PGPPublicKey primary = ring.getPublicKey();
        if (primary.getVersion() != 4) {
            throw new KeyRejectedException("only OpenPGP v4 keys are accepted (GnuPG 2.2 cannot read v" + primary.getVersion() + " keys)");
        }
        if (primary.hasRevocation()) {
            throw new KeyRejectedException("the key has been revoked");
        }
        if (expired(primary, now)) {
            throw new KeyRejectedException("the key has expired");
        }
        if (!hasValidUserIdSignature(primary)) {
            throw new KeyRejectedException("the key has no valid self-signature");
        }
        List<String> refusals = new ArrayList<>();
        for (Iterator<PGPPublicKey> keys = ring.getPublicKeys(); keys.hasNext(); ) {
            PGPPublicKey key = keys.next();
            if (!key.isEncryptionKey() || !allowsEncryption(key)) {
                continue;
            }
            String refusal = refusal(key, primary, now);
            if (refusal == null) {
                return new RecipientKey.OpenPgp(ring, key, fingerprint(primary), algorithm(key), expiry(primary, key));
            }
            refusals.add(refusal);
        }
        throw new KeyRejectedException(refusals.isEmpty() ? "the key has no encryption key"
                : "no usable encryption key: " + String.join("; ", refusals));
    }

    /** The v4 fingerprint, 40 upper-case hex digits. */
    public static String fingerprint(PGPPublicKey key) {
        return HexFormat.of().withUpperCase().formatHex(key.getFingerprint());
    }

    static PGPPublicKeyRing publicKeyRing(byte[] material) {
        Object first = firstObject(material);
        if (first instanceof PGPPublicKeyRing ring) {
            return ring;
        }
        throw new KeyRejectedException("this is not an OpenPGP public key");
    }

    /** A secret key ring (armoured or binary), without passphrase protection. */
    public static PGPSecretKeyRing secretKeyRing(byte[] material) {
        Object first;
        try {
            first = firstObject(material);
        } catch (RuntimeException e) {
            throw new KeyRejectedException("this is not a readable OpenPGP secret key");
        }
        if (first instanceof PGPSecretKeyRing ring) {
            return ring;
        }
        throw new KeyRejectedException("this is not an OpenPGP secret key");
    }

    private static Object firstObject(byte[] material) {
        try (InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(material))) {
            Object first = new JcaPGPObjectFactory(in).nextObject();
            if (first == null) {
                throw new KeyRejectedException("empty");
            }
            return first;
        } catch (IOException e) {
            throw new KeyRejectedException("unreadable");
        }
    }

    private static String refusal(PGPPublicKey key, PGPPublicKey primary, Instant now) {
        if (key.getVersion() != 4) {
            return "encryption key is not v4";
        }
        if (key != primary && key.hasRevocation()) {
            return "encryption key revoked";
        }
        if (expired(key, now)) {
            return "encryption key expired";
        }
        if (key != primary && !hasValidBinding(key, primary)) {
            return "encryption key not correctly bound to the primary key";
        }
        switch (key.getAlgorithm()) {
            case PublicKeyAlgorithmTags.RSA_GENERAL, PublicKeyAlgorithmTags.RSA_ENCRYPT -> {
                if (key.getBitStrength() < X509Keys.MIN_RSA_BITS) {
                    return "RSA key of " + key.getBitStrength() + " bits (at least " + X509Keys.MIN_RSA_BITS + " are required)";
                }
                BigInteger exponent = ((RSAPublicBCPGKey) key.getPublicKeyPacket().getKey()).getPublicExponent();
                return X509Keys.acceptableExponent(exponent) ? null : X509Keys.exponentRefusal(exponent);
            }
            case PublicKeyAlgorithmTags.ECDH -> {
                ECDHPublicBCPGKey ecdh = (ECDHPublicBCPGKey) key.getPublicKeyPacket().getKey();
                return CryptlibObjectIdentifiers.curvey25519.equals(ecdh.getCurveOID()) ? null
                        : "ECDH on a curve other than Curve25519";
            }
            default -> {
                return "algorithm " + key.getAlgorithm() + " is not Curve25519 or RSA";
            }
        }
    }

    private static String algorithm(PGPPublicKey key) {
        return key.getAlgorithm() == PublicKeyAlgorithmTags.ECDH ? "Curve25519" : "RSA " + key.getBitStrength();
    }

    private static boolean expired(PGPPublicKey key, Instant now) {
        long valid = key.getValidSeconds();
        return valid > 0 && !now.isBefore(key.getCreationTime().toInstant().plusSeconds(valid));
    }

    private static Optional<Instant> expiry(PGPPublicKey primary, PGPPublicKey key) {
        Optional<Instant> earliest = Optional.empty();
        for (PGPPublicKey k : List.of(primary, key)) {
            if (k.getValidSeconds() > 0) {
                Instant end = k.getCreationTime().toInstant().plusSeconds(k.getValidSeconds());
                if (earliest.isEmpty() || end.isBefore(earliest.get())) {
                    earliest = Optional.of(end);
                }
            }
        }
        return earliest;
    }

    private static boolean allowsEncryption(PGPPublicKey key) {
        for (Iterator<PGPSignature> signatures = key.getSignatures(); signatures.hasNext(); ) {
            PGPSignature signature = signatures.next();
            if (signature.getHashedSubPackets() != null && signature.getHashedSubPackets().hasSubpacket(
                    org.bouncycastle.bcpg.SignatureSubpacketTags.KEY_FLAGS)) {
                int flags = signature.getHashedSubPackets().getKeyFlags();
                return (flags & (KeyFlags.ENCRYPT_COMMS | KeyFlags.ENCRYPT_STORAGE)) != 0;
            }
        }
        return true;
    }

    private static boolean hasValidUserIdSignature(PGPPublicKey primary) {
        for (Iterator<String> ids = primary.getUserIDs(); ids.hasNext(); ) {
            String id = ids.next();
            for (Iterator<PGPSignature> signatures = primary.getSignaturesForID(id); signatures.hasNext(); ) {
                PGPSignature signature = signatures.next();
                try {
                    signature.init(new JcaPGPContentVerifierBuilderProvider().setProvider(Bc.PROVIDER), primary);
                    if (signature.getKeyID() == primary.getKeyID() && signature.verifyCertification(id, primary)) {
                        return true;
                    }
                } catch (PGPException | RuntimeException e) {
                    // a broken signature counts as no signature
                }
            }
        }
        return false;
    }

    private static boolean hasValidBinding(PGPPublicKey subkey, PGPPublicKey primary) {
        for (Iterator<PGPSignature> signatures = subkey.getSignaturesOfType(PGPSignature.SUBKEY_BINDING); signatures.hasNext(); ) {
            PGPSignature signature = signatures.next();
            try {
                signature.init(new JcaPGPContentVerifierBuilderProvider().setProvider(Bc.PROVIDER), primary);
                if (signature.verifyCertification(primary, subkey)) {
                    return true;
                }
            } catch (PGPException | RuntimeException e) {
                // a broken binding counts as no binding
            }
        }
        return false;
    }
}
