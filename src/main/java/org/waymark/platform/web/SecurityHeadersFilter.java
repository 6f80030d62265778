package org.waymark.platform.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Headers on every response. A strict Content-Security-Policy (scripts and styles only from Waymark itself,
 * no inline script, no framing), no sniffing, no referrer to other sites (same-origin: with "no-referrer" browsers send "Origin: null" on form posts, which is refused); and {@code Cache-Control: no-store} on everything
 * but the static assets, so no page or answer with case data stays in a shared device's cache.
 * The partner's referral page may compile WebAssembly (see {@link #PARTNER_REFERRAL_POLICY}).
 * The Swagger UI (signed-in users only, no case data) gets its own policy: its one inline script admitted by hash
 * (computed from the page the build generated, so an upgrade cannot silently widen it), inline styles (its widgets set
 * them), nothing from elsewhere.
 */
@ServerFilter("/**")
final class SecurityHeadersFilter {

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    /**
     * The partner's referral page opens packets with the vendored openpgp.js, whose Argon2 (for a secret key protected
     * with Argon2 S2K) is WebAssembly: compiling it needs {@code 'wasm-unsafe-eval'}, which admits WebAssembly only —
     * still no eval of script, no inline script, nothing from elsewhere — and only on this page.
     */
    static final String PARTNER_REFERRAL_POLICY = POLICY.replace("script-src 'self';", "script-src 'self' 'wasm-unsafe-eval';");

    private static final String SWAGGER_UI_PAGE = "META-INF/swagger/views/swagger-ui/index.html";

    private final String swaggerUiPolicy = swaggerUiPolicy();

    @ResponseFilter
    void headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String path = request.getPath();
        response.header("Content-Security-Policy", path.startsWith("/swagger-ui") ? swaggerUiPolicy
                : path.startsWith("/partner/referrals/") ? PARTNER_REFERRAL_POLICY : POLICY);
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "same-origin");
        response.header("X-Frame-Options", "DENY");
        if (!path.startsWith("/assets/") && !response.getHeaders().contains("Cache-Control")) {
            response.header("Cache-Control", "no-store");
        }
    }

    /** The Swagger UI's policy: its inline script by SHA-256 (none admitted when the page is missing). */
    static String swaggerUiPolicy() {
        String hash = "'none'";
        try (InputStream in = SecurityHeadersFilter.class.getClassLoader().getResourceAsStream(SWAGGER_UI_PAGE)) {
            if (in != null) {
                String page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                int open = page.indexOf("<script>");
                int close = page.indexOf("</script>", open);
                if (open >= 0 && close > open) {
                    byte[] digest = MessageDigest.getInstance("SHA-256")
                            .digest(page.substring(open + "<script>".length(), close).getBytes(StandardCharsets.UTF_8));
                    hash = "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
                }
            }
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot read the Swagger UI page", e);
        }
        return "default-src 'none'; script-src 'self' " + hash + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    }
}
