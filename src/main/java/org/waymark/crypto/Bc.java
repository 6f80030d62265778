package org.waymark.crypto;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

import java.security.Provider;

/**
 * The one Bouncy Castle provider instance, passed explicitly where an algorithm needs it (Ed25519, X25519,
 * OpenPGP key conversion). It is never registered globally, so the JDK's own providers keep doing the bulk
 * AES work, which they do about forty times faster.
 */
final class Bc {

    static final Provider PROVIDER = new BouncyCastleProvider();

    /** The JDK provider that does AES (CFB for OpenPGP, GCM for CMS) with hardware support. */
    static final String JDK_AES = "SunJCE";

    /** The JDK providers for ECDSA P-256 signatures and SHA-2 digests: faster than Bouncy Castle's pure Java. */
    static final String JDK_EC = "SunEC";
    static final String JDK_DIGEST = "SUN";

    private Bc() {
    }
}
