package org.waymark.identity.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import org.waymark.shared.Secret;

import java.util.Base64;

/**
 * HS256 signing and verification of API tokens with the token key. The only algorithm accepted:
 * a token signed otherwise, or not signed at all, fails {@link #supports} and is refused.
 */
final class TokenSignature implements SignatureGeneratorConfiguration {

    private final SecretSignature delegate;

    TokenSignature(Secret key) {
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setSecret(Base64.getEncoder().encodeToString(key.reveal()));
        configuration.setBase64(true);
        configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
        this.delegate = new SecretSignature(configuration);
    }

    @Override
    public SignedJWT sign(JWTClaimsSet claims) throws JOSEException {
        return delegate.sign(claims);
    }

    @Override
    public String supportedAlgorithmsMessage() {
        return "Only the HS256 JWS algorithm is supported";
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return JWSAlgorithm.HS256.equals(algorithm);
    }

    @Override
    public boolean verify(SignedJWT jwt) throws JOSEException {
        return supports(jwt.getHeader().getAlgorithm()) && delegate.verify(jwt);
    }
}
