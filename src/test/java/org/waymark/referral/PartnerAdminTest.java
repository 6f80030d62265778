package org.waymark.referral;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waymark.crypto.PacketOpener;
import org.waymark.crypto.PartnerKeyGenerator;
import org.waymark.testing.ApiClient;
import org.waymark.testing.CompletedScreenings;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.FlawedKeys;
import org.waymark.testing.NewReferral;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;
import org.waymark.testing.Problem;
import org.waymark.testing.ReferralBody;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class PartnerAdminTest extends DatabaseTest {

    static final Path DEMO_KEYS = Path.of("target/test-data/demo-partners");
    static final String NAME = "Оксана Тестова";

    @Inject
    @Client("/")
    HttpClient http;

    ApiClient admin;
    ApiClient officer;
    final PartnerKeyGenerator generator = new PartnerKeyGenerator(new SecureRandom());

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("waymark.referral.push.allowed-internal-hosts", "localhost");
    }

    @BeforeEach
    void signIn() {
        admin = new ApiClient(http).as("admin");
        officer = OwnUnit.create(http).officer("airport");
    }

    @Test
    void rotatingAKeySendsNewPacketsToTheNewKeyAndLeavesOldOnesAsTheyWere() throws Exception {
        String partner = organisation("rotating-ngo", "VICTIM_SUPPORT_NGO");
        PartnerKeyGenerator.KeyFiles first = generator.x509Ec("Rotating NGO", "secp256r1", Instant.now().minusSeconds(60),
                Instant.now().plus(Duration.ofDays(30)));
        PartnerKeyGenerator.KeyFiles second = generator.x509Ec("Rotating NGO", "secp256r1", Instant.now().minusSeconds(60),
                Instant.now().plus(Duration.ofDays(30)));
        String firstFingerprint = (String) admin.postJson("/api/v1/partners/" + partner + "/keys", Map.of("key", first.publicKey())).get("fingerprint");
        ReferralBody before = refer(partner, List.of("NGO_SUPPORT"));

        Map<String, Object> rotated = admin.postJson("/api/v1/partners/" + partner + "/keys",
                Map.of("key", second.publicKey(), "replaceCurrentKey", true));
        ReferralBody after = refer(partner, List.of("NGO_SUPPORT"));

        assertThat(rotated.get("fingerprint")).isNotEqualTo(firstFingerprint);
        assertThat(before.keyFingerprint()).isEqualTo(firstFingerprint);
        assertThat(after.keyFingerprint()).isEqualTo(rotated.get("fingerprint"));
        assertThat(officer.referral(before.id()).keyFingerprint()).isEqualTo(firstFingerprint);
        List<Map<String, Object>> history = admin.getJsonList("/api/v1/partners/" + partner + "/keys");
        assertThat(history).hasSize(2);
        assertThat(history.get(1).get("retiredAt")).isNotNull();
        assertThat(history.get(0).get("retiredAt")).isNull();
    }

    @Test
    void refusesWeakExpiredAndMalformedKeysNamingTheFieldAndKeepsTheActiveKey() {
        String partner = organisation("careful-ngo", "VICTIM_SUPPORT_NGO");
        PartnerKeyGenerator.KeyFiles good = generator.x509Ec("Careful", "secp256r1", Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(9)));
        String active = (String) admin.postJson("/api/v1/partners/" + partner + "/keys", Map.of("key", good.publicKey())).get("fingerprint");
        List<String> refused = List.of(
                generator.x509Rsa("Weak", 2048, Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(9))).publicKey(),
                generator.x509Ec("Old", "secp256r1", Instant.now().minus(Duration.ofDays(9)), Instant.now().minus(Duration.ofDays(1))).publicKey(),
                generator.openPgp("Old <o@o.invalid>", Instant.now().minus(Duration.ofDays(9)), Duration.ofDays(2)).publicKey(),
                "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\ngarbage\n-----END PGP PUBLIC KEY BLOCK-----\n",
                "just some text");

        for (String key : refused) {
            Problem problem = admin.refusal(HttpRequest.POST("/api/v1/partners/" + partner + "/keys", Map.of("key", key)), 400);
            assertThat(problem.fields()).containsExactly("key");
        }

        assertThat(((Map<?, ?>) admin.getJson("/api/v1/partners/" + partner).get("key")).get("fingerprint")).isEqualTo(active);
        assertThat(admin.getJsonList("/api/v1/partners/" + partner + "/keys")).hasSize(1);
    }

    @Test
    void registeringAKeyThatRetiresTheCurrentOneAsksForConfirmationAndAuditsIt() {
        String partner = organisation("confirming-ngo", "VICTIM_SUPPORT_NGO");
        String first = (String) admin.postJson("/api/v1/partners/" + partner + "/keys", Map.of("key",
                generator.x509Ec("Confirming", "secp256r1", Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(9))).publicKey()))
                .get("fingerprint");
        String next = generator.openPgp("Confirming <keys@confirming.invalid>", Instant.now(), Duration.ofDays(365)).publicKey();

        for (Map<String, Object> unconfirmed : List.of(Map.<String, Object>of("key", next), Map.<String, Object>of("key", next, "replaceCurrentKey", false))) {
            Problem problem = admin.refusal(HttpRequest.POST("/api/v1/partners/" + partner + "/keys", unconfirmed), 409);
            assertThat(problem.type()).isEqualTo("urn:waymark:problem:partner.key-replacement-unconfirmed");
            assertThat(problem.detail()).contains(first).contains("replaceCurrentKey");
        }
        assertThat(admin.getJsonList("/api/v1/partners/" + partner + "/keys")).as("nothing changed").hasSize(1);

        Map<String, Object> registered = admin.postJson("/api/v1/partners/" + partner + "/keys", Map.of("key", next, "replaceCurrentKey", true));

        assertThat(((Map<?, ?>) admin.getJson("/api/v1/partners/" + partner).get("key")).get("fingerprint")).isEqualTo(registered.get("fingerprint"));
        List<Map<String, Object>> trail = new ApiClient(http).as("auditor").getJsonList("/api/v1/audit/records/" + registered.get("id"));
        assertThat(trail).anySatisfy(entry -> {
            assertThat(entry.get("actorRole")).isEqualTo("ADMIN");
            assertThat(entry.toString()).contains("retiring key " + first + " (confirmed)");
        });
    }

    @Test
    void refusesKeysThatNothingCanBeSafelySealedToNamingTheFieldAndKeepsTheActiveKey() {
        String partner = organisation("unusable-keys-ngo", "VICTIM_SUPPORT_NGO");
        String active = (String) admin.postJson("/api/v1/partners/" + partner + "/keys", Map.of("key",
                generator.x509Ec("Unusable", "secp256r1", Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(9))).publicKey()))
                .get("fingerprint");
        FlawedKeys flawed = new FlawedKeys(new SecureRandom());
        Map<String, String> refused = Map.of(
                "certificate with exponent 3", flawed.selfSignedRsaCertificate(3072, 3),
                "OpenPGP key with exponent 3", flawed.openPgpWithRsaSubkey(flawed.rsaKey(3072, 3), FlawedKeys.Signatures.INTACT),
                "self-signed certificate with a corrupted signature", FlawedKeys.corruptSignature(
                        generator.x509Rsa("Corrupted", 3072, Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(9))).publicKey()),
                "OpenPGP key with a corrupted self-signature", flawed.openPgpWithRsaSubkey(flawed.rsaKey(3072, 65_537),
                        FlawedKeys.Signatures.SELF_SIGNATURE_CORRUPTED),
                "OpenPGP key with a corrupted binding signature", flawed.openPgpWithRsaSubkey(flawed.rsaKey(3072, 65_537),
                        FlawedKeys.Signatures.BINDING_CORRUPTED),
                "certificate with an even modulus", flawed.issuedCertificate(flawed.evenModulusKey(3072)),
                "OpenPGP key with an even modulus", flawed.openPgpWithRsaSubkey(flawed.evenModulusKey(3072), FlawedKeys.Signatures.INTACT));

        refused.forEach((flaw, key) -> {
            Problem problem = admin.refusal(HttpRequest.POST("/api/v1/partners/" + partner + "/keys",
                    Map.of("key", key, "replaceCurrentKey", true)), 400);
            assertThat(problem.fields()).as(flaw).containsExactly("key");
        });

        assertThat(((Map<?, ?>) admin.getJson("/api/v1/partners/" + partner).get("key")).get("fingerprint")).isEqualTo(active);
        assertThat(admin.getJsonList("/api/v1/partners/" + partner + "/keys")).hasSize(1);
        assertThat(admin.postJson("/api/v1/partners/" + partner + "/keys", Map.of("key",
                flawed.openPgpWithRsaSubkey(flawed.rsaKey(3072, 65_537), FlawedKeys.Signatures.INTACT), "replaceCurrentKey", true)))
                .as("the same kind of key without a flaw").containsKey("fingerprint");
    }

    @Test
    void refersAMinorToChildProtectionWithoutConsentButNotAnAdult() {
        String childProtection = organisation("child-protection", "CHILD_PROTECTION");
        admin.postJson("/api/v1/partners/" + childProtection + "/keys", Map.of("key",
                generator.x509Ec("Child protection", "secp256r1", Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(9))).publicKey()));
        String minor = CompletedScreenings.complete(officer, NewScreening.adultLabour(NAME).ageBand("UNDER_18"), CompletedScreenings.STRONG_CASE,
                List.of());
        String adult = CompletedScreenings.complete(officer, NewScreening.adultLabour(NAME), CompletedScreenings.STRONG_CASE, List.of());

        ReferralBody referral = officer.refer(minor, NewReferral.to(childProtection));
        Problem problem = officer.refusal(HttpRequest.POST("/api/v1/screenings/" + adult + "/referrals",
                NewReferral.to(childProtection)), 422);

        assertThat(referral.named()).isTrue();
        assertThat(referral.minor()).isTrue();
        assertThat(referral.urgency()).isEqualTo("IMMEDIATE");
        assertThat(problem.type()).isEqualTo("urn:waymark:problem:referral.child-protection-for-minors");
        assertThat(String.valueOf(officer.screening(minor).assessment())).contains("CHILD_PROTECTION");
    }

    @Test
    void refusesAPartnerWithoutAKey() {
        String keyless = organisation("keyless-ngo", "LABOUR_INSPECTORATE");
        String screening = CompletedScreenings.complete(officer, NewScreening.adultLabour(NAME), CompletedScreenings.STRONG_CASE, List.of());

        Problem problem = officer.refusal(HttpRequest.POST("/api/v1/screenings/" + screening + "/referrals",
                NewReferral.to(keyless)), 422);

        assertThat(problem.type()).isEqualTo("urn:waymark:problem:referral.partner-without-key");
    }

    @Test
    void nationalityAndSexNeverChangeWhatThePartnerIsTold() throws Exception {
        String inspectorate = admin.partnerId("demo-labour-inspectorate");
        ReferralBody first = refer(inspectorate, List.of("LABOUR_INSPECTORATE"), NewScreening.adultLabour(NAME).nationality("UA").sex("FEMALE"));
        ReferralBody second = refer(inspectorate, List.of("LABOUR_INSPECTORATE"), NewScreening.adultLabour(NAME).nationality("VN").sex("MALE"));

        assertThat(second).usingRecursiveComparison().comparingOnlyFields("named", "minor", "urgency", "status").isEqualTo(first);
        JsonNode a = packetJson(first.id());
        JsonNode b = packetJson(second.id());
        assertThat(b.get("assessment")).isEqualTo(a.get("assessment"));
        assertThat(b.get("indicators")).isEqualTo(a.get("indicators"));
        assertThat(b.get("recommendedActions")).isEqualTo(a.get("recommendedActions"));
        assertThat(a.at("/person/citizenship").asText()).isEqualTo("UA");
        assertThat(b.at("/person/citizenship").asText()).isEqualTo("VN");
    }

    @Test
    void onlyAdministratorsManagePartners() {
        String partner = admin.partnerId("demo-ngo");
        String key = generator.x509Ec("x", "secp256r1", Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(9))).publicKey();

        assertThat(officer.status(HttpRequest.POST("/api/v1/partners/" + partner + "/keys", Map.of("key", key)))).isEqualTo(403);
        assertThat(officer.status(HttpRequest.PUT("/api/v1/partners/" + partner + "/details", Map.of("regions", List.of())))).isEqualTo(403);
        ApiClient partnerUser = new ApiClient(http).as("partner.ngo");
        assertThat(partnerUser.status(HttpRequest.GET("/api/v1/partners"))).isEqualTo(403);
        assertThat(new ApiClient(http).as("supervisor").status(HttpRequest.GET("/api/v1/partners"))).isEqualTo(403);
    }

    @Test
    void refusesAPushEndpointOnThisMachineOrAnInternalNetworkEvenOverHttps() {
        String partner = admin.partnerId("demo-ngo");
        for (String endpoint : List.of("https://169.254.169.254/latest/meta-data", "https://10.0.0.1/", "https://127.0.0.1:1/",
                "https://[::1]/packets", "https://192.168.1.20/in", "https://100.64.0.9/in", "https://user@partner.example.org/in")) {
            Problem problem = admin.refusal(HttpRequest.PUT("/api/v1/partners/" + partner + "/details",
                    Map.of("regions", List.of("demo-east"), "pushEndpoint", endpoint)), 400);
            assertThat(problem.fields()).as(endpoint).containsExactly("pushEndpoint");
        }
    }

    @Test
    void refusesAPlainHttpPushEndpointThatIsNotOnThisMachine() {
        String partner = admin.partnerId("demo-ngo");

        Problem problem = admin.refusal(HttpRequest.PUT("/api/v1/partners/" + partner + "/details",
                Map.of("regions", List.of("demo-east"), "pushEndpoint", "http://partner.example.org/packets")), 400);

        assertThat(problem.fields()).containsExactly("pushEndpoint");
        assertThat(admin.refusal(HttpRequest.PUT("/api/v1/partners/" + partner + "/details",
                Map.of("regions", List.of("nowhere"))), 400).fields()).containsExactly("regions");
    }

    @Test
    void acceptsAPushEndpointWithTheSchemeInCapitalsAndStoresItInLowerCase() throws Exception {
        String partner = admin.partnerId("demo-labour-inspectorate");

        Map<String, String> stored = Map.of("HTTPS://LOCALHOST:8443/in", "https://LOCALHOST:8443/in",
                " Https://localhost:8443/in ", "https://localhost:8443/in",
                "HTTP://127.0.0.1:8080/in", "http://127.0.0.1:8080/in");

        for (Map.Entry<String, String> endpoint : stored.entrySet()) {
            admin.putJson("/api/v1/partners/" + partner + "/details", Map.of("regions", List.of(), "pushEndpoint", endpoint.getKey()));

            try (java.sql.Connection connection = rawConnection(); java.sql.ResultSet row = connection.createStatement()
                    .executeQuery("select push_endpoint from partner where organisation_id = '" + partner + "'")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).as(endpoint.getKey()).isEqualTo(endpoint.getValue());
            }
        }
        Problem problem = admin.refusal(HttpRequest.PUT("/api/v1/partners/" + partner + "/details",
                Map.of("regions", List.of(), "pushEndpoint", "HTTPS://127.0.0.1/in")), 400);
        assertThat(problem.toString()).as("still checked as https to this machine").contains("public address");
    }

    @Test
    void publishesTheServiceKeyToAnyone() {
        ApiClient anonymous = new ApiClient(http);

        Map<String, Object> key = anonymous.getJson("/api/v1/service-key");

        assertThat((String) key.get("openPgpFingerprint")).matches("[0-9A-F]{40}");
        assertThat((String) key.get("certificateSha256")).matches("[0-9A-F]{64}");
        assertThat((String) key.get("openPgpPublicKey")).startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----");
        assertThat((String) key.get("certificate")).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(new String(anonymous.getBytes("/api/v1/service-key/certificate"), StandardCharsets.US_ASCII)).isEqualTo(key.get("certificate"));
    }

    private JsonNode packetJson(String referralId) throws Exception {
        byte[] packet = new ApiClient(http).as("partner.inspectorate").getBytes("/api/v1/inbox/" + referralId + "/packet");
        byte[] contents = PacketOpener.open(packet, Files.readAllBytes(DEMO_KEYS.resolve("demo-labour-inspectorate-key.pem")),
                ((String) officer.getJson("/api/v1/service-key").get("certificate")).getBytes(StandardCharsets.US_ASCII));
        return new ObjectMapper().readTree(ReferralPacket.unpack(contents).get("referral.json"));
    }

    private ReferralBody refer(String partner, List<String> consents) {
        return refer(partner, consents, NewScreening.adultLabour(NAME));
    }

    private ReferralBody refer(String partner, List<String> consents, NewScreening screening) {
        String id = CompletedScreenings.complete(officer, screening, CompletedScreenings.STRONG_CASE, consents);
        return officer.refer(id, NewReferral.to(partner));
    }

    private String organisation(String code, String type) {
        return (String) admin.postJson("/api/v1/admin/organisations", Map.of("code", code, "name", code, "type", type)).get("id");
    }
}
