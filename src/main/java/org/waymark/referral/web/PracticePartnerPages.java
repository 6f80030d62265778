package org.waymark.referral.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.waymark.identity.Role;
import org.waymark.identity.security.CurrentUser;
import org.waymark.identity.web.Pages;
import org.waymark.referral.PracticePartner;
import org.waymark.screening.PracticeScripts;
import org.waymark.screening.WalkState;
import org.waymark.screening.Walkthrough;
import org.waymark.signing.ServiceKeys;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Referring a completed training screening to the built-in practice partner: a page that explains it and offers the
 * sealed packet for download together with the practice partner's key and the service's public key (one zip), with the
 * commands that open the packet as a partner would.
 * A real screening is never offered here: its packet goes only to a real partner, from the case page. A trainee is
 * offered only their own practice screenings (any other is not found to them).
 */
@Controller
@Secured({Role.OFFICER_NAME, Role.TRAINEE_NAME}) // a trainee: their own practice screenings only
@ExecuteOn(TaskExecutors.BLOCKING)
class PracticePartnerPages {

    private final Pages pages;
    private final Walkthrough walkthrough;
    private final PracticePartner partner;
    private final ServiceKeys serviceKeys;

    private final PracticeScripts practice;

    PracticePartnerPages(Pages pages, Walkthrough walkthrough, PracticePartner partner, ServiceKeys serviceKeys, PracticeScripts practice) {
        this.practice = practice;
        this.pages = pages;
        this.walkthrough = walkthrough;
        this.partner = partner;
        this.serviceKeys = serviceKeys;
    }

    @Get(uri = "/officer/cases/{id}/practice-partner", produces = MediaType.TEXT_HTML)
    Object page(Authentication authentication, HttpRequest<?> request, @PathVariable UUID id) {
        CurrentUser user = CurrentUser.of(authentication);
        practice.refuseUnlessOwnPractice(user, id);
        Pages.Model model = pages.model(authentication, request);
        WalkState state = walkthrough.state(user, id, null, (String) model.values().get("lang"));
        if (!state.training()) {
            return Pages.seeOther("/officer/cases/" + id);
        }
        String back = user.role() == Role.TRAINEE ? "/officer/screenings/" + id + "/completed" : "/officer/cases/" + id; // a trainee has no case page
        return model.with("state", state).with("back", back)
                .with("serviceOpenPgpFingerprint", serviceKeys.current().key().openPgpFingerprint()).view("officer/practice-partner");
    }

    /** The sealed packet, the practice key that opens it and the service key that signed it, made afresh on each download. */
    @Get(uri = "/api/v1/screenings/{id}/practice-referral")
    HttpResponse<byte[]> packet(Authentication authentication, HttpRequest<?> request, @PathVariable UUID id) {
        CurrentUser user = CurrentUser.of(authentication);
        practice.refuseUnlessOwnPractice(user, id);
        PracticePartner.Delivery delivery = partner.packet(user, id, pages.language(request));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            add(out, "practice-referral.pgp", delivery.packet());
            add(out, "practice-partner-secret.asc", delivery.secretKey().getBytes(StandardCharsets.US_ASCII));
            add(out, "waymark-service.asc", serviceKeys.current().key().openPgpPublicKeyArmoured().getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.ok(zip.toByteArray()).contentType("application/zip")
                .header("Content-Disposition", "attachment; filename=practice-referral.zip");
    }

    private static void add(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }
}
