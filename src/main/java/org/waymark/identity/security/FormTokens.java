package org.waymark.identity.security;

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
 * Anti-forgery tokens for the web pages' forms (synchronizer tokens): an HMAC of the session's token id
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

    public String tokenFor(CurrentUser user) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] tag = mac.doFinal(("form:" + user.tokenId()).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    /** Throws unless {@code submitted} is the token of this session. */
    public void check(CurrentUser user, Object submitted) {
        String value = submitted instanceof String s ? s : null;
        if (user.tokenId() == null || value == null
                || !MessageDigest.isEqual(tokenFor(user).getBytes(StandardCharsets.US_ASCII), value.getBytes(StandardCharsets.US_ASCII))) {
            throw new RefusedException("form.token-invalid", "The form was not sent from this session's page; reload the page and try again.");
        }
    }
}
