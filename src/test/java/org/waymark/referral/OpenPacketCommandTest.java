package org.waymark.referral;

import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.waymark.crypto.OpenPgpKeys;
import org.waymark.crypto.PacketSealer;
import org.waymark.crypto.PartnerKeyGenerator;
import org.waymark.crypto.RecipientKey;
import org.waymark.crypto.ServiceKey;
import org.waymark.crypto.X509Keys;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenPacketCommandTest {

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    final SecureRandom random = new SecureRandom();
    final ServiceKey service = ServiceKey.generate("Waymark", NOW, Duration.ofDays(30), random);
    final PartnerKeyGenerator generator = new PartnerKeyGenerator(random);
    final PartnerKeyGenerator.KeyFiles pgp = generator.openPgp("NGO <n@n.invalid>", NOW, Duration.ZERO);
    final PartnerKeyGenerator.KeyFiles cms = generator.x509Ec("Inspectorate", "secp256r1", NOW.minusSeconds(60), NOW.plus(Duration.ofDays(9)));
    final PacketBuilder builder = new PacketBuilder(JsonMapper.createDefault(), random);
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"openpgp", "cms"})
    void opensAPacketAndWritesThePdfAndTheJson(String format) throws Exception {
        Path packet = packet(format, archive());

        int exit = run("--key", secretKey(format).toString(), "--signer", signer(format, service).toString(), packet.toString(),
                "--out", directory.resolve("opened").toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("signature verified");
        assertThat(Files.readAllBytes(directory.resolve("opened/referral.pdf"))).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(PacketSchema.problems(Files.readAllBytes(directory.resolve("opened/referral.json")))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"openpgp", "cms"})
    void stillOpensASchemaOnePacket(String format) throws Exception {
        Path packet = packet(format, schemaOneArchive());

        int exit = run("--key", secretKey(format).toString(), "--signer", signer(format, service).toString(), packet.toString(),
                "--out", directory.resolve("opened").toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(Files.readString(directory.resolve("opened/referral.json"))).contains(PacketDocument.SCHEMA_1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"openpgp", "cms"})
    void refusesAChangedPacketAndWritesNothing(String format) throws Exception {
        Path packet = packet(format, archive());
        byte[] bytes = Files.readAllBytes(packet);
        bytes[bytes.length / 2] ^= 1;
        Files.write(packet, bytes);

        int exit = run("--key", secretKey(format).toString(), "--signer", signer(format, service).toString(), packet.toString(),
                "--out", directory.resolve("opened").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("refused");
        assertThat(directory.resolve("opened")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"openpgp", "cms"})
    void refusesAPacketSignedByAnUnknownKey(String format) throws Exception {
        ServiceKey impostor = ServiceKey.generate("Impostor", NOW, Duration.ofDays(30), random);
        Path packet = packet(format, archive());

        int exit = run("--key", secretKey(format).toString(), "--signer", signer(format, impostor).toString(), packet.toString(),
                "--out", directory.resolve("opened").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("unknown key");
        assertThat(directory.resolve("opened")).doesNotExist();
    }

    @Test
    void refusesAPacketForAnotherPartner() throws Exception {
        Path packet = packet("openpgp", archive());
        Path otherKey = Files.writeString(directory.resolve("other.asc"), generator.openPgp("Other <o@o.invalid>", NOW, Duration.ZERO).secretKey());

        int exit = run("--key", otherKey.toString(), "--signer", signer("openpgp", service).toString(), packet.toString(),
                "--out", directory.resolve("opened").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("not encrypted to this key");
    }

    @Test
    void refusesContentsThatDoNotMatchTheSchema() throws Exception {
        byte[] badJson = "{\"schema\":\"something else\"}".getBytes(StandardCharsets.UTF_8);
        Path packet = packet("openpgp", ReferralPacket.archive("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), badJson, NOW));

        int exit = run("--key", secretKey("openpgp").toString(), "--signer", signer("openpgp", service).toString(), packet.toString(),
                "--out", directory.resolve("opened").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("does not match its schema");
        assertThat(directory.resolve("opened")).doesNotExist();
    }

    @Test
    void explainsItsUsageWhenAnArgumentIsMissing() {
        assertThat(run("--key", "k.asc", "packet.pgp")).isEqualTo(2);
        assertThat(err.toString()).contains("usage:");
    }

    private int run(String... arguments) {
        String[] args = new String[arguments.length + 1];
        args[0] = OpenPacketCommand.NAME;
        System.arraycopy(arguments, 0, args, 1, arguments.length);
        return OpenPacketCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private byte[] archive() {
        PacketInput input = PacketGoldenTest.input("pl", "uk", "note", true);
        return builder.plaintext(input, PacketComposer.compose(input));
    }

    /** A packet made by the schema-1 code (the reviewed fixture), as partners may still hold. */
    static byte[] schemaOneArchive() throws Exception {
        Path folder = PacketGoldenTest.GOLDEN.resolve("schema-1");
        return ReferralPacket.archive(Files.readAllBytes(folder.resolve("referral.pdf")), Files.readAllBytes(folder.resolve("referral.json")),
                PacketGoldenTest.CREATED);
    }

    private Path packet(String format, byte[] archive) throws Exception {
        RecipientKey key = format.equals("openpgp") ? OpenPgpKeys.recipient(pgp.publicKey().getBytes(StandardCharsets.US_ASCII), NOW)
                : X509Keys.recipient(cms.publicKey().getBytes(StandardCharsets.US_ASCII), NOW);
        byte[] sealed = new PacketSealer(random).seal(archive, ReferralPacket.ARCHIVE_NAME, NOW, service, key);
        return Files.write(directory.resolve(format.equals("openpgp") ? "packet.pgp" : "packet.p7m"), sealed);
    }

    private Path secretKey(String format) throws Exception {
        return Files.writeString(directory.resolve(format + "-secret"), format.equals("openpgp") ? pgp.secretKey() : cms.secretKey());
    }

    private Path signer(String format, ServiceKey key) throws Exception {
        return Files.writeString(directory.resolve(format + "-signer-" + key.openPgpFingerprint()),
                format.equals("openpgp") ? key.openPgpPublicKeyArmoured() : key.certificatePem());
    }
}
