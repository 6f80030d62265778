package org.waymark.referral;

import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.waymark.crypto.OpenPgpKeys;
import org.waymark.crypto.PacketSealer;
import org.waymark.crypto.PartnerKeyGenerator;
import org.waymark.crypto.ServiceKey;
import org.waymark.crypto.X509Keys;
import org.waymark.testing.StandardTools;
import org.waymark.testing.StandardTools.GnuPg;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Packets of schema 1 (as partners still hold them) and schema 2 both open with real gpg and openssl, signature verified. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PacketSchemasWithStandardToolsTest {

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    final SecureRandom random = new SecureRandom();
    final ServiceKey service = ServiceKey.generate("Waymark", NOW, Duration.ofDays(30), random);
    final PartnerKeyGenerator generator = new PartnerKeyGenerator(random);
    final PartnerKeyGenerator.KeyFiles pgp = generator.openPgp("Inspectorate <pip@pip.invalid>", NOW.minusSeconds(60), Duration.ZERO);
    final PartnerKeyGenerator.KeyFiles cms = generator.x509Ec("Inspectorate", "secp256r1", NOW.minusSeconds(60), NOW.plus(Duration.ofDays(9)));

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void gnuPgDecryptsAndVerifiesAPacketOfEitherSchema(int schema) throws Exception {
        byte[] archive = archive(schema);
        Files.write(directory.resolve("packet.pgp"), new PacketSealer(random).seal(archive, ReferralPacket.ARCHIVE_NAME, NOW, service,
                OpenPgpKeys.recipient(pgp.publicKey().getBytes(StandardCharsets.US_ASCII), NOW)));
        Files.writeString(directory.resolve("partner-secret.asc"), pgp.secretKey());
        Files.writeString(directory.resolve("service.asc"), service.openPgpPublicKeyArmoured());
        try (GnuPg gpg = new GnuPg(directory)) {
            assertThat(gpg.run("--import", "partner-secret.asc", "service.asc").exitCode()).isZero();

            StandardTools.Result decrypted = gpg.run("--status-fd", "1", "--output", "out.zip", "--decrypt", "packet.pgp");

            assertThat(decrypted.exitCode()).as(decrypted.errors()).isZero();
            assertThat(decrypted.output()).contains("[GNUPG:] VALIDSIG " + service.openPgpFingerprint());
        }
        assertOpened(schema, Files.readAllBytes(directory.resolve("out.zip")));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void openSslDecryptsAndVerifiesAPacketOfEitherSchema(int schema) throws Exception {
        byte[] archive = archive(schema);
        Files.write(directory.resolve("packet.p7m"), new PacketSealer(random).seal(archive, ReferralPacket.ARCHIVE_NAME, NOW, service,
                X509Keys.recipient(cms.publicKey().getBytes(StandardCharsets.US_ASCII), NOW)));
        Files.writeString(directory.resolve("partner-key.pem"), cms.secretKey());
        Files.writeString(directory.resolve("service.pem"), service.certificatePem());

        StandardTools.Result decrypted = openssl("cms", "-decrypt", "-inform", "DER", "-in", "packet.p7m", "-inkey", "partner-key.pem",
                "-out", "signed.p7s");
        StandardTools.Result verified = openssl("cms", "-verify", "-inform", "DER", "-in", "signed.p7s", "-CAfile", "service.pem",
                "-out", "out.zip");

        assertThat(decrypted.exitCode()).as(decrypted.errors()).isZero();
        assertThat(verified.errors()).contains("Verification successful");
        assertOpened(schema, Files.readAllBytes(directory.resolve("out.zip")));
    }

    private static void assertOpened(int schema, byte[] archive) {
        Map<String, byte[]> files = ReferralPacket.unpack(archive);
        byte[] json = files.get(ReferralPacket.JSON_NAME);
        assertThat(new String(json, StandardCharsets.UTF_8)).contains(schema == 1 ? PacketDocument.SCHEMA_1 : PacketDocument.SCHEMA);
        assertThat(PacketSchema.problems(json)).isEmpty();
        assertThat(files.get(ReferralPacket.PDF_NAME)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] archive(int schema) throws Exception {
        if (schema == 1) {
            return OpenPacketCommandTest.schemaOneArchive();
        }
        PacketInput input = PacketGoldenTest.input("en", "ru", null, false);
        return new PacketBuilder(JsonMapper.createDefault(), random).plaintext(input, PacketComposer.compose(input));
    }

    private StandardTools.Result openssl(String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(arguments));
        return StandardTools.run(directory, Map.of(), command);
    }
}
