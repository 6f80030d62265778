package org.waymark.referral.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.waymark.identity.Role;
import org.waymark.identity.security.CurrentUser;
import org.waymark.identity.web.Pages;
import org.waymark.referral.Partners;
import org.waymark.shared.ConflictException;
import org.waymark.shared.InvalidInputException;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The administrator's partner pages: every partner with its active key (format, fingerprint, algorithm, expiry), and
 * for one partner its regions, contact and push endpoint, its key history and the form to register a new key, which
 * retires the old one (rotation).
 */
@Controller("/admin/partners")
@Secured(Role.ADMIN_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
class PartnerAdminPages {

    private final Pages pages;
    private final Partners partners;
    private final org.waymark.identity.Regions regions;

    PartnerAdminPages(Pages pages, Partners partners, org.waymark.identity.Regions regions) {
        this.pages = pages;
        this.partners = partners;
        this.regions = regions;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list(Authentication authentication, HttpRequest<?> request) {
        return pages.model(authentication, request).with("partners", partners.list()).view("admin/partners");
    }

    @Get(uri = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> partner(Authentication authentication, HttpRequest<?> request, UUID id) {
        return page(authentication, request, id, List.of(), Map.of());
    }

    /**
     * Registers a key uploaded as a file or pasted (armoured OpenPGP, or X.509 in PEM or DER); a refused key is shown
     * with the reason and changes nothing. Retiring the partner's current key needs the confirmation box ticked.
     */
    @Post(uri = "/{id}/keys", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    Object registerKey(Authentication authentication, HttpRequest<?> request, UUID id, @Part("_csrf") @Nullable String csrf,
                       @Part("key") @Nullable String pasted, @Part("keyFile") @Nullable CompletedFileUpload file,
                       @Part("replaceCurrentKey") @Nullable String replaceCurrentKey) throws java.io.IOException {
        pages.checkForm(authentication, csrf == null ? Map.of() : Map.of(org.waymark.identity.security.FormTokens.FIELD, csrf));
        try {
            String key = file != null && file.getSize() > 0 ? keyText(file.getBytes()) : pasted;
            if (key == null || key.isBlank()) {
                throw InvalidInputException.of("key", "is required: upload or paste the armoured OpenPGP public key or the X.509 certificate");
            }
            partners.registerKey(CurrentUser.of(authentication), id, key, "true".equals(replaceCurrentKey));
            return Pages.seeOther("/admin/partners/" + id + "?registered");
        } catch (InvalidInputException e) {
            // the registry's reason is kept: it says what is wrong with the key (too weak, expired...), and holds no personal data
            return page(authentication, request, id, e.violations().stream().limit(1)
                    .map(v -> new Pages.FieldError("key", "form.error.partner.key", v.reason())).toList(), Map.of());
        } catch (ConflictException e) {
            org.waymark.referral.PartnerView.KeyView current = partners.get(id).key();
            return page(authentication, request, id, List.of(new Pages.FieldError("replaceCurrentKey", "form.error.partner.replaceCurrentKey",
                    current == null ? "" : current.fingerprint())), Map.of());
        }
    }

    /** Sets the regions the partner serves, its contact and its push endpoint (empty: the partner downloads from its inbox). */
    @Post(uri = "/{id}/details", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    Object updateDetails(Authentication authentication, HttpRequest<?> request, UUID id, @io.micronaut.http.annotation.Body Map<String, Object> form) {
        pages.checkForm(authentication, form);
        try {
            partners.updateDetails(CurrentUser.of(authentication), id, pages.read(form, org.waymark.referral.PartnerDetails.class));
            return Pages.seeOther("/admin/partners/" + id + "?saved");
        } catch (InvalidInputException e) {
            Map<String, Object> typed = new java.util.HashMap<>();
            typed.put("contact", java.util.Objects.requireNonNullElse(Pages.first(form, "contact"), ""));
            typed.put("pushEndpoint", java.util.Objects.requireNonNullElse(Pages.first(form, "pushEndpoint"), ""));
            typed.put("regions", Pages.all(form, "regions"));
            return page(authentication, request, id, pages.fieldErrors(e, "partner",
                    Map.of("contact", "contact", "pushEndpoint", "pushEndpoint", "regions", "partner-regions"), "partner-regions"), typed);
        }
    }

    /** An uploaded key as the text the registry reads: as it is when it is text, else (DER) as PEM. */
    private static String keyText(byte[] bytes) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        if (text.contains("-----BEGIN")) {
            return text;
        }
        return "-----BEGIN CERTIFICATE-----\n" + java.util.Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .encodeToString(bytes) + "\n-----END CERTIFICATE-----\n";
    }

    private ModelAndView<Map<String, Object>> page(Authentication authentication, HttpRequest<?> request, UUID id,
                                                   List<Pages.FieldError> errors, Map<String, Object> typed) {
        return pages.withFieldErrors(pages.model(authentication, request), errors)
                .with("partner", partners.get(id))
                .with("keys", partners.keyHistory(id))
                .with("details", partners.details(id))
                .with("allRegions", regions.findAll())
                .with("saved", request.getParameters().contains("saved"))
                .with("registered", request.getParameters().contains("registered"))
                .with("typed", typed)
                .view("admin/partner");
    }
}
