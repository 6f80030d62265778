package org.waymark.crypto;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(PasswordHasher.Cost.MINIMUM, new SecureRandom());

    @Test
    void verifiesTheRightPasswordAndRefusesAWrongOne() {
        String stored = hasher.hash("correct horse".toCharArray());
        assertThat(stored).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hasher.verify("correct horse".toCharArray(), stored)).isTrue();
        assertThat(hasher.verify("correct hors".toCharArray(), stored)).isFalse();
    }

    @Test
    void saltsEveryHash() {
        assertThat(hasher.hash("same".toCharArray())).isNotEqualTo(hasher.hash("same".toCharArray()));
    }

    @Test
    void refusesTamperedOrMalformedHashes() {
        String stored = hasher.hash("pw".toCharArray());
        // flip a character well inside the hash: the last base64 character carries unused bits and may decode the same
        int at = stored.length() - 10;
        String tampered = stored.substring(0, at) + (stored.charAt(at) == 'A' ? 'B' : 'A') + stored.substring(at + 1);
        assertThat(hasher.verify("pw".toCharArray(), tampered)).isFalse();
        assertThat(hasher.verify("pw".toCharArray(), "plain-text")).isFalse();
        assertThat(hasher.verify("pw".toCharArray(), null)).isFalse();
    }

    @Test
    void asksForARehashWhenTheCostWasRaised() {
        String stored = hasher.hash("pw".toCharArray());
        PasswordHasher stronger = new PasswordHasher(new PasswordHasher.Cost(32 * 1024, 3, 1), new SecureRandom());
        assertThat(hasher.needsRehash(stored)).isFalse();
        assertThat(stronger.needsRehash(stored)).isTrue();
        assertThat(stronger.verify("pw".toCharArray(), stored)).as("old hashes keep working").isTrue();
    }

    @Test
    void refusesACostBelowTheMinimum() {
        assertThatThrownBy(() -> new PasswordHasher(new PasswordHasher.Cost(4096, 1, 1), new SecureRandom()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
