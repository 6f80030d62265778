package org.waymark.crypto;

/** The two packet formats, named by the kind of partner key they are encrypted to. */
public enum KeyFormat {
    /** OpenPGP v4 key; the packet is a signed, SEIPD v1 AES-256 encrypted OpenPGP message ({@code .pgp}). */
    OPENPGP,
    /** X.509 certificate; the packet is CMS SignedData inside AuthEnvelopedData with AES-256-GCM ({@code .p7m}). */
    X509
}
