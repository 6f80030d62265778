package org.waymark.signing;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.waymark.crypto.PersonalDataCipher;
import org.waymark.crypto.ServiceKey;
import org.waymark.signing.persistence.ServiceKeyRow;
import org.waymark.signing.persistence.ServiceKeyRows;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The service's signing key. The first call makes one (under a lock, so several instances agree on it) and
 * stores its private key sealed under a data key wrapped by the master key; later calls read it back.
 * Old keys stay readable by id, so packets can always name the key that signed them.
 */
@Singleton
public class ServiceKeys {

    static final Duration VALIDITY = Duration.ofDays(3 * 365);
    private static final Logger LOG = LoggerFactory.getLogger(ServiceKeys.class);

    private final ServiceKeyRows rows;
    private final PersonalDataCipher cipher;
    private final SecureRandom random;
    private final Clock clock;
    private final Map<UUID, ServiceKey> cache = new ConcurrentHashMap<>();
    private volatile Current current;

    ServiceKeys(ServiceKeyRows rows, PersonalDataCipher cipher, SecureRandom random, Clock clock) {
        this.rows = rows;
        this.cipher = cipher;
        this.random = random;
        this.clock = clock;
    }

    /** The key new packets are signed with, and its id. */
    public record Current(UUID id, ServiceKey key) {
    }

    @Transactional
    public Current current() {
        Current known = current;
        if (known != null) {
            return known;
        }
        Optional<ServiceKeyRow> active = rows.findByRetiredAtIsNull();
        if (active.isEmpty()) {
            rows.lockCreation();
            active = rows.findByRetiredAtIsNull();
        }
        ServiceKeyRow row = active.orElseGet(this::create);
        current = new Current(row.id(), open(row));
        return current;
    }

    /** A key by id, current or retired. */
    @Transactional
    public Optional<ServiceKey> byId(UUID id) {
        ServiceKey known = cache.get(id);
        return known != null ? Optional.of(known) : rows.findById(id).map(this::open);
    }

    private ServiceKeyRow create() {
        UUID id = UUID.randomUUID();
        ServiceKey key = ServiceKey.generate("Waymark", clock.instant(), VALIDITY, random);
        PersonalDataCipher.DataKey dataKey = cipher.newDataKey(recordId(id));
        ServiceKeyRow row = rows.save(new ServiceKeyRow(id, clock.instant(), dataKey.wrapped(),
                cipher.encrypt(dataKey, key.privateKeyPkcs8(), recordId(id)), key.certificateDer(), key.openPgpPublicKey(),
                key.openPgpFingerprint(), key.certificateFingerprint(), null));
        LOG.info("Made the service signing key: OpenPGP fingerprint {}, certificate SHA-256 {}", key.openPgpFingerprint(),
                key.certificateFingerprint());
        return row;
    }

    private ServiceKey open(ServiceKeyRow row) {
        return cache.computeIfAbsent(row.id(), id -> {
            PersonalDataCipher.DataKey dataKey = cipher.unwrap(row.wrappedKey(), recordId(id));
            return ServiceKey.restore(cipher.decrypt(dataKey, row.sealedPrivateKey(), recordId(id)), row.certificate(), row.openpgpKey());
        });
    }

    private static byte[] recordId(UUID id) {
        return ("service-key:" + id).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
