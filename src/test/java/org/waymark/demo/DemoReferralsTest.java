package org.waymark.demo;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.referral.ReferralPacket;
import org.waymark.testing.ApiClient;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.ReferralBody;
import org.waymark.testing.StandardTools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the README promises: after the first demo start, each demo partner can open a packet with its standard tool. */
@MicronautTest
class DemoReferralsTest extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @TempDir
    Path directory;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("waymark.demo.referrals", "true");
    }

    @Test
    void theDemoNgoOpensItsPacketWithGnuPgAsTheReadmeShows() throws Exception {
        ApiClient partner = new ApiClient(http).as("partner.ngo");
        List<ReferralBody> inbox = partner.inbox();
        assertThat(inbox).hasSize(1);
        Files.write(directory.resolve("packet.pgp"), partner.getBytes("/api/v1/inbox/" + inbox.get(0).id() + "/packet"));

        try (StandardTools.GnuPg gpg = new StandardTools.GnuPg(directory)) {
            gpg.run("--import", Path.of("target/test-data/demo-partners/demo-ngo-secret.asc").toAbsolutePath().toString(),
                    Path.of("target/test-data/demo-partners/waymark-service.asc").toAbsolutePath().toString());
            StandardTools.Result opened = gpg.run("--status-fd", "1", "--output", "referral.zip", "--decrypt", "packet.pgp");
            assertThat(opened.exitCode()).as(opened.errors()).isZero();
            assertThat(opened.output()).contains("GOODSIG");
        }
        assertThat(ReferralPacket.unpack(Files.readAllBytes(directory.resolve("referral.zip")))).containsKeys("referral.pdf", "referral.json");
    }

    @Test
    void theDemoInspectorateOpensItsPacketWithOpenSslAsTheReadmeShows() throws Exception {
        ApiClient partner = new ApiClient(http).as("partner.inspectorate");
        List<ReferralBody> inbox = partner.inbox();
        assertThat(inbox).hasSize(1);
        Files.write(directory.resolve("packet.p7m"), partner.getBytes("/api/v1/inbox/" + inbox.get(0).id() + "/packet"));
        Path keys = Path.of("target/test-data/demo-partners").toAbsolutePath();

        StandardTools.Result decrypted = StandardTools.run(directory, Map.of(), List.of("openssl", "cms", "-decrypt", "-inform", "DER",
                "-in", "packet.p7m", "-inkey", keys.resolve("demo-labour-inspectorate-key.pem").toString(), "-out", "signed.p7s"));
        StandardTools.Result verified = StandardTools.run(directory, Map.of(), List.of("openssl", "cms", "-verify", "-inform", "DER",
                "-in", "signed.p7s", "-CAfile", keys.resolve("waymark-service.pem").toString(), "-out", "referral.zip"));

        assertThat(decrypted.exitCode()).as(decrypted.errors()).isZero();
        assertThat(verified.exitCode()).as(verified.errors()).isZero();
        assertThat(ReferralPacket.unpack(Files.readAllBytes(directory.resolve("referral.zip")))).containsKeys("referral.pdf", "referral.json");
    }
}
