package org.waymark.signing.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A stored service key: public parts in the clear, the private key sealed. */
@MappedEntity("service_key")
public record ServiceKeyRow(@Id UUID id, Instant createdAt, byte[] wrappedKey, byte[] sealedPrivateKey, byte[] certificate, byte[] openpgpKey,
                            String openpgpFingerprint, String certificateFingerprint, @Nullable Instant retiredAt) {

    @Override
    public String toString() {
        return "ServiceKeyRow[" + id + ", " + openpgpFingerprint + "]";
    }
}
