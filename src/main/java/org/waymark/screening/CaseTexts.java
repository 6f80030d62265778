package org.waymark.screening;

import jakarta.inject.Singleton;
import org.waymark.crypto.PersonalDataCipher;
import org.waymark.screening.persistence.ScreeningRow;
import org.waymark.screening.persistence.ScreeningRows;
import org.waymark.shared.ConflictException;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

/**
 * Free text typed about a case — reopen and legal-hold reasons, referral reasons, the consent representative, a
 * purpose stated to read it — sealed under the screening's own data key, like its personal data: readable with the
 * master key while the screening lives, unreadable for good once the purge destroys that key. Each text is bound to
 * its screening and to its place ({@code where}: which field of which record), so a ciphertext moved elsewhere does
 * not open.
 */
@Singleton
public class CaseTexts {

    private final ScreeningRows rows;
    private final PersonalDataCipher cipher;

    CaseTexts(ScreeningRows rows, PersonalDataCipher cipher) {
        this.rows = rows;
        this.cipher = cipher;
    }

    /** The text sealed for the screening; null stays null. Refused (409) once the screening was purged: its key is gone. */
    public byte[] seal(UUID screeningId, String where, String text) {
        if (text == null) {
            return null;
        }
        ScreeningRow row = rows.findById(screeningId).orElseThrow();
        if (row.wrappedKey() == null) {
            throw new ConflictException("screening.purged", "This screening's personal data was purged under the retention rules.");
        }
        return seal(row, where, text);
    }

    /** As {@link #seal(ScreeningRow, String, String)}, in base64, for a query that decodes it (null stays null). */
    String sealBase64(ScreeningRow row, String where, String text) {
        byte[] sealed = seal(row, where, text);
        return sealed == null ? null : java.util.Base64.getEncoder().encodeToString(sealed);
    }

    /** The text, or null when there is none or the screening's key was destroyed by the purge. */
    public String open(UUID screeningId, String where, byte[] sealed) {
        if (sealed == null) {
            return null;
        }
        return rows.findById(screeningId).map(row -> open(row, where, sealed)).orElse(null);
    }

    byte[] seal(ScreeningRow row, String where, String text) {
        if (text == null) {
            return null;
        }
        PersonalDataCipher.DataKey key = cipher.unwrap(row.wrappedKey(), ScreeningReader.recordId(row.id()));
        try {
            return cipher.encrypt(key, text.getBytes(StandardCharsets.UTF_8), associated(row.id(), where));
        } finally {
            Arrays.fill(key.key(), (byte) 0);
        }
    }

    String open(ScreeningRow row, String where, byte[] sealed) {
        if (sealed == null || row.wrappedKey() == null) {
            return null;
        }
        PersonalDataCipher.DataKey key = cipher.unwrap(row.wrappedKey(), ScreeningReader.recordId(row.id()));
        try {
            return open(key, row.id(), where, sealed);
        } finally {
            Arrays.fill(key.key(), (byte) 0);
        }
    }

    /** With a key already unwrapped by the caller (who also wipes it). */
    String open(PersonalDataCipher.DataKey key, UUID screeningId, String where, byte[] sealed) {
        return sealed == null ? null : new String(cipher.decrypt(key, sealed, associated(screeningId, where)), StandardCharsets.UTF_8);
    }

    private static byte[] associated(UUID screeningId, String where) {
        return (screeningId + "/" + where).getBytes(StandardCharsets.UTF_8);
    }
}
