package org.waymark.crypto;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Argon2id password hashes in the PHC string format ({@code $argon2id$v=19$m=...,t=...,p=...$salt$hash}),
 * so the parameters travel with each hash and can be raised later ({@link #needsRehash}).
 *
 * <p>Security: at least m = 19 MiB, t = 2, p = 1 (OWASP's minimum for argon2id); 16-byte random salt;
 * 32-byte output; verification compares in constant time. The password is never logged or kept.
 */
public final class PasswordHasher {

    /** The parameters new hashes get. */
    public record Cost(int memoryKib, int iterations, int parallelism) {
        public static final Cost MINIMUM = new Cost(19 * 1024, 2, 1);
    }

    private static final Pattern PHC = Pattern.compile("\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final Cost cost;
    private final SecureRandom random;

    public PasswordHasher(Cost cost, SecureRandom random) {
        if (cost.memoryKib() < Cost.MINIMUM.memoryKib() || cost.iterations() < Cost.MINIMUM.iterations() || cost.parallelism() < 1) {
            throw new IllegalArgumentException("argon2id cost below the minimum m=19 MiB, t=2, p=1");
        }
        this.cost = cost;
        this.random = random;
    }

    public String hash(char[] password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, cost);
        return "$argon2id$v=19$m=" + cost.memoryKib() + ",t=" + cost.iterations() + ",p=" + cost.parallelism()
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /** True when {@code password} matches {@code stored}; false for any malformed hash. */
    public boolean verify(char[] password, String stored) {
        Matcher m = PHC.matcher(stored == null ? "" : stored);
        if (!m.matches()) {
            return false;
        }
        Cost stored_ = new Cost(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        byte[] expected = B64D.decode(m.group(5));
        byte[] actual = derive(password, B64D.decode(m.group(4)), stored_);
        return MessageDigest.isEqual(expected, actual);
    }

    /** True when {@code stored} was made with weaker parameters than this hasher's. */
    public boolean needsRehash(String stored) {
        Matcher m = PHC.matcher(stored == null ? "" : stored);
        return !m.matches() || Integer.parseInt(m.group(1)) < cost.memoryKib() || Integer.parseInt(m.group(2)) < cost.iterations();
    }

    private static byte[] derive(char[] password, byte[] salt, Cost cost) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(cost.memoryKib())
                .withIterations(cost.iterations())
                .withParallelism(cost.parallelism())
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[32];
        byte[] passwordBytes = new String(password).getBytes(StandardCharsets.UTF_8);
        try {
            generator.generateBytes(passwordBytes, out);
        } finally {
            java.util.Arrays.fill(passwordBytes, (byte) 0);
        }
        return out;
    }
}
