package org.waymark.crypto;

import org.waymark.shared.Secret;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Envelope encryption of personal data at rest. Each record gets its own random 256-bit data key;
 * the data key is stored only wrapped (AES-256-GCM) by the master key from configuration, so a
 * database dump alone reveals nothing, and destroying a record's wrapped key makes its data
 * unreadable for good (crypto-shredding).
 *
 * <p>Formats carry a version byte ({@code 1}) so keys and algorithms can change later. Every
 * ciphertext is bound to its record by associated data (the record id): moving a ciphertext to
 * another record makes it fail. All failures look alike: {@link UnreadableDataException}.
 */
public final class PersonalDataCipher {

    private static final byte FORMAT_V1 = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec masterKey;
    private final SecureRandom random;

    public PersonalDataCipher(Secret masterKey, SecureRandom random) {
        byte[] key = masterKey.reveal();
        if (key.length < 32) {
            throw new IllegalArgumentException("the master key must have at least 256 bits");
        }
        this.masterKey = new SecretKeySpec(Arrays.copyOf(key, 32), "AES");
        Arrays.fill(key, (byte) 0);
        this.random = random;
    }

    /** A new data key for one record: the key itself (keep it only in memory) and its wrapped form (store this). */
    public DataKey newDataKey(byte[] recordId) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return new DataKey(key, seal(masterKey, key, recordId));
    }

    /** Unwraps a stored data key of the record. */
    public DataKey unwrap(byte[] wrapped, byte[] recordId) {
        return new DataKey(open(masterKey, wrapped, recordId), wrapped);
    }

    public byte[] encrypt(DataKey key, byte[] plaintext, byte[] recordId) {
        return seal(new SecretKeySpec(key.key(), "AES"), plaintext, recordId);
    }

    public byte[] decrypt(DataKey key, byte[] ciphertext, byte[] recordId) {
        return open(new SecretKeySpec(key.key(), "AES"), ciphertext, recordId);
    }

    private byte[] seal(SecretKeySpec key, byte[] plaintext, byte[] associated) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(new byte[]{FORMAT_V1});
            cipher.updateAAD(associated);
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(FORMAT_V1).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is always available", e);
        }
    }

    private static byte[] open(SecretKeySpec key, byte[] sealed, byte[] associated) {
        if (sealed == null || sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != FORMAT_V1) {
            throw new UnreadableDataException();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            cipher.updateAAD(new byte[]{FORMAT_V1});
            cipher.updateAAD(associated);
            return cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new UnreadableDataException();
        }
    }

    /** A record's data key: the raw key (memory only) and its wrapped form (stored). */
    public record DataKey(byte[] key, byte[] wrapped) {
        @Override
        public String toString() {
            return "DataKey[REDACTED]";
        }
    }

    /** The data cannot be read: wrong key, tampered, moved or shredded. Says nothing more, on purpose. */
    public static final class UnreadableDataException extends RuntimeException {
        UnreadableDataException() {
            super("the data cannot be read", null, false, false);
        }
    }
}
