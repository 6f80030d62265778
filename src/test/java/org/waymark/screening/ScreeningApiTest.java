package org.waymark.screening;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.waymark.audit.AuditSequencer;
import org.waymark.testing.ApiClient;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;
import org.waymark.testing.Problem;
import org.waymark.testing.ScreeningBody;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreeningApiTest extends DatabaseTest {

    private static final String NAME = "Oksana Testowa";
    private static final String DOCUMENT = "FX1234567";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    DataSource dataSource;

    @Inject
    AuditSequencer sequencer;

    ApiClient officer;

    @BeforeAll
    void signInToAUnitOfItsOwn() {
        officer = OwnUnit.create(http).officer("airport");
    }

    @Test
    @SuppressWarnings("unchecked")
    void walksThroughTheTriageToCompletion() throws Exception {
        ScreeningBody started = officer.start(screening());
        String id = started.id();
        assertThat(started.status()).isEqualTo("IN_PROGRESS");
        assertThat(started.profile()).isEqualTo("adult-labour");

        Map<String, Object> next = officer.getJson("/api/v1/screenings/" + id + "/next?lang=pl");
        Map<String, Object> first = ((List<Map<String, Object>>) next.get("next")).get(0);
        assertThat(first).containsEntry("id", "ctx.recruited-or-moved-by-others").containsEntry("officerLanguage", "pl")
                .containsEntry("intervieweeLanguage", "uk");
        assertThat(((List<String>) first.get("intervieweeQuestions")).get(0)).contains("роботу");

        long version = 0;
        ScreeningBody state = null;
        for (String question : List.of("ctx.recruited-or-moved-by-others", "ctx.works-or-travels-to-work", "d1.deceived-nature-of-job",
                "d4.excessive-working-hours", "d5.confiscation-of-documents", "d5.debt-bondage")) {
            state = officer.answer(id, question, "YES", version);
            version = state.version();
        }
        Map<String, Object> assessment = state.assessment();
        assertThat(assessment.get("riskLevel")).isEqualTo("HIGH");
        assertThat(assessment.get("outcomes").toString()).contains("FORCED_LABOUR_INDICATED");

        assertThat(officer.getJson("/api/v1/screenings/" + id + "/assessment")).isEqualTo(assessment);
        Map<String, Object> afterTriage = officer.getJson("/api/v1/screenings/" + id + "/next");
        assertThat(((Number) afterTriage.get("applicable")).intValue()).isEqualTo(12);

        ScreeningBody completed = officer.complete(id, version);
        assertThat(completed.status()).isEqualTo("COMPLETED");
        assertThat(completed.assessment().get("catalogue")).isEqualTo("waymark-indicators@1.0.0");
        assertThat(count("select count(*) from screening where id = '" + id + "' and final_assessment like '%waymark-indicators@1.0.0%'"))
                .as("the final assessment is stored with the catalogue version").isEqualTo(1);

        Problem refused = officer.refusal(put(id, "d5.violence", "YES", version + 1), 409);
        assertThat(refused.type()).isEqualTo("urn:waymark:problem:screening.completed");
        assertThat(officer.refusal(HttpRequest.POST("/api/v1/screenings/" + id + "/reopen", Map.of("reason", "x")), 400).fields())
                .containsExactly("reason");
        assertThat(officer.postJson("/api/v1/screenings/" + id + "/reopen", Map.of("reason", "the person remembered more at the desk")))
                .containsEntry("status", "IN_PROGRESS").doesNotContainKey("reopenReason"); // free text: only the audited read shows it
        assertThat(officer.screening(id).reopenReason()).isEqualTo("the person remembered more at the desk");
    }

    @Test
    void retryingACreateReturnsTheFirstResultAndADifferentPayloadIsAConflict() throws Exception {
        UUID id = UUID.randomUUID();
        NewScreening request = screening().id(id);
        assertThat(officer.status(HttpRequest.POST("/api/v1/screenings", request))).isEqualTo(201);
        assertThat(officer.status(HttpRequest.POST("/api/v1/screenings", request))).isEqualTo(200);
        NewScreening different = request.checklist("full-interview");
        assertThat(officer.refusal(HttpRequest.POST("/api/v1/screenings", different), 409).type())
                .isEqualTo("urn:waymark:problem:screening.id-in-use");
        assertThat(count("select count(*) from screening where id = '" + id + "'")).isEqualTo(1);
        assertThat(count("select count(*) from screening where id = '" + id + "' and checklist_id = 'triage'")).isEqualTo(1);
    }

    @Test
    void concurrentRetriesOfACreateMakeExactlyOneScreening() throws Exception {
        UUID id = UUID.randomUUID();
        NewScreening request = screening().id(id);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> officer.status(HttpRequest.POST("/api/v1/screenings", request)));
        }
        List<Integer> statuses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(statuses).containsOnly(200, 201).contains(201);
        assertThat(count("select count(*) from screening where id = '" + id + "'")).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aStaleWriteIsAConflictCarryingTheCurrentStateAndLosesNothing() {
        String id = officer.start(screening().checklist("full-interview")).id();
        officer.answer(id, "ctx.works-or-travels-to-work", "YES", 0);
        Problem conflict = officer.refusal(put(id, "d4.hazardous-work", "YES", 0), 409);
        assertThat(conflict.type()).isEqualTo("urn:waymark:problem:screening.stale-version");
        Map<String, Object> current = (Map<String, Object>) conflict.current();
        assertThat(((Number) current.get("version")).longValue()).isEqualTo(1);
        assertThat(current.get("answers").toString()).contains("ctx.works-or-travels-to-work");
        assertThat(conflict.toString()).as("a conflict carries no personal data").doesNotContain(NAME).doesNotContain(DOCUMENT);
        assertThat(officer.answer(id, "d4.hazardous-work", "YES", 1).version()).isEqualTo(2);
        assertThat(officer.screening(id).answered()).contains("ctx.works-or-travels-to-work").contains("d4.hazardous-work");
    }

    @Test
    void concurrentEditsFromTwoDevicesNeverLoseAnAnswer() throws Exception {
        String id = officer.start(screening().checklist("full-interview")).id();
        List<String> questions = List.of("d4.hazardous-work", "d4.low-or-no-salary", "d4.bad-living-conditions", "d5.violence",
                "d5.debt-bondage", "d6.economic-reasons", "d1.deceived-wages", "d2.violence");
        ExecutorService devices = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> edits = new ArrayList<>();
            for (String question : questions) {
                edits.add(() -> {
                    for (int attempt = 0; attempt < 50; attempt++) {
                        long version = officer.screening(id).version();
                        if (officer.status(put(id, question, "YES", version)) == 200) {
                            return true;
                        }
                    }
                    return false;
                });
            }
            for (Future<Boolean> f : devices.invokeAll(edits)) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            devices.shutdown();
        }
        assertThat(count("select count(*) from screening_answer where screening_id = '" + id + "'")).isEqualTo(questions.size());
        assertThat(count("select version from screening where id = '" + id + "'")).isEqualTo(questions.size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAnswerChangedElsewhereIsNeverOverwrittenAndIsScoredOnceKnown() throws Exception {
        String id = officer.start(screening()).id();
        officer.answer(id, "ctx.recruited-or-moved-by-others", "YES", 0);
        officer.answer(id, "ctx.works-or-travels-to-work", "YES", 1);
        // another instance (or a repair) changes an answer: this instance last saw version 2 and still holds it
        try (Connection c = rawConnection()) {
            c.createStatement().execute("update screening_answer set answer = 'NO' where screening_id = '" + id
                    + "' and question_id = 'ctx.works-or-travels-to-work'");
            c.createStatement().execute("update screening set version = version + 1 where id = '" + id + "'");
        }
        Problem conflict = officer.refusal(put(id, "d1.deceived-nature-of-job", "YES", 2), 409);
        assertThat(conflict.type()).isEqualTo("urn:waymark:problem:screening.stale-version");
        Map<String, Object> current = (Map<String, Object>) conflict.current();
        assertThat(((Number) current.get("version")).longValue()).isEqualTo(3);
        assertThat((Map<String, Object>) current.get("answers")).containsEntry("ctx.works-or-travels-to-work", "NO");

        ScreeningBody saved = officer.answer(id, "d1.deceived-nature-of-job", "YES", 3);
        assertThat(saved.version()).isEqualTo(4);
        assertThat(saved.assessment()).as("scored from the stored answers, not from what this instance saw before")
                .isEqualTo(officer.getJson("/api/v1/screenings/" + id + "/assessment"));
        assertThat(count("select count(*) from screening_answer where screening_id = '" + id + "' and answer = 'NO'")).isEqualTo(1);
    }

    @Test
    void aRetryOfAnAnswerThatWasSavedSucceedsWithoutSavingItTwice() throws Exception {
        String id = officer.start(screening()).id();
        Map<String, Object> first = officer.putJson("/api/v1/screenings/" + id + "/answers/ctx.works-or-travels-to-work",
                Map.of("answer", "YES", "note", "said twice", "expectedVersion", 0));
        Map<String, Object> retried = officer.putJson("/api/v1/screenings/" + id + "/answers/ctx.works-or-travels-to-work",
                Map.of("answer", "YES", "note", "said twice", "expectedVersion", 0));
        assertThat(retried).isEqualTo(first);
        assertThat(officer.refusal(HttpRequest.PUT("/api/v1/screenings/" + id + "/answers/ctx.works-or-travels-to-work",
                Map.of("answer", "YES", "note", "said otherwise", "expectedVersion", 0)), 409).type())
                .as("the same answer with another note is a new write on a stale version").isEqualTo("urn:waymark:problem:screening.stale-version");
        assertThat(count("select version from screening where id = '" + id + "'")).isEqualTo(1);
        sequencer.drain();
        assertThat(count("select count(*) from audit_entry where record_id = '" + id + "' and purpose = 'answer'")).isEqualTo(1);
    }

    @Test
    void aRetriedAnswerChangesNothing() {
        String id = officer.start(screening()).id();
        officer.answer(id, "ctx.works-or-travels-to-work", "NO", 0);
        assertThat(officer.answer(id, "ctx.works-or-travels-to-work", "NO", 0).version()).isEqualTo(1);
    }

    @Test
    void anOfficerOfAnotherUnitSeesNothing() throws Exception {
        String id = officer.start(screening()).id();
        ApiClient other = OwnUnit.create(http).officer("elsewhere");
        assertThat(other.refusal(HttpRequest.GET("/api/v1/screenings/" + id), 404).toString()).doesNotContain(NAME);
        assertThat(other.status(HttpRequest.GET("/api/v1/screenings/" + id + "/next"))).isEqualTo(404);
        assertThat(other.status(HttpRequest.GET("/api/v1/screenings/" + id + "/assessment"))).isEqualTo(404);
        assertThat(other.status(put(id, "ctx.works-or-travels-to-work", "YES", 0))).isEqualTo(404);
        assertThat(other.status(HttpRequest.POST("/api/v1/screenings/" + id + "/complete", Map.of("expectedVersion", 0)))).isEqualTo(404);
        assertThat(other.getJsonList("/api/v1/screenings").toString()).doesNotContain(id);
        assertThat(count("select count(*) from screening_answer where screening_id = '" + id + "'")).isZero();
    }

    @Test
    void nobodyButOfficersReachesScreenings() {
        String id = officer.start(screening()).id();
        for (String username : List.of("supervisor", "trainer", "admin", "partner.ngo", "partner.inspectorate")) {
            ApiClient user = new ApiClient(http).as(username);
            assertThat(user.status(HttpRequest.GET("/api/v1/screenings"))).as(username).isEqualTo(403);
            assertThat(user.status(HttpRequest.GET("/api/v1/screenings/" + id))).as(username).isEqualTo(403);
            assertThat(user.status(HttpRequest.POST("/api/v1/screenings", screening()))).as(username).isEqualTo(403);
        }
        assertThat(new ApiClient(http).status(HttpRequest.GET("/api/v1/screenings/" + id))).isEqualTo(401);
    }

    @Test
    void personalDataIsNotReadableInPlainSql() throws Exception {
        String id = officer.start(screening()).id();
        officer.status(HttpRequest.PUT("/api/v1/screenings/" + id + "/answers/ctx.works-or-travels-to-work",
                Map.of("answer", "YES", "note", "lives with " + NAME + " at the farm", "expectedVersion", 0)));
        String everything = dump("select * from screening where id = '" + id + "'") + dump("select * from screening_answer where screening_id = '" + id + "'");
        assertThat(everything).doesNotContain(NAME).doesNotContain("Oksana").doesNotContain(DOCUMENT).doesNotContain("farm");
        ScreeningBody seen = officer.screening(id);
        assertThat(seen.person().nameOrAlias()).isEqualTo(NAME);
        assertThat(seen.person().documentNumber()).isEqualTo(DOCUMENT);
        assertThat(seen.answers()).extracting(ScreeningBody.Answer::note).contains("lives with " + NAME + " at the farm");
    }

    @Test
    void refusesBadInputNamingTheFieldAndChangesNothing() throws Exception {
        String id = officer.start(screening()).id();
        assertThat(officer.refusal(put(id, "d6.economic-reasons", "YES", 0), 400).fields()).containsExactly("questionId");
        assertThat(officer.refusal(HttpRequest.PUT("/api/v1/screenings/" + id + "/answers/ctx.works-or-travels-to-work",
                Map.of("answer", "PERHAPS", "expectedVersion", 0)), 400).fields()).containsExactly("answer");
        NewScreening badChecklist = screening().checklist("no-such-checklist");
        assertThat(officer.refusal(HttpRequest.POST("/api/v1/screenings", badChecklist), 400).fields()).containsExactly("checklist");
        NewScreening oldVersion = screening().catalogueVersion("0.9.0");
        assertThat(officer.refusal(HttpRequest.POST("/api/v1/screenings", oldVersion), 400).fields()).containsExactly("catalogueVersion");
        NewScreening interpreter = screening().interpreterPresent(true);
        assertThat(officer.refusal(HttpRequest.POST("/api/v1/screenings", interpreter), 400).fields()).containsExactly("interpreterLanguage");
        assertThat(count("select count(*) from screening_answer where screening_id = '" + id + "'")).isZero();
    }

    @Test
    void choosesTheChildProfileForAPersonUnder18() {
        NewScreening request = NewScreening.adultLabour("A.").dateOfBirth(LocalDate.now().minusYears(15)).ageBand("UNKNOWN");
        ScreeningBody started = officer.start(request);
        assertThat(started.profile()).isEqualTo("child-labour");
        assertThat(started.assessment().toString()).contains("CHILD_PROTECTION");
    }

    @Test
    @SuppressWarnings("unchecked")
    void presumesAChildWhenTheAgeIsUnknownAndTheOfficerSawSignsOfMinority() {
        ScreeningBody started = officer.start(screening().catalogueVersion("2.0.0").ageBand("UNKNOWN").possiblyMinor(true));
        assertThat(started.profile()).isEqualTo("child-labour");
        Map<String, Object> assessment = started.assessment();
        assertThat(assessment).containsEntry("minorPresumed", true);
        assertThat(((Map<String, List<String>>) assessment.get("explanation")).get("en").toString()).contains("2011/36/EU");

        assertThat(officer.start(screening().ageBand("UNKNOWN")).profile()).isEqualTo("adult-labour");

        NewScreening adult = screening().possiblyMinor(true);
        assertThat(officer.refusal(HttpRequest.POST("/api/v1/screenings", adult), 400).fields()).containsExactly("possiblyMinor");
    }

    @Test
    void recordsConsentOnlyWhenEverythingWasTold() {
        String id = officer.start(screening()).id();
        Map<String, Object> incomplete = Map.of("purpose", "NGO_SUPPORT", "status", "GIVEN", "told", List.of("PURPOSE", "DATA_USE"));
        assertThat(officer.refusal(HttpRequest.POST("/api/v1/screenings/" + id + "/consents", incomplete), 400).fields())
                .containsExactly("told");
        Map<String, Object> full = Map.of("purpose", "NGO_SUPPORT", "status", "GIVEN",
                "told", List.of("PURPOSE", "DATA_USE", "RETENTION", "RIGHT_OF_ACCESS", "WITHDRAWAL"));
        assertThat(officer.postJson("/api/v1/screenings/" + id + "/consents", full)).containsEntry("status", "IN_PROGRESS")
                .doesNotContainKey("consents").doesNotContainKey("person");
        assertThat(officer.screening(id).consents()).extracting(ScreeningBody.Consent::purpose, ScreeningBody.Consent::status)
                .contains(org.assertj.core.groups.Tuple.tuple("NGO_SUPPORT", "GIVEN"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void nationalityAndSexNeverChangeTheScoreOrTheRoutes() {
        List<String> yes = List.of("ctx.recruited-or-moved-by-others", "ctx.works-or-travels-to-work", "d1.deceived-nature-of-job",
                "d4.excessive-working-hours", "d5.violence");
        List<Object> assessments = new ArrayList<>();
        String[][] people = {{"UA", "FEMALE"}, {"VN", "MALE"}, {"PL", "OTHER"}, {"GE", "UNKNOWN"}};
        for (String[] person : people) {
            String id = officer.start(screening().nationality(person[0]).sex(person[1])).id();
            long version = 0;
            ScreeningBody state = null;
            for (String question : yes) {
                state = officer.answer(id, question, "YES", version++);
            }
            assessments.add(state.assessment());
        }
        assertThat(assessments).as("only the indicators decide").allSatisfy(a -> assertThat(a).isEqualTo(assessments.get(0)));
        assertThat(((Map<String, Object>) assessments.get(0)).get("routes").toString()).contains("INVESTIGATION_OR_POLICE");
    }

    private static NewScreening screening() {
        return NewScreening.adultLabour(NAME).document("passport", DOCUMENT);
    }

    private static io.micronaut.http.MutableHttpRequest<?> put(String id, String question, String answer, long version) {
        return HttpRequest.PUT("/api/v1/screenings/" + id + "/answers/" + question, Map.of("answer", answer, "expectedVersion", version));
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); ResultSet rows = c.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private String dump(String sql) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Connection c = dataSource.getConnection(); ResultSet rows = c.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    byte[] raw = rows.getBytes(i);
                    if (raw != null) {
                        all.append(new String(raw, StandardCharsets.UTF_8)).append(new String(raw, StandardCharsets.ISO_8859_1)).append('|');
                    }
                }
            }
        }
        return all.toString();
    }
}
