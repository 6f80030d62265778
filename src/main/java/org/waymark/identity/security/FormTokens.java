package org.waymark.identity.security;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import org.waymark.platform.config.SecretSetting;
import org.waymark.platform.config.Secrets;
import org.waymark.shared.RefusedException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Anti-forgery tokens for the web pages' forms (synchronizer tokens): an HMAC of the sign-in session's id
 * under the token key. Every page form carries one in the field {@value #FIELD}; a POST without the token
 * of its own session is refused before anything changes. A second line behind the SameSite=Strict cookie.
 */
@Singleton
public class FormTokens {

    public static final String FIELD = "_csrf";

    private final SecretKeySpec key;

    FormTokens(Secrets secrets) {
        this.key = new SecretKeySpec(secrets.get(SecretSetting.TOKEN_KEY).reveal(), "HmacSHA256");
    }

    public String tokenFor(Authentication authentication) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] tag = mac.doFinal(("form:" + session(authentication)).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    /** The sign-in session the form belongs to (its id stays the same when the session cookie is renewed). */
    private static Object session(Authentication authentication) {
        Object sid = authentication.getAttributes().get(CurrentUser.SESSION_ID);
        return sid != null ? sid : authentication.getAttributes().get("jti");
    }

    /** Throws unless {@code submitted} is the token of this session. */
    public void check(Authentication authentication, Object submitted) {
        String value = submitted instanceof String s ? s : null;
        if (session(authentication) == null || value == null
                || !MessageDigest.isEqual(tokenFor(authentication).getBytes(StandardCharsets.US_ASCII), value.getBytes(StandardCharsets.US_ASCII))) {
            throw new RefusedException("form.token-invalid", "The form was not sent from this session's page; reload the page and try again.");
        }
    }
}
