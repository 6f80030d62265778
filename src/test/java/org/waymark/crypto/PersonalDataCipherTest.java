package org.waymark.crypto;

import org.junit.jupiter.api.Test;
import org.waymark.shared.Secret;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataCipherTest {

    private static final byte[] RECORD = "record-1".getBytes(StandardCharsets.UTF_8);
    private final SecureRandom random = new SecureRandom();
    private final PersonalDataCipher cipher = new PersonalDataCipher(Secret.of(key(1)), random);

    @Test
    void roundTripsThroughAWrappedDataKey() {
        PersonalDataCipher.DataKey key = cipher.newDataKey(RECORD);
        byte[] sealed = cipher.encrypt(key, "Jan Kowalski".getBytes(StandardCharsets.UTF_8), RECORD);
        PersonalDataCipher.DataKey unwrapped = cipher.unwrap(key.wrapped(), RECORD);
        assertThat(new String(cipher.decrypt(unwrapped, sealed, RECORD), StandardCharsets.UTF_8)).isEqualTo("Jan Kowalski");
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Kowalski");
    }

    @Test
    void failsOnEveryFlippedByte() {
        PersonalDataCipher.DataKey key = cipher.newDataKey(RECORD);
        byte[] sealed = cipher.encrypt(key, "secret".getBytes(StandardCharsets.UTF_8), RECORD);
        for (int i = 0; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            assertThatThrownBy(() -> cipher.decrypt(key, tampered, RECORD)).isInstanceOf(PersonalDataCipher.UnreadableDataException.class);
        }
    }

    @Test
    void failsWhenMovedToAnotherRecordOrOpenedWithAnotherMasterKey() {
        PersonalDataCipher.DataKey key = cipher.newDataKey(RECORD);
        byte[] sealed = cipher.encrypt(key, "secret".getBytes(StandardCharsets.UTF_8), RECORD);
        byte[] other = "record-2".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> cipher.decrypt(key, sealed, other)).isInstanceOf(PersonalDataCipher.UnreadableDataException.class);
        assertThatThrownBy(() -> cipher.unwrap(key.wrapped(), other)).isInstanceOf(PersonalDataCipher.UnreadableDataException.class);
        PersonalDataCipher otherMaster = new PersonalDataCipher(Secret.of(key(2)), random);
        assertThatThrownBy(() -> otherMaster.unwrap(key.wrapped(), RECORD))
                .isInstanceOf(PersonalDataCipher.UnreadableDataException.class)
                .hasMessage("the data cannot be read");
    }

    private static byte[] key(int seed) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) seed);
        return key;
    }
}
