package org.waymark.referral;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.crypto.PacketOpener;
import org.waymark.testing.ApiClient;
import org.waymark.testing.CompletedScreenings;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.NewReferral;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;
import org.waymark.testing.Problem;
import org.waymark.testing.ReferralBody;
import org.waymark.testing.ReferralMove;
import org.waymark.testing.ScreeningBody;
import org.waymark.testing.StandardTools;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class ReferralApiTest extends DatabaseTest {

    static final Path DEMO_KEYS = Path.of("target/test-data/demo-partners");
    static final String NOTE = "Особа просить про допомогу; розмовляє українською.";
    static final String NAME = "Оксана Тестова";

    @Inject
    org.waymark.audit.AuditSequencer sequencer;

    @Inject
    @Client("/")
    HttpClient http;

    OwnUnit unit;
    ApiClient officer;

    @TempDir
    Path directory;

    @BeforeEach
    void signIn() {
        unit = OwnUnit.create(http);
        officer = unit.officer("airport");
    }

    @Test
    void refersToTheNgoWhoseUserOpensThePacketWithGnuPg() throws Exception {
        String screening = completed(List.of("NGO_SUPPORT"));

        ReferralBody referral = officer.refer(screening, NewReferral.to(officer.partnerId("demo-ngo")).note(NOTE).language("pl"));

        assertThat(referral.status()).isEqualTo("SENT");
        assertThat(referral.named()).isTrue();
        assertThat(referral.format()).isEqualTo("OPENPGP");
        assertThat(referral.urgency()).isEqualTo("HIGH");
        assertThat(referral.language()).isEqualTo("pl");
        assertThat(referral.screeningId()).as("the referring unit sees which screening").isEqualTo(screening);
        ApiClient partner = new ApiClient(http).as("partner.ngo");
        assertThat(partner.inbox()).extracting(ReferralBody::id).contains(referral.id());
        // read as JSON: the inbox must not carry the key at all, not even as null
        assertThat(partner.getJsonList("/api/v1/inbox")).allSatisfy(r -> assertThat(r).doesNotContainKey("screeningId"));
        byte[] packet = partner.getBytes("/api/v1/inbox/" + referral.id() + "/packet");
        assertThat(packet).hasSize(referral.packetSize());

        Path packetFile = Files.write(directory.resolve("packet.pgp"), packet);
        Files.writeString(directory.resolve("service.asc"), (String) officer.getJson("/api/v1/service-key").get("openPgpPublicKey"));
        try (StandardTools.GnuPg gpg = new StandardTools.GnuPg(directory)) {
            gpg.run("--import", DEMO_KEYS.resolve("demo-ngo-secret.asc").toAbsolutePath().toString(), "service.asc");
            StandardTools.Result opened = gpg.run("--status-fd", "1", "--output", "referral.zip", "--decrypt", packetFile.toString());
            assertThat(opened.exitCode()).as(opened.errors()).isZero();
            assertThat(opened.output()).contains("VALIDSIG " + officer.getJson("/api/v1/service-key").get("openPgpFingerprint"));
        }
        Map<String, byte[]> files = ReferralPacket.unpack(Files.readAllBytes(directory.resolve("referral.zip")));
        assertThat(PacketSchema.problems(files.get("referral.json"))).isEmpty();
        JsonNode json = new ObjectMapper().readTree(files.get("referral.json"));
        assertThat(json.at("/person/nameOrAlias").asText()).isEqualTo(NAME);
        assertThat(json.at("/referralNote").asText()).isEqualTo(NOTE);
        assertThat(json.at("/assessment/outcomes").toString()).contains("FORCED_LABOUR_INDICATED").doesNotContain("TRAFFICKING_INDICATED");
        assertThat(json.at("/assessment/traffickingStatus").asText()).isEqualTo("PRESUMED_VICTIM_OF_FORCED_LABOUR");
        try (var pdf = Loader.loadPDF(files.get("referral.pdf"))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Skierowanie możliwej ofiary", NAME, "розмовляє українською", "Україн");
            assertThat(pdf.getDocumentCatalog().getNames().getEmbeddedFiles().getNames().get("referral.json").getEmbeddedFile().toByteArray())
                    .isEqualTo(files.get("referral.json"));
        }
    }

    @Test
    void notifiesTheInspectorateAnonymouslyWithoutConsentAndOpenSslOpensIt() throws Exception {
        String screening = completed(List.of());

        ReferralBody referral = officer.refer(screening, NewReferral.to(officer.partnerId("demo-labour-inspectorate")));

        assertThat(referral.named()).isFalse();
        assertThat(referral.format()).isEqualTo("X509");
        byte[] packet = new ApiClient(http).as("partner.inspectorate").getBytes("/api/v1/inbox/" + referral.id() + "/packet");
        Files.write(directory.resolve("packet.p7m"), packet);
        Files.writeString(directory.resolve("service.pem"), (String) officer.getJson("/api/v1/service-key").get("certificate"));
        String key = DEMO_KEYS.resolve("demo-labour-inspectorate-key.pem").toAbsolutePath().toString();
        StandardTools.Result decrypted = StandardTools.run(directory, Map.of(), List.of("openssl", "cms", "-decrypt", "-inform", "DER",
                "-in", "packet.p7m", "-inkey", key, "-out", "signed.p7s"));
        assertThat(decrypted.exitCode()).as(decrypted.errors()).isZero();
        StandardTools.Result verified = StandardTools.run(directory, Map.of(), List.of("openssl", "cms", "-verify", "-inform", "DER",
                "-in", "signed.p7s", "-CAfile", "service.pem", "-out", "referral.zip"));
        assertThat(verified.exitCode()).as(verified.errors()).isZero();

        byte[] json = ReferralPacket.unpack(Files.readAllBytes(directory.resolve("referral.zip"))).get("referral.json");
        JsonNode document = new ObjectMapper().readTree(json);
        assertThat(document.at("/person/named").asBoolean()).isFalse();
        assertThat(document.at("/person/nameOrAlias").isNull()).isTrue();
        assertThat(new String(json, StandardCharsets.UTF_8)).doesNotContain("Оксана");
        assertThat(document.at("/person/citizenship").asText()).isEqualTo("UA");
    }

    @Test
    void refusesReferralToNgoWithoutConsentAndStoresNothing() throws Exception {
        String screening = completed(List.of("LABOUR_INSPECTORATE"));
        int before = count("referral") + count("referral_outbox") + count("referral_event");

        Problem problem = officer.refusal(HttpRequest.POST(referrals(screening), NewReferral.to(officer.partnerId("demo-ngo"))), 422);

        assertThat(problem.type()).isEqualTo("urn:waymark:problem:referral.consent-missing");
        assertThat(problem.fields()).containsExactly("partnerId");
        assertThat(count("referral") + count("referral_outbox") + count("referral_event")).isEqualTo(before);
    }

    @Test
    void refusesReferralOfAnUncompletedScreening() {
        String screening = officer.start(NewScreening.adultLabour("Anna")).id();

        Problem problem = officer.refusal(HttpRequest.POST(referrals(screening),
                NewReferral.to(officer.partnerId("demo-labour-inspectorate"))), 409);

        assertThat(problem.type()).isEqualTo("urn:waymark:problem:referral.screening-not-completed");
    }

    @Test
    void refusesAPacketLanguageItCannotWriteNamingTheFieldAndStoresNothing() throws Exception {
        String screening = completed(List.of("NGO_SUPPORT"));
        int before = count("referral");

        Problem problem = officer.refusal(HttpRequest.POST(referrals(screening),
                NewReferral.to(officer.partnerId("demo-ngo")).language("tlh")), 400);

        assertThat(problem.fields()).containsExactly("language");
        assertThat(count("referral")).isEqualTo(before);
    }

    @Test
    void refusesAnUnknownPartnerNamingTheField() {
        String screening = completed(List.of("NGO_SUPPORT"));

        Problem problem = officer.refusal(HttpRequest.POST(referrals(screening), NewReferral.to(UUID.randomUUID().toString())), 400);

        assertThat(problem.fields()).containsExactly("partnerId");
    }

    @Test
    void aRetriedReferralReturnsTheFirstAndStoresOne() throws Exception {
        String screening = completed(List.of("NGO_SUPPORT"));
        NewReferral request = NewReferral.to(officer.partnerId("demo-ngo")).note("first");

        int before = count("referral");
        ReferralBody first = officer.refer(screening, request);
        ReferralBody again = officer.refer(screening, request);
        // the note may identify the person: it is not part of the stored request hash, so it cannot be tested by a retry
        ReferralBody sameRequest = officer.refer(screening, request.note("second"));
        Problem conflict = officer.refusal(HttpRequest.POST(referrals(screening),
                request.partnerId(officer.partnerId("demo-labour-inspectorate"))), 409);

        assertThat(again.packetSha256()).isEqualTo(first.packetSha256());
        assertThat(sameRequest.packetSha256()).isEqualTo(first.packetSha256());
        assertThat(conflict.type()).isEqualTo("urn:waymark:problem:referral.id-in-use");
        assertThat(count("referral")).isEqualTo(before + 1);
        assertThat(count("referral_outbox where referral_id = '" + first.id() + "'")).isEqualTo(1);
        assertThat(count("referral_event where referral_id = '" + first.id() + "'")).isEqualTo(1);
    }

    @Test
    void concurrentRetriesOfOneReferralStoreOneAndAnswerAlike() throws Exception {
        String screening = completed(List.of("NGO_SUPPORT"));
        NewReferral request = NewReferral.to(officer.partnerId("demo-ngo"));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<ReferralBody>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> officer.refer(screening, request)));
            }
            java.util.Set<String> hashes = new java.util.HashSet<>();
            for (var answer : answers) {
                hashes.add(answer.get().packetSha256());
            }
            assertThat(hashes).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("referral where id = '" + request.id() + "'")).isEqualTo(1);
        assertThat(count("referral_event where referral_id = '" + request.id() + "'")).isEqualTo(1);
        sequencer.drain();
        assertThat(count("audit_entry where record_type = 'referral' and action = 'REFER' and record_id = '" + request.id() + "'"))
                .isEqualTo(1);
    }

    @Test
    void theDatabaseHoldsOnlyCiphertextOfThePacket() throws Exception {
        String screening = completed(List.of("NGO_SUPPORT"));
        officer.refer(screening, NewReferral.to(officer.partnerId("demo-ngo")).note(NOTE));

        try (Connection connection = rawConnection();
             ResultSet rows = connection.createStatement().executeQuery("select packet from referral")) {
            int packets = 0;
            while (rows.next()) {
                packets++;
                String bytes = new String(rows.getBytes(1), StandardCharsets.ISO_8859_1);
                assertThat(bytes).doesNotContain(new String("Оксана".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
                        .doesNotContain("%PDF").doesNotContain("referral.json");
            }
            assertThat(packets).isPositive();
        }
    }

    @Test
    void thePartnerMovesTheReferralAndTheUnitSeesEveryStep() {
        String screening = completed(List.of("NGO_SUPPORT"));
        String id = officer.refer(screening, NewReferral.to(officer.partnerId("demo-ngo"))).id();
        ApiClient partner = new ApiClient(http).as("partner.ngo");
        String moves = "/api/v1/inbox/" + id + "/moves";

        partner.moveAsPartner(id, ReferralMove.to("RECEIVED"));
        partner.moveAsPartner(id, ReferralMove.to("RECEIVED"));
        assertThat(partner.refusal(HttpRequest.POST(moves, ReferralMove.to("CLOSED").outcome("SUCCESSFUL")), 409).type())
                .isEqualTo("urn:waymark:problem:referral.transition-not-allowed");
        partner.moveAsPartner(id, ReferralMove.to("ACCEPTED"));
        assertThat(partner.refusal(HttpRequest.POST(moves, ReferralMove.to("CLOSED").outcome("UNABLE_TO_CONTACT")), 400).fields())
                .containsExactly("reason");
        ReferralBody closed = partner.moveAsPartner(id, ReferralMove.to("CLOSED").outcome("UNABLE_TO_CONTACT")
                .reason("no answer on the phone for a week"));

        assertThat(closed.status()).isEqualTo("CLOSED");
        assertThat(closed.outcome()).isEqualTo("UNABLE_TO_CONTACT");
        ReferralBody seen = officer.referral(id);
        assertThat(seen.history()).extracting(ReferralBody.Event::status).containsExactly("SENT", "RECEIVED", "ACCEPTED", "CLOSED");
        assertThat(seen.history()).extracting(ReferralBody.Event::reason).contains("no answer on the phone for a week");
        assertThat(officer.refusal(HttpRequest.POST("/api/v1/referrals/" + id + "/moves", ReferralMove.to("REVOKED").reason("late")), 409)
                .type()).isEqualTo("urn:waymark:problem:referral.transition-not-allowed");
    }

    @Test
    void theReferringUnitRevokesBeforeAcceptanceAndThePacketIsNoLongerServed() {
        String screening = completed(List.of("NGO_SUPPORT"));
        String id = officer.refer(screening, NewReferral.to(officer.partnerId("demo-ngo"))).id();

        assertThat(officer.refusal(HttpRequest.POST("/api/v1/referrals/" + id + "/moves", ReferralMove.to("REVOKED")), 400).fields())
                .containsExactly("reason");
        ReferralBody revoked = officer.revoke(id, "wrong partner");

        assertThat(revoked.status()).isEqualTo("REVOKED");
        ApiClient partner = new ApiClient(http).as("partner.ngo");
        assertThat(partner.refusal(HttpRequest.GET("/api/v1/inbox/" + id + "/packet"), 409).type())
                .isEqualTo("urn:waymark:problem:referral.revoked");
        assertThat(partner.status(HttpRequest.POST("/api/v1/inbox/" + id + "/moves", ReferralMove.to("RECEIVED")))).isEqualTo(409);
    }

    @Test
    void nobodyOutsideTheUnitOrThePartnerSeesAReferral() {
        String screening = completed(List.of("NGO_SUPPORT"));
        String id = officer.refer(screening, NewReferral.to(officer.partnerId("demo-ngo"))).id();

        ApiClient otherPartner = new ApiClient(http).as("partner.inspectorate");
        assertThat(otherPartner.inbox()).as("another partner's inbox, whatever other tests sent it").extracting(ReferralBody::id).doesNotContain(id);
        assertThat(otherPartner.status(HttpRequest.GET("/api/v1/inbox/" + id))).isEqualTo(404);
        assertThat(otherPartner.status(HttpRequest.GET("/api/v1/inbox/" + id + "/packet"))).isEqualTo(404);
        assertThat(otherPartner.status(HttpRequest.POST("/api/v1/inbox/" + id + "/moves", ReferralMove.to("RECEIVED")))).isEqualTo(404);
        ApiClient otherUnit = OwnUnit.create(http).officer("border");
        assertThat(otherUnit.status(HttpRequest.GET("/api/v1/referrals/" + id))).isEqualTo(404);
        assertThat(otherUnit.status(HttpRequest.GET(referrals(screening)))).isEqualTo(200);
        assertThat(otherUnit.referrals(screening)).isEmpty();
        assertThat(otherUnit.status(HttpRequest.POST("/api/v1/referrals/" + id + "/moves", ReferralMove.to("REVOKED").reason("x"))))
                .isEqualTo(404);
        for (String user : List.of("supervisor", "trainer", "admin", "auditor")) {
            ApiClient other = new ApiClient(http).as(user);
            assertThat(other.status(HttpRequest.GET("/api/v1/referrals/" + id))).as(user).isEqualTo(403);
            assertThat(other.status(HttpRequest.GET("/api/v1/inbox/" + id + "/packet"))).as(user).isEqualTo(403);
        }
        assertThat(new ApiClient(http).status(HttpRequest.GET("/api/v1/inbox"))).isEqualTo(401);
    }

    @Test
    void refusesToReferATrainingScreeningToARealPartnerWithANamedReasonAndStoresNothing() throws Exception {
        String screening = CompletedScreenings.complete(officer, NewScreening.adultLabour(NAME).training(true), CompletedScreenings.STRONG_CASE,
                List.of("LABOUR_INSPECTORATE"));
        int before = count("referral");

        Problem problem = officer.refusal(HttpRequest.POST(referrals(screening),
                NewReferral.to(officer.partnerId("demo-labour-inspectorate"))), 422);

        assertThat(problem.type()).isEqualTo("urn:waymark:problem:referral.training-screening");
        assertThat(problem.fields()).containsExactly("screeningId");
        assertThat(problem.detail()).contains("training");
        assertThat(count("referral")).isEqualTo(before);
        assertThat(officer.screening(screening).training()).isTrue();
    }

    @Test
    void aSecondReferralToTheSamePartnerIsAConflictCarryingTheOpenOneUntilItEnds() throws Exception {
        String screening = completed(List.of("LABOUR_INSPECTORATE"));
        String inspectorate = officer.partnerId("demo-labour-inspectorate");
        ReferralBody first = officer.refer(screening, NewReferral.to(inspectorate));

        Problem problem = officer.refusal(HttpRequest.POST(referrals(screening), NewReferral.to(inspectorate)), 409);

        assertThat(problem.type()).isEqualTo("urn:waymark:problem:referral.already-referred");
        assertThat(((Map<?, ?>) problem.current()).get("id")).isEqualTo(first.id());
        assertThat(((Map<?, ?>) problem.current()).get("caseReference")).isEqualTo(first.caseReference());
        assertThat(count("referral where screening_id = '" + screening + "'")).isEqualTo(1);
        officer.revoke(first.id(), "wrong office");
        ReferralBody afterRevocation = officer.refer(screening, NewReferral.to(inspectorate));
        assertThat(afterRevocation.status()).isEqualTo("SENT");
        assertThat(count("referral where screening_id = '" + screening + "'")).isEqualTo(2);
    }

    @Test
    void concurrentReferralsToOnePartnerUnderDifferentIdsStoreOne() throws Exception {
        String screening = completed(List.of("NGO_SUPPORT"));
        String partner = officer.partnerId("demo-ngo");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> officer.status(HttpRequest.POST(referrals(screening), NewReferral.to(partner)))));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("referral where screening_id = '" + screening + "'")).isEqualTo(1);
    }

    @Test
    void consentRecordedAfterCompletionLetsTheNgoReferralThroughWithoutReopening() throws Exception {
        String screening = completed(List.of());
        NewReferral request = NewReferral.to(officer.partnerId("demo-ngo"));
        assertThat(officer.refusal(HttpRequest.POST(referrals(screening), request), 422).type())
                .isEqualTo("urn:waymark:problem:referral.consent-missing");
        long version = officer.screening(screening).version();

        ScreeningBody consent = officer.consentGiven(screening, "NGO_SUPPORT", CompletedScreenings.TOLD_ALL);
        ReferralBody referral = officer.refer(screening, request);

        assertThat(consent.status()).isEqualTo("COMPLETED");
        assertThat(consent.version()).isEqualTo(version);
        assertThat(referral.status()).isEqualTo("SENT");
        assertThat(referral.named()).isTrue();
        ScreeningBody after = officer.screening(screening);
        assertThat(after.status()).isEqualTo("COMPLETED");
        assertThat(after.reopenReason()).isNull();
        sequencer.drain();
        assertThat(count("audit_entry where record_id = '" + screening + "' and action = 'UPDATE' and purpose = 'consent'")).isEqualTo(1);
    }

    /** A strong case of {@link #NAME} completed by this test's officer with the {@code consents} given. */
    private String completed(List<String> consents) {
        return CompletedScreenings.complete(officer, NewScreening.adultLabour(NAME), CompletedScreenings.STRONG_CASE, consents);
    }

    private static String referrals(String screening) {
        return "/api/v1/screenings/" + screening + "/referrals";
    }

    private int count(String table) throws Exception {
        try (Connection connection = rawConnection(); ResultSet rows = connection.createStatement().executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
