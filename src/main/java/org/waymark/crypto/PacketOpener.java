package org.waymark.crypto;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientId;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSAuthEnvelopedData;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.cms.jcajce.JceKeyAgreeAuthEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransAuthEnvelopedRecipient;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPMarker;
import org.bouncycastle.openpgp.PGPOnePassSignature;
import org.bouncycastle.openpgp.PGPOnePassSignatureList;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyEncryptedData;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.jcajce.JcaPGPObjectFactory;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentVerifierBuilderProvider;
import org.bouncycastle.openpgp.operator.jcajce.JcePublicKeyDataDecryptorFactoryBuilder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Iterator;

/**
 * What a partner does with a packet, in Java: decrypts it with the partner's secret key and verifies that the
 * service key it expects signed it. Anything else (wrong key, one changed byte, another signer) is refused
 * with a {@link PacketRejectedException}; nothing unverified is ever returned.
 */
public final class PacketOpener {

    private PacketOpener() {
    }

    /**
     * The verified contents of a packet.
     *
     * @param secretKey the partner's secret key: an unprotected OpenPGP secret key (armoured or binary), or a PEM file
     *                  with the partner's PKCS#8 private key and its certificate
     * @param signer    the published service key: its armoured OpenPGP public key or its PEM certificate
     */
    public static byte[] open(byte[] packet, byte[] secretKey, byte[] signer) {
        String keyText = new String(secretKey, StandardCharsets.US_ASCII);
        if (keyText.contains("-----BEGIN PRIVATE KEY-----")) {
            return openCms(packet, privateKey(keyText), recipientCertificate(secretKey), signerCertificate(signer));
        }
        return openOpenPgp(packet, OpenPgpKeys.secretKeyRing(secretKey), signerOpenPgpKey(signer));
    }

