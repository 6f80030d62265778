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
import org.waymark.testing.ScreeningFixture;
import org.waymark.testing.StandardTools;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class ReferralApiTest extends DatabaseTest {

    static final Path DEMO_KEYS = Path.of("target/test-data/demo-partners");
    static final String NOTE = "Особа просить про допомогу; розмовляє українською.";

    @Inject
    org.waymark.audit.AuditSequencer sequencer;

    @Inject
    @Client("/")
    HttpClient http;

    ApiClient officer;

    @TempDir
    Path directory;

    @BeforeEach
    void signIn() {
        officer = new ApiClient(http).as("officer.airport");
    }

    @Test
    @SuppressWarnings("unchecked")
    void refersToTheNgoWhoseUserOpensThePacketWithGnuPg() throws Exception {
        String screening = CompletedScreenings.complete(officer, Map.of(), CompletedScreenings.STRONG_CASE, List.of("NGO_SUPPORT"));

        Map<String, Object> referral = officer.postJson("/api/v1/screenings/" + screening + "/referrals",
                Map.of("id", UUID.randomUUID().toString(), "partnerId", partnerId("demo-ngo"), "note", NOTE, "language", "pl"));

        assertThat(referral).containsEntry("status", "SENT").containsEntry("named", true).containsEntry("format", "OPENPGP")
                .containsEntry("urgency", "HIGH");
        ApiClient partner = new ApiClient(http).as("partner.ngo");
        List<Map<String, Object>> inbox = partner.getJsonList("/api/v1/inbox");
        assertThat(inbox).extracting(r -> r.get("id")).contains(referral.get("id"));
        assertThat(inbox).allSatisfy(r -> assertThat(r).doesNotContainKey("screeningId"));
        byte[] packet = partner.getBytes("/api/v1/inbox/" + referral.get("id") + "/packet");
        assertThat(packet).hasSize(((Number) referral.get("packetSize")).intValue());

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
        assertThat(json.at("/person/nameOrAlias").asText()).isEqualTo("Оксана Тестова");
        assertThat(json.at("/referralNote").asText()).isEqualTo(NOTE);
        assertThat(json.at("/assessment/outcomes").toString()).contains("FORCED_LABOUR_INDICATED").doesNotContain("TRAFFICKING_INDICATED");
        assertThat(json.at("/assessment/traffickingStatus").asText()).isEqualTo("PRESUMED_VICTIM_OF_FORCED_LABOUR");
        try (var pdf = Loader.loadPDF(files.get("referral.pdf"))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Skierowanie możliwej ofiary", "Оксана Тестова", "розмовляє українською", "Україн");
            assertThat(pdf.getDocumentCatalog().getNames().getEmbeddedFiles().getNames().get("referral.json").getEmbeddedFile().toByteArray())
                    .isEqualTo(files.get("referral.json"));
        }
    }

    @Test
    void notifiesTheInspectorateAnonymouslyWithoutConsentAndOpenSslOpensIt() throws Exception {
        String screening = CompletedScreenings.complete(officer, Map.of(), CompletedScreenings.STRONG_CASE, List.of());

        Map<String, Object> referral = officer.postJson("/api/v1/screenings/" + screening + "/referrals",
                Map.of("id", UUID.randomUUID().toString(), "partnerId", partnerId("demo-labour-inspectorate")));

        assertThat(referral).containsEntry("named", false).containsEntry("format", "X509");
        byte[] packet = new ApiClient(http).as("partner.inspectorate").getBytes("/api/v1/inbox/" + referral.get("id") + "/packet");
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
        String screening = CompletedScreenings.complete(officer, Map.of(), CompletedScreenings.STRONG_CASE, List.of("LABOUR_INSPECTORATE"));
        int before = count("referral") + count("referral_outbox") + count("referral_event");

        Map<String, Object> problem = officer.problem(HttpRequest.POST("/api/v1/screenings/" + screening + "/referrals",
                Map.of("id", UUID.randomUUID().toString(), "partnerId", partnerId("demo-ngo"))), 422);

        assertThat(problem.get("type")).isEqualTo("urn:waymark:problem:referral.consent-missing");
        assertThat(ApiClient.fields(problem)).containsExactly("partnerId");
        assertThat(count("referral") + count("referral_outbox") + count("referral_event")).isEqualTo(before);
    }

    @Test
    void refusesReferralOfAnUncompletedScreening() {
        Map<String, Object> request = ScreeningFixture.startRequest(UUID.randomUUID(), "triage", "Anna");
        String screening = (String) officer.postJson("/api/v1/screenings", request).get("id");

        Map<String, Object> problem = officer.problem(HttpRequest.POST("/api/v1/screenings/" + screening + "/referrals",
                Map.of("id", UUID.randomUUID().toString(), "partnerId", partnerId("demo-labour-inspectorate"))), 409);

        assertThat(problem.get("type")).isEqualTo("urn:waymark:problem:referral.screening-not-completed");
    }

    @Test
    void refusesAnUnknownPartnerNamingTheField() {
        String screening = CompletedScreenings.complete(officer, Map.of(), CompletedScreenings.STRONG_CASE, List.of("NGO_SUPPORT"));

        Map<String, Object> problem = officer.problem(HttpRequest.POST("/api/v1/screenings/" + screening + "/referrals",
                Map.of("id", UUID.randomUUID().toString(), "partnerId", UUID.randomUUID().toString())), 400);

        assertThat(ApiClient.fields(problem)).containsExactly("partnerId");
    }

    @Test
    void aRetriedReferralReturnsTheFirstAndStoresOne() throws Exception {
        String screening = CompletedScreenings.complete(officer, Map.of(), CompletedScreenings.STRONG_CASE, List.of("NGO_SUPPORT"));
        Map<String, Object> request = Map.of("id", UUID.randomUUID().toString(), "partnerId", partnerId("demo-ngo"), "note", "first");

        int before = count("referral");
        Map<String, Object> first = officer.postJson("/api/v1/screenings/" + screening + "/referrals", request);
        Map<String, Object> again = officer.postJson("/api/v1/screenings/" + screening + "/referrals", request);
        Map<String, Object> otherNote = new HashMap<>(request);
        otherNote.put("note", "second");
        // the note may identify the person: it is not part of the stored request hash, so it cannot be tested by a retry
        Map<String, Object> sameRequest = officer.postJson("/api/v1/screenings/" + screening + "/referrals", otherNote);
        Map<String, Object> changed = new HashMap<>(request);
        changed.put("partnerId", partnerId("demo-labour-inspectorate"));
        Map<String, Object> conflict = officer.problem(HttpRequest.POST("/api/v1/screenings/" + screening + "/referrals", changed), 409);

        assertThat(again.get("packetSha256")).isEqualTo(first.get("packetSha256"));
        assertThat(sameRequest.get("packetSha256")).isEqualTo(first.get("packetSha256"));
        assertThat(conflict.get("type")).isEqualTo("urn:waymark:problem:referral.id-in-use");
        assertThat(count("referral")).isEqualTo(before + 1);
        assertThat(count("referral_outbox where referral_id = '" + first.get("id") + "'")).isEqualTo(1);
        assertThat(count("referral_event where referral_id = '" + first.get("id") + "'")).isEqualTo(1);
    }

    @Test
    void concurrentRetriesOfOneReferralStoreOneAndAnswerAlike() throws Exception {
        String screening = CompletedScreenings.complete(officer, Map.of(), CompletedScreenings.STRONG_CASE, List.of("NGO_SUPPORT"));
        Map<String, Object> request = Map.of("id", UUID.randomUUID().toString(), "partnerId", partnerId("demo-ngo"));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Map<String, Object>>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> officer.postJson("/api/v1/screenings/" + screening + "/referrals", request)));
            }
            java.util.Set<Object> hashes = new java.util.HashSet<>();
            for (var answer : answers) {
                hashes.add(answer.get().get("packetSha256"));
            }
            assertThat(hashes).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("referral where id = '" + request.get("id") + "'")).isEqualTo(1);
        assertThat(count("referral_event where referral_id = '" + request.get("id") + "'")).isEqualTo(1);
        sequencer.drain();
        assertThat(count("audit_entry where record_type = 'referral' and action = 'REFER' and record_id = '" + request.get("id") + "'"))
                .isEqualTo(1);
    }

    @Test
    void theDatabaseHoldsOnlyCiphertextOfThePacket() throws Exception {
        String screening = CompletedScreenings.complete(officer, Map.of(), CompletedScreenings.STRONG_CASE, List.of("NGO_SUPPORT"));
        officer.postJson("/api/v1/screenings/" + screening + "/referrals",
                Map.of("id", UUID.randomUUID().toString(), "partnerId", partnerId("demo-ngo"), "note", NOTE));

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
        String screening = CompletedScreenings.complete(officer, Map.of(), CompletedScreenings.STRONG_CASE, List.of("NGO_SUPPORT"));
        String id = (String) officer.postJson("/api/v1/screenings/" + screening + "/referrals",
                Map.of("id", UUID.randomUUID().toString(), "partnerId", partnerId("demo-ngo"))).get("id");
        ApiClient partner = new ApiClient(http).as("partner.ngo");
        String moves = "/api/v1/inbox/" + id + "/moves";

        partner.postJson(moves, Map.of("status", "RECEIVED"));
        partner.postJson(moves, Map.of("status", "RECEIVED"));
        assertThat(partner.problem(HttpRequest.POST(moves, Map.of("status", "CLOSED", "outcome", "SUCCESSFUL")), 409).get("type"))
                .isEqualTo("urn:waymark:problem:referral.transition-not-allowed");
        partner.postJson(moves, Map.of("status", "ACCEPTED"));
        assertThat(ApiClient.fields(partner.problem(HttpRequest.POST(moves, Map.of("status", "CLOSED", "outcome", "UNABLE_TO_CONTACT")), 400)))
                .containsExactly("reason");
        Map<String, Object> closed = partner.postJson(moves, Map.of("status", "CLOSED", "outcome", "UNABLE_TO_CONTACT",
                "reason", "no answer on the phone for a week"));

        assertThat(closed).containsEntry("status", "CLOSED").containsEntry("outcome", "UNABLE_TO_CONTACT");
        Map<String, Object> seen = officer.getJson("/api/v1/referrals/" + id);
        assertThat(seen.get("history").toString()).contains("SENT", "RECEIVED", "ACCEPTED", "CLOSED", "no answer on the phone");
        assertThat((List<?>) seen.get("history")).hasSize(4);
        assertThat(officer.problem(HttpRequest.POST("/api/v1/referrals/" + id + "/moves", Map.of("status", "REVOKED", "reason", "late")), 409)
                .get("type")).isEqualTo("urn:waymark:problem:referral.transition-not-allowed");
    }

    @Test
    void theReferringUnitRevokesBeforeAcceptanceAndThePacketIsNoLongerServed() {
        String screening = CompletedScreenings.complete(officer, Map.of(), CompletedScreenings.STRONG_CASE, List.of("NGO_SUPPORT"));
        String id = (String) officer.postJson("/api/v1/screenings/" + screening + "/referrals",
                Map.of("id", UUID.randomUUID().toString(), "partnerId", partnerId("demo-ngo"))).get("id");

        assertThat(ApiClient.fields(officer.problem(HttpRequest.POST("/api/v1/referrals/" + id + "/moves", Map.of("status", "REVOKED")), 400)))
                .containsExactly("reason");
        Map<String, Object> revoked = officer.postJson("/api/v1/referrals/" + id + "/moves", Map.of("status", "REVOKED", "reason", "wrong partner"));

        assertThat(revoked).containsEntry("status", "REVOKED");
        ApiClient partner = new ApiClient(http).as("partner.ngo");
        assertThat(partner.problem(HttpRequest.GET("/api/v1/inbox/" + id + "/packet"), 409).get("type"))
                .isEqualTo("urn:waymark:problem:referral.revoked");
        assertThat(partner.status(HttpRequest.POST("/api/v1/inbox/" + id + "/moves", Map.of("status", "RECEIVED")))).isEqualTo(409);
    }

    @Test
    void nobodyOutsideTheUnitOrThePartnerSeesAReferral() {
        String screening = CompletedScreenings.complete(officer, Map.of(), CompletedScreenings.STRONG_CASE, List.of("NGO_SUPPORT"));
        String id = (String) officer.postJson("/api/v1/screenings/" + screening + "/referrals",
                Map.of("id", UUID.randomUUID().toString(), "partnerId", partnerId("demo-ngo"))).get("id");

        ApiClient otherPartner = new ApiClient(http).as("partner.inspectorate");
        assertThat(otherPartner.getJsonList("/api/v1/inbox")).isEmpty();
        assertThat(otherPartner.status(HttpRequest.GET("/api/v1/inbox/" + id))).isEqualTo(404);
        assertThat(otherPartner.status(HttpRequest.GET("/api/v1/inbox/" + id + "/packet"))).isEqualTo(404);
        assertThat(otherPartner.status(HttpRequest.POST("/api/v1/inbox/" + id + "/moves", Map.of("status", "RECEIVED")))).isEqualTo(404);
        ApiClient otherUnit = new ApiClient(http).as("officer.border");
        assertThat(otherUnit.status(HttpRequest.GET("/api/v1/referrals/" + id))).isEqualTo(404);
        assertThat(otherUnit.status(HttpRequest.GET("/api/v1/screenings/" + screening + "/referrals"))).isEqualTo(200);
        assertThat(otherUnit.getJsonList("/api/v1/screenings/" + screening + "/referrals")).isEmpty();
        assertThat(otherUnit.status(HttpRequest.POST("/api/v1/referrals/" + id + "/moves", Map.of("status", "REVOKED", "reason", "x"))))
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
        String screening = CompletedScreenings.complete(officer, Map.of("training", true), CompletedScreenings.STRONG_CASE,
                List.of("LABOUR_INSPECTORATE"));
        int before = count("referral");

        Map<String, Object> problem = officer.problem(HttpRequest.POST("/api/v1/screenings/" + screening + "/referrals",
                Map.of("id", UUID.randomUUID().toString(), "partnerId", partnerId("demo-labour-inspectorate"))), 422);

        assertThat(problem.get("type")).isEqualTo("urn:waymark:problem:referral.training-screening");
        assertThat(ApiClient.fields(problem)).containsExactly("screeningId");
        assertThat(problem.get("detail").toString()).contains("training");
        assertThat(count("referral")).isEqualTo(before);
        assertThat(officer.getJson("/api/v1/screenings/" + screening)).containsEntry("training", true);
    }

    @Test
    void aSecondReferralToTheSamePartnerIsAConflictCarryingTheOpenOneUntilItEnds() throws Exception {
        String screening = CompletedScreenings.complete(officer, Map.of(), CompletedScreenings.STRONG_CASE, List.of("LABOUR_INSPECTORATE"));
        String referrals = "/api/v1/screenings/" + screening + "/referrals";
        Map<String, Object> first = officer.postJson(referrals, Map.of("id", UUID.randomUUID().toString(),
                "partnerId", partnerId("demo-labour-inspectorate")));

        Map<String, Object> problem = officer.problem(HttpRequest.POST(referrals, Map.of("id", UUID.randomUUID().toString(),
                "partnerId", partnerId("demo-labour-inspectorate"))), 409);

        assertThat(problem.get("type")).isEqualTo("urn:waymark:problem:referral.already-referred");
        assertThat(((Map<?, ?>) problem.get("current")).get("id")).isEqualTo(first.get("id"));
        assertThat(((Map<?, ?>) problem.get("current")).get("caseReference")).isEqualTo(first.get("caseReference"));
        assertThat(count("referral where screening_id = '" + screening + "'")).isEqualTo(1);
        officer.postJson("/api/v1/referrals/" + first.get("id") + "/moves", Map.of("status", "REVOKED", "reason", "wrong office"));
        Map<String, Object> afterRevocation = officer.postJson(referrals, Map.of("id", UUID.randomUUID().toString(),
                "partnerId", partnerId("demo-labour-inspectorate")));
        assertThat(afterRevocation).containsEntry("status", "SENT");
        assertThat(count("referral where screening_id = '" + screening + "'")).isEqualTo(2);
    }

    @Test
    void concurrentReferralsToOnePartnerUnderDifferentIdsStoreOne() throws Exception {
        String screening = CompletedScreenings.complete(officer, Map.of(), CompletedScreenings.STRONG_CASE, List.of("NGO_SUPPORT"));
        String partner = partnerId("demo-ngo");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> officer.status(HttpRequest.POST("/api/v1/screenings/" + screening + "/referrals",
                        Map.of("id", UUID.randomUUID().toString(), "partnerId", partner)))));
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
        String screening = CompletedScreenings.complete(officer, Map.of(), CompletedScreenings.STRONG_CASE, List.of());
        Map<String, Object> request = Map.of("id", UUID.randomUUID().toString(), "partnerId", partnerId("demo-ngo"));
        assertThat(officer.problem(HttpRequest.POST("/api/v1/screenings/" + screening + "/referrals", request), 422).get("type"))
                .isEqualTo("urn:waymark:problem:referral.consent-missing");
        long version = ((Number) officer.getJson("/api/v1/screenings/" + screening).get("version")).longValue();

        Map<String, Object> consent = officer.postJson("/api/v1/screenings/" + screening + "/consents",
                Map.of("purpose", "NGO_SUPPORT", "status", "GIVEN", "told", CompletedScreenings.TOLD_ALL));
        Map<String, Object> referral = officer.postJson("/api/v1/screenings/" + screening + "/referrals", request);

        assertThat(consent).containsEntry("status", "COMPLETED");
        assertThat(((Number) consent.get("version")).longValue()).isEqualTo(version);
        assertThat(referral).containsEntry("status", "SENT").containsEntry("named", true);
        Map<String, Object> after = officer.getJson("/api/v1/screenings/" + screening);
        assertThat(after).containsEntry("status", "COMPLETED").doesNotContainKey("reopenReason");
        sequencer.drain();
        assertThat(count("audit_entry where record_id = '" + screening + "' and action = 'UPDATE' and purpose = 'consent'")).isEqualTo(1);
    }

    private String partnerId(String code) {
        return officer.getJsonList("/api/v1/partners").stream().filter(p -> code.equals(p.get("code")))
                .map(p -> (String) p.get("id")).findFirst().orElseThrow();
    }

    private int count(String table) throws Exception {
        try (Connection connection = rawConnection(); ResultSet rows = connection.createStatement().executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
