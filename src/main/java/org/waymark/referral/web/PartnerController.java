package org.waymark.referral.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.waymark.identity.Role;
import org.waymark.identity.security.CurrentUser;
import org.waymark.referral.PartnerDetails;
import org.waymark.referral.PartnerView;
import org.waymark.referral.Partners;

import java.util.List;
import java.util.UUID;

/** Partners as referral recipients: officers choose among them; administrators keep their details and keys. */
@Controller("/api/v1/partners")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Partners")
class PartnerController {

    private final Partners partners;

    PartnerController(Partners partners) {
        this.partners = partners;
    }

    /**
     * A public key to register: an armoured OpenPGP public key or a PEM X.509 certificate; {@code replaceCurrentKey}
     * confirms that the partner's current key, if it has one, is to be retired.
     */
    @Serdeable
    record NewKey(@NotBlank @Size(max = 20_000) String key, @Nullable Boolean replaceCurrentKey) {
    }

    @Get
    @Secured({Role.OFFICER_NAME, Role.ADMIN_NAME})
    List<PartnerView> list() {
        return partners.list();
    }

    @Get("/{id}")
    @Secured({Role.OFFICER_NAME, Role.ADMIN_NAME})
    PartnerView get(UUID id) {
        return partners.get(id);
    }

    @Put("/{id}/details")
    @Secured(Role.ADMIN_NAME)
    PartnerView details(Authentication authentication, UUID id, @Body @Valid PartnerDetails details) {
        return partners.updateDetails(CurrentUser.of(authentication), id, details);
    }

    /**
     * Registers a new key and retires the previous one; the response shows the fingerprint to check out of band. Without
     * {@code "replaceCurrentKey": true}, a partner that has a key answers 409 naming the key that would be retired.
     */
    @Post("/{id}/keys")
    @Secured(Role.ADMIN_NAME)
    PartnerView.KeyView registerKey(Authentication authentication, UUID id, @Body @Valid NewKey key) {
        return partners.registerKey(CurrentUser.of(authentication), id, key.key(), Boolean.TRUE.equals(key.replaceCurrentKey()));
    }

    @Get("/{id}/keys")
    @Secured(Role.ADMIN_NAME)
    List<PartnerView.KeyView> keys(UUID id) {
        return partners.keyHistory(id);
    }
}
