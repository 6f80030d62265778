package org.waymark.referral;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.waymark.crypto.PacketSealer;
import org.waymark.crypto.ServiceKey;
import org.waymark.pdf.PdfRenderer;
import org.waymark.shared.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;

/**
 * Makes a sealed packet: the JSON, the PDF with the JSON inside, both zipped, signed with the service key and
 * encrypted to the partner's key. The plaintext lives only in memory, only here.
 */
@Singleton
class PacketBuilder {

    private final JsonMapper json;
    private final PdfRenderer renderer = new PdfRenderer();
    private final PacketSealer sealer;

    PacketBuilder(JsonMapper json, SecureRandom random) {
        this.json = json;
        this.sealer = new PacketSealer(random);
    }

    /** The packet as the partner receives it, and what the database keeps about it. */
    record Sealed(byte[] ciphertext, String sha256, PacketDocument document) {
        @Override
        public String toString() {
            return "Sealed[" + ciphertext.length + " bytes, " + sha256 + "]";
        }
    }

    Sealed build(PacketInput input, ServiceKey signer) {
        PacketDocument document = PacketComposer.compose(input);
        byte[] archive = plaintext(input, document);
        byte[] sealed = sealer.seal(archive, ReferralPacket.ARCHIVE_NAME, input.createdAt(), signer, input.key());
        return new Sealed(sealed, Sha256.hex(sealed), document);
    }

    /** The unencrypted archive (for tests and the benchmark's baseline). */
    byte[] plaintext(PacketInput input, PacketDocument document) {
        byte[] jsonBytes = json(document);
        byte[] pdf = renderer.render(PacketPrintout.of(document, input.catalogue(), jsonBytes));
        return ReferralPacket.archive(pdf, jsonBytes, input.createdAt());
    }

    byte[] json(PacketDocument document) {
        try {
            return json.writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
