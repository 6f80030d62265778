package org.waymark.referral;

import io.micronaut.json.JsonMapper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.waymark.crypto.OpenPgpKeys;
import org.waymark.crypto.PacketSealer;
import org.waymark.crypto.PartnerKeyGenerator;
import org.waymark.crypto.ServiceKey;
import org.waymark.crypto.X509Keys;
import org.waymark.pdf.PdfRenderer;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * JMH on two threads (the two cores of the target machine): whole packets built per second (facts, JSON, PDF/A,
 * ZIP, signature, encryption) for an OpenPGP and an X.509 (RSA 3072) partner, against the baseline measured in the
 * same run: the facts, the JSON and the PDF alone. Run with {@code src/test/bench/packets.sh}; not part of the suite.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
@Threads(2)
public class PacketBenchmark {

    private PacketBuilder builder;
    private ServiceKey service;
    private PacketInput openPgpInput;
    private PacketInput cmsInput;
    private final PdfRenderer renderer = new PdfRenderer();
    private PacketSealer sealer;
    private byte[] archive;
    private final JsonMapper json = JsonMapper.createDefault();

    @Setup
    public void prepare() {
        SecureRandom random = new SecureRandom();
        Instant now = Instant.now();
        PartnerKeyGenerator generator = new PartnerKeyGenerator(random);
        service = ServiceKey.generate("Waymark", now, Duration.ofDays(30), random);
        builder = new PacketBuilder(json, random);
        PacketInput base = PacketGoldenTest.input("pl", "uk", "Особа просить про допомогу; розмовляє лише українською.", true);
        openPgpInput = withKey(base, OpenPgpKeys.recipient(bytes(generator.openPgp("NGO <n@n.invalid>", now, Duration.ZERO).publicKey()), now));
        cmsInput = withKey(base, X509Keys.recipient(bytes(generator.x509Rsa("Inspectorate", 3072, now.minusSeconds(60),
                now.plus(Duration.ofDays(30))).publicKey()), now));
        sealer = new PacketSealer(random);
        archive = builder.plaintext(openPgpInput, PacketComposer.compose(openPgpInput));
    }

    @Benchmark
    public byte[] baselinePdfAndJsonOnly() {
        PacketDocument document = PacketComposer.compose(openPgpInput);
        byte[] jsonBytes = builder.json(document);
        return renderer.render(PacketPrintout.of(document, openPgpInput.catalogue(), jsonBytes));
    }

    /** Signing and encryption alone, of the same archive: what the packet adds to the baseline beyond the ZIP. */
    @Benchmark
    public byte[] signAndEncryptOnlyOpenPgp() {
        return sealer.seal(archive, ReferralPacket.ARCHIVE_NAME, openPgpInput.createdAt(), service, openPgpInput.key());
    }

    @Benchmark
    public byte[] signAndEncryptOnlyX509() {
        return sealer.seal(archive, ReferralPacket.ARCHIVE_NAME, cmsInput.createdAt(), service, cmsInput.key());
    }

    @Benchmark
    public byte[] packetForOpenPgpPartner() {
        return builder.build(openPgpInput, service).ciphertext();
    }

    @Benchmark
    public byte[] packetForX509Partner() {
        return builder.build(cmsInput, service).ciphertext();
    }

    private static PacketInput withKey(PacketInput in, org.waymark.crypto.RecipientKey key) {
        return new PacketInput(in.referralId(), in.createdAt(), in.language(), in.screening(), in.catalogue(), in.unit(), in.officer(),
                in.partner(), key, in.named(), in.minor(), in.note(), in.workplace(), in.legalFrame(), in.nextSteps());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
