package org.waymark.crypto;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.cms.AuthEnvelopedData;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.GCMParameters;
import org.bouncycastle.asn1.cms.KeyAgreeRecipientInfo;
import org.bouncycastle.asn1.cms.KeyTransRecipientInfo;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.operator.jcajce.JcaAlgorithmParametersConverter;

import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import java.security.GeneralSecurityException;
import java.security.spec.MGF1ParameterSpec;
import java.util.Arrays;

/**
 * The one shape of CMS packet Waymark writes, and the check that a packet has exactly that shape before it is
 * opened. Fields that neither the GCM tag nor the signature cover (versions, algorithm parameters, the
 * envelope's own type) are compared with what Waymark writes, so a changed byte anywhere is refused.
 */
final class CmsProfile {

    static final AlgorithmIdentifier RSA_OAEP_SHA256 = oaep();
    static final AlgorithmIdentifier EC_P256 = new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, SECObjectIdentifiers.secp256r1);
    static final int GCM_TAG_BYTES = 16;
    static final int GCM_NONCE_BYTES = 12;

    private CmsProfile() {
    }

    /** Throws unless {@code packet} is, byte for byte, a DER AuthEnvelopedData of Waymark's profile. */
    static ContentInfo check(byte[] packet) {
        try {
            ContentInfo info = ContentInfo.getInstance(packet);
            require(CMSObjectIdentifiers.authEnvelopedData.equals(info.getContentType()), "not an AuthEnvelopedData packet");
            require(Arrays.equals(info.getEncoded(ASN1Encoding.DER), packet), "not in DER");
            AuthEnvelopedData envelope = AuthEnvelopedData.getInstance(info.getContent());
            require(version(envelope.getVersion(), 0), "unexpected version");
            require(envelope.getOriginatorInfo() == null && envelope.getAuthAttrs() == null && envelope.getUnauthAttrs() == null,
                    "unexpected attributes");
            require(envelope.getRecipientInfos().size() == 1, "not exactly one recipient");
            recipient(RecipientInfo.getInstance(envelope.getRecipientInfos().getObjectAt(0)));
            var content = envelope.getAuthEncryptedContentInfo();
            require(CMSObjectIdentifiers.data.equals(content.getContentType()), "unexpected content type");
            require(NISTObjectIdentifiers.id_aes256_GCM.equals(content.getContentEncryptionAlgorithm().getAlgorithm()), "not AES-256-GCM");
            GCMParameters gcm = GCMParameters.getInstance(content.getContentEncryptionAlgorithm().getParameters());
            require(gcm.getIcvLen() == GCM_TAG_BYTES && gcm.getNonce().length == GCM_NONCE_BYTES, "unexpected GCM parameters");
            return info;
        } catch (PacketRejectedException e) {
            throw e;
        } catch (RuntimeException | java.io.IOException e) {
            throw new PacketRejectedException("this is not a readable CMS packet", e);
        }
    }

    private static void recipient(RecipientInfo recipient) {
        if (recipient.getInfo() instanceof KeyTransRecipientInfo transport) {
            require(version(transport.getVersion(), 0), "unexpected recipient version");
            require(RSA_OAEP_SHA256.equals(transport.getKeyEncryptionAlgorithm()), "key transport is not RSA-OAEP with SHA-256");
        } else if (recipient.getInfo() instanceof KeyAgreeRecipientInfo agreement) {
            require(version(agreement.getVersion(), 3), "unexpected recipient version");
            require(agreement.getUserKeyingMaterial() == null, "unexpected keying material");
            require(agreement.getOriginator().getOriginatorKey() != null
                    && EC_P256.equals(agreement.getOriginator().getOriginatorKey().getAlgorithm()), "originator key is not P-256");
            AlgorithmIdentifier keyEncryption = agreement.getKeyEncryptionAlgorithm();
            require(CMSAlgorithm.ECDH_SHA256KDF.equals(keyEncryption.getAlgorithm())
                    && AlgorithmIdentifier.getInstance(keyEncryption.getParameters()).getAlgorithm().equals(CMSAlgorithm.AES256_WRAP)
                    && AlgorithmIdentifier.getInstance(keyEncryption.getParameters()).getParameters() == null,
                    "key agreement is not ECDH with SHA-256 KDF and AES-256 key wrap");
            require(agreement.getRecipientEncryptedKeys().size() == 1, "not exactly one recipient key");
        } else {
            throw new PacketRejectedException("unexpected kind of recipient");
        }
    }

    private static boolean version(ASN1Integer version, int expected) {
        return version.hasValue(expected);
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new PacketRejectedException("the packet is not a Waymark CMS packet: " + problem);
        }
    }

    private static AlgorithmIdentifier oaep() {
        try {
            return new JcaAlgorithmParametersConverter().getAlgorithmIdentifier(PKCSObjectIdentifiers.id_RSAES_OAEP,
                    new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