    private static byte[] openOpenPgp(byte[] packet, PGPSecretKeyRing secretRing, PGPPublicKey signer) {
        try (InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(packet))) {
            PGPPublicKeyEncryptedData encrypted = encryptedTo(secretRing, in);
            PGPSecretKey secret = secretRing.getSecretKey(encrypted.getKeyID());
            InputStream clear = encrypted.getDataStream(new JcePublicKeyDataDecryptorFactoryBuilder().setProvider(Bc.PROVIDER)
                    .setContentProvider(Bc.JDK_AES).build(secret.extractPrivateKey(null)));
            byte[] contents = signedContents(new JcaPGPObjectFactory(clear), signer);
            if (!encrypted.verify()) {
                throw new PacketRejectedException("the packet was changed after it was encrypted");
            }
            return contents;
        } catch (PacketRejectedException e) {
            throw e;
        } catch (Exception e) {
            throw new PacketRejectedException("the packet cannot be decrypted or verified: it is damaged, changed or not for this key", e);
        }
    }

    /** The part of the packet encrypted to a key of {@code secretRing}, which must be integrity protected. */
    private static PGPPublicKeyEncryptedData encryptedTo(PGPSecretKeyRing secretRing, InputStream in) throws java.io.IOException {
        JcaPGPObjectFactory outer = new JcaPGPObjectFactory(in);
        Object object = outer.nextObject();
        while (object instanceof PGPMarker) {
            object = outer.nextObject();
        }
        if (!(object instanceof PGPEncryptedDataList list)) {
            throw new PacketRejectedException("this is not an encrypted OpenPGP packet");
        }
        for (Iterator<?> it = list.getEncryptedDataObjects(); it.hasNext(); ) {
            if (it.next() instanceof PGPPublicKeyEncryptedData candidate && secretRing.getSecretKey(candidate.getKeyID()) != null) {
                if (!candidate.isIntegrityProtected()) {
                    throw new PacketRejectedException("the packet has no integrity protection");
                }
                return candidate;
            }
        }
        throw new PacketRejectedException("the packet is not encrypted to this key");
    }

    /** The decrypted contents, once their one-pass signature by {@code signer} is verified. */
    private static byte[] signedContents(JcaPGPObjectFactory inner, PGPPublicKey signer) throws Exception {
        if (!(inner.nextObject() instanceof PGPOnePassSignatureList onePass) || onePass.isEmpty()) {
            throw new PacketRejectedException("the packet is not signed");
        }
        PGPOnePassSignature expected = onePass.get(0);
        if (expected.getKeyID() != signer.getKeyID()) {
            throw new PacketRejectedException("the packet was signed by an unknown key");
        }
        expected.init(new JcaPGPContentVerifierBuilderProvider().setProvider(Bc.PROVIDER), signer);
        if (!(inner.nextObject() instanceof PGPLiteralData literal)) {
            throw new PacketRejectedException("the packet has no contents");
        }
        byte[] contents = literal.getInputStream().readAllBytes();
        expected.update(contents);
        if (!(inner.nextObject() instanceof PGPSignatureList signatures) || signatures.isEmpty()
                || !expected.verify(signatures.get(0))) {
            throw new PacketRejectedException("the signature does not match the contents");
        }
        return contents;
    }

    private static byte[] openCms(byte[] packet, PrivateKey key, X509Certificate recipientCertificate, X509Certificate signer) {
        byte[] signed;
        try {
            CMSAuthEnvelopedData envelope = new CMSAuthEnvelopedData(CmsProfile.check(packet));
            RecipientInformation transport = envelope.getRecipientInfos().get(new JceKeyTransRecipientId(recipientCertificate));
            RecipientInformation agreement = envelope.getRecipientInfos().get(new JceKeyAgreeRecipientId(recipientCertificate));
            if (transport != null) {
                signed = transport.getContent(new JceKeyTransAuthEnvelopedRecipient(key).setProvider(Bc.PROVIDER));
            } else if (agreement != null) {
                signed = agreement.getContent(new JceKeyAgreeAuthEnvelopedRecipient(key).setProvider(Bc.PROVIDER));
            } else {
                throw new PacketRejectedException("the packet is not encrypted to this key");
            }
        } catch (PacketRejectedException e) {
            throw e;
        } catch (Exception e) {
            throw new PacketRejectedException("the packet cannot be decrypted: it is damaged, changed or not for this key", e);
        }
        try {
            CMSSignedData data = new CMSSignedData(signed);
            X509CertificateHolder expected = new X509CertificateHolder(signer.getEncoded());
            SignerInformation signature = data.getSignerInfos().getSigners().stream().findFirst()
                    .orElseThrow(() -> new PacketRejectedException("the packet is not signed"));
            if (!signature.getSID().match(expected)) {
                throw new PacketRejectedException("the packet was signed by an unknown key");
            }
            if (!signature.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(Bc.PROVIDER).build(signer))) {
                throw new PacketRejectedException("the signature does not match the contents");
            }
            return (byte[]) data.getSignedContent().getContent();
        } catch (PacketRejectedException e) {
            throw e;
        } catch (Exception e) {
            throw new PacketRejectedException("the signature cannot be verified", e);
        }
    }

    private static PrivateKey privateKey(String pem) {
        try (PEMParser parser = new PEMParser(new java.io.StringReader(pem))) {
            Object object = parser.readObject();
            if (object instanceof PrivateKeyInfo info) {
                return new JcaPEMKeyConverter().setProvider(Bc.PROVIDER).getPrivateKey(info);
            }
        } catch (Exception e) {
            // fall through to the one message below
        }
        throw new KeyRejectedException("this is not a readable unencrypted PKCS#8 private key");
    }

    private static X509Certificate recipientCertificate(byte[] keyFile) {
        try {
            return X509Keys.certificate(keyFile);
        } catch (Exception e) {
            throw new KeyRejectedException("the key file must hold the partner's certificate after its private key");
        }
    }

    private static X509Certificate signerCertificate(byte[] signer) {
        try {
            return X509Keys.certificate(signer);
        } catch (Exception e) {
            throw new KeyRejectedException("the service key must be the service's PEM certificate for a CMS packet");
        }
    }

    private static PGPPublicKey signerOpenPgpKey(byte[] signer) {
        try {
            return OpenPgpKeys.publicKeyRing(signer).getPublicKey();
        } catch (RuntimeException e) {
            throw new KeyRejectedException("the service key must be the service's OpenPGP public key for an OpenPGP packet");
        }
    }

}
