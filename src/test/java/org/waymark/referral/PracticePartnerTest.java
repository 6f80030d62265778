package org.waymark.referral;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.testing.ApiClient;
import org.waymark.testing.CompletedScreenings;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;
import org.waymark.testing.StandardTools;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Referring a practice screening goes to the built-in practice partner: the trainee opens the sealed packet with GnuPG
 * and the practice key, and nothing of it reaches a real partner's inbox, a referral, the statistics or the data that
 * retention keeps for an open referral or a legal hold.
 */
@MicronautTest
class PracticePartnerTest extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @TempDir
    Path directory;

    @Test
    @SuppressWarnings("unchecked")
    void aPracticeReferralOpensWithThePracticeKeyAndReachesNoPartnerReferralStatisticsOrRetentionHold() throws Exception {
        ApiClient officer = OwnUnit.create(http).officer("airport");
        String caseId = (String) new ApiClient(http).as("trainer").postJson("/api/v1/training/practice-cases", Map.of("title", "Referral practice",
                "catalogue", "waymark-indicators", "checklist", "triage", "intervieweeLanguage", "uk", "narrative", "A worker.",
                "start", Map.of("placeType", "LAND_BORDER", "exploitation", "LABOUR", "ageBand", "AGE_25_34", "sex", "FEMALE"),
                "expected", Map.of("riskLevel", "HIGH", "trafficking", false, "forcedLabour", true),
                "replies", List.of(Map.of("questionId", "q.d5.documents-kept", "reply", "Так.", "answer", "YES")))).get("id");
        String screening = (String) officer.postJson("/api/v1/practice/screenings", Map.of("caseId", caseId)).get("id");
        long version = 0;
        for (int step = 0; step < 30; step++) {
            List<Map<String, Object>> next = (List<Map<String, Object>>) officer.getJson("/api/v1/screenings/" + screening + "/next")
                    .getOrDefault("next", List.of());
            if (next.isEmpty()) {
                break;
            }
            version = officer.answer(screening, (String) next.get(0).get("id"), "YES", version).version();
        }
        officer.complete(screening, version);
        Map<String, Integer> before = counts();
        int ngoInbox = new ApiClient(http).as("partner.ngo").inbox().size();
        int inspectorateInbox = new ApiClient(http).as("partner.inspectorate").inbox().size();

        Map<String, byte[]> download = unzip(officer.getBytes("/api/v1/screenings/" + screening + "/practice-referral"));
        assertThat(download).containsOnlyKeys("practice-referral.pgp", "practice-partner-secret.asc", "waymark-service.asc");
        for (Map.Entry<String, byte[]> file : download.entrySet()) {
            Files.write(directory.resolve(file.getKey()), file.getValue());
        }

        try (StandardTools.GnuPg gpg = new StandardTools.GnuPg(directory)) {
            gpg.run("--import", directory.resolve("practice-partner-secret.asc").toString(), directory.resolve("waymark-service.asc").toString());
            StandardTools.Result opened = gpg.run("--status-fd", "1", "--output", "referral.zip", "--decrypt", "practice-referral.pgp");
            assertThat(opened.exitCode()).as(opened.errors()).isZero();
            assertThat(opened.output()).contains("GOODSIG");
        }
        assertThat(ReferralPacket.unpack(Files.readAllBytes(directory.resolve("referral.zip")))).containsKeys("referral.pdf", "referral.json");
        assertThat(counts()).isEqualTo(before);
        assertThat(new ApiClient(http).as("partner.ngo").inbox()).hasSize(ngoInbox);
        assertThat(new ApiClient(http).as("partner.inspectorate").inbox()).hasSize(inspectorateInbox);
    }

    @Test
    void aRealScreeningIsNeverSentToThePracticePartner() throws Exception {
        ApiClient officer = OwnUnit.create(http).officer("airport");
        String real = CompletedScreenings.complete(officer, NewScreening.adultLabour("Оксана Тестова"), CompletedScreenings.STRONG_CASE,
                List.of("NGO_SUPPORT"));
        Map<String, Integer> before = counts();

        assertThat(officer.status(HttpRequest.GET("/api/v1/screenings/" + real + "/practice-referral"))).isEqualTo(422);
        assertThat(counts()).isEqualTo(before);
    }

    /** The rows a real referral adds or keeps: referrals, their outbox, the statistics, legal holds. */
    private Map<String, Integer> counts() throws Exception {
        return Map.of("referral", count("select count(*) from referral"), "outbox", count("select count(*) from referral_outbox"),
                "statistics", count("select count(*) from stats_screening_timed"), "holds", count("select count(*) from legal_hold"));
    }

    /** The files of the zip the page offers, by name. */
    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private int count(String query) throws Exception {
        try (Connection connection = rawConnection(); ResultSet rows = connection.createStatement().executeQuery(query)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
