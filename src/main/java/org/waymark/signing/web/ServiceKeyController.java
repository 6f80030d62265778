package org.waymark.signing.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import org.waymark.crypto.ServiceKey;
import org.waymark.signing.ServiceKeys;

import java.time.Instant;

/**
 * Publishes the service's signing key. Public on purpose: partners fetch it to verify packets, and compare
 * the fingerprints with those given to them out of band.
 */
@Controller("/api/v1/service-key")
@Secured(SecurityRule.IS_ANONYMOUS)
class ServiceKeyController {

    private final ServiceKeys keys;

    ServiceKeyController(ServiceKeys keys) {
        this.keys = keys;
    }

    /** Both public forms and their fingerprints. */
    @Serdeable
    record PublishedKey(String openPgpFingerprint, String openPgpPublicKey, String certificateSha256, String certificate,
                        Instant certificateExpiresAt) {
    }

    @Get
    PublishedKey published() {
        ServiceKey key = keys.current().key();
        return new PublishedKey(key.openPgpFingerprint(), key.openPgpPublicKeyArmoured(), key.certificateFingerprint(),
                key.certificatePem(), key.certificateExpiresAt());
    }

    @Get(uri = "/openpgp", produces = "application/pgp-keys")
    String openPgp() {
        return keys.current().key().openPgpPublicKeyArmoured();
    }

    @Get(uri = "/certificate", produces = "application/x-pem-file")
    String certificate() {
        return keys.current().key().certificatePem();
    }

}
