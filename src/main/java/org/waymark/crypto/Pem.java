package org.waymark.crypto;

import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Text forms of keys and certificates: PEM for X.509 and PKCS#8, ASCII armour (with its checksum) for OpenPGP. */
final class Pem {

    private Pem() {
    }

    static String pem(Object object) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    static String armoured(byte[] openPgpPackets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ArmoredOutputStream armour = ArmoredOutputStream.builder().clearHeaders().enableCRC(true).build(out)) {
            armour.write(openPgpPackets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}
