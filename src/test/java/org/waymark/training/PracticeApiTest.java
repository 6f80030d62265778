package org.waymark.training;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.waymark.audit.AuditSequencer;
import org.waymark.pdf.PdfAValidation;
import org.waymark.testing.ApiClient;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;
import org.waymark.testing.Personas;
import org.waymark.testing.Problem;
import org.waymark.testing.ScreeningBody;
import org.waymark.testing.StartDetails;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Practice cases and practice screenings through the API: a trainer writes a case from an acceptance-suite persona, an
 * officer runs it on the real walk-through, hears only the replies to questions asked, and the feedback names the
 * decisive question skipped once the run is completed; practice screenings reach no statistics, referral or partner inbox,
 * and their audit entries stay apart from real screenings'.
 */
@MicronautTest
class PracticeApiTest extends DatabaseTest {

    private static final String PERSONA = "forced-labour-mushroom-farm";
    /** A person with every field empty: what a practice screening may show. */
    private static final ScreeningBody.Person NO_PERSON = new ScreeningBody.Person(null, null, null, null, null);
    /** The questions of catalogue 2.0.0's triage checklist: a short one, far from the whole catalogue. */
    private static final List<String> TRIAGE = List.of("q.act.found-work", "q.ctx.works-here", "q.d1.job-differs", "q.d1.pay-lower",
            "q.d2.hurt-to-come", "q.d2.threat-hurt", "q.d3.status-used", "q.d4.long-days", "q.d4.paid-for-all", "q.d5.documents-kept",
            "q.d5.threat-hurt", "q.d6.dependence-used", "o.speaks-for-them", "o.documents-held-by-other", "o.signs-of-violence",
            "o.does-not-know-address");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AuditSequencer sequencer;

    @Test
    @SuppressWarnings("unchecked")
    void aTraineeWhoSkipsADecisiveQuestionNeverHearsItsReplyAndTheFeedbackNamesIt() {
        ApiClient trainer = new ApiClient(http).as("trainer");
        ApiClient officer = OwnUnit.create(http).officer("airport");
        String caseId = (String) trainer.postJson("/api/v1/training/practice-cases", caseFrom(persona(), "2.0.0")).get("id");

        Walk walk = walk(officer, caseId);

        assertThat(walk.skipped).as("the walk skipped a question whose answer counts").isNotNull();
        List<String> heard = officer.getJsonList("/api/v1/practice/screenings/" + walk.screening + "/replies").stream()
                .map(r -> (String) r.get("questionId")).toList();
        assertThat(heard).isNotEmpty().doesNotContain(walk.skipped);
        assertThat(officer.getJsonList("/api/v1/practice/screenings/" + walk.screening + "/replies").get(0).get("reply"))
                .isEqualTo(reply(heard.get(0)));
        officer.complete(walk.screening, officer.screening(walk.screening).version());
        Map<String, Object> feedback = officer.getJson("/api/v1/practice/screenings/" + walk.screening + "/feedback");
        List<Map<String, Object>> skipped = (List<Map<String, Object>>) feedback.getOrDefault("skippedThatMattered", List.of());
        assertThat(skipped).extracting(s -> s.get("questionId")).contains(walk.skipped);
        Map<String, Object> skippedLine = skipped.stream().filter(s -> walk.skipped.equals(s.get("questionId"))).findFirst().orElseThrow();
        assertThat(skippedLine).containsEntry("recorded", "UNKNOWN").containsEntry("matches", false)
                .containsEntry("teachingNote", "Why " + walk.skipped + " matters");
        assertThat(feedback).containsEntry("expectedRiskLevel", "HIGH").containsKey("riskLevel");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFeedbackNamesOnlySkippedQuestionsOfTheChecklistTheCaseRuns() {
        ApiClient trainer = new ApiClient(http).as("trainer");
        ApiClient officer = OwnUnit.create(http).officer("airport");
        Map<String, Object> triage = caseFrom(persona(), "2.0.0");
        triage.put("checklist", "triage");
        triage.put("replies", ((List<Map<String, Object>>) triage.get("replies")).stream().filter(r -> TRIAGE.contains(r.get("questionId"))).toList());
        String caseId = (String) trainer.postJson("/api/v1/training/practice-cases", triage).get("id");

        Walk walk = walk(officer, caseId);
        officer.complete(walk.screening, officer.screening(walk.screening).version());

        Map<String, Object> feedback = officer.getJson("/api/v1/practice/screenings/" + walk.screening + "/feedback");
        List<Object> skipped = ((List<Map<String, Object>>) feedback.getOrDefault("skippedThatMattered", List.of())).stream()
                .map(s -> s.get("questionId")).toList();
        assertThat(skipped).contains(walk.skipped).isSubsetOf(TRIAGE);
    }

    @Test
    void anAuditorsQueryOfRealScreeningActsHoldsNoPracticeEntryYetEveryPracticeActIsRecordedApartAndTheChainHolds() {
        ApiClient trainer = new ApiClient(http).as("trainer");
        ApiClient officer = OwnUnit.create(http).officer("airport");
        String caseId = (String) trainer.postJson("/api/v1/training/practice-cases", caseFrom(persona(), "2.0.0")).get("id");
        Walk walk = walk(officer, caseId);
        officer.complete(walk.screening, officer.screening(walk.screening).version());
        officer.getJson("/api/v1/practice/screenings/" + walk.screening + "/feedback");
        officer.putJson("/api/v1/screenings/" + walk.screening + "/workplace", Map.of("othersAffected", 3));
        String real = officer.start(NewScreening.adultLabour("Anna")).id();
        officer.screening(real);
        sequencer.drain();

        ApiClient auditor = new ApiClient(http).as("auditor");
        List<Map<String, Object>> practiceLog = auditor.getJsonList("/api/v1/audit/records/" + walk.screening);
        List<Map<String, Object>> realActs = auditor.getJsonList("/api/v1/audit/entries").stream()
                .filter(e -> "screening".equals(e.get("recordType"))).toList();

        assertThat(practiceLog).extracting(e -> e.get("action")).contains("CREATE", "READ", "UPDATE");
        assertThat(practiceLog).extracting(e -> e.get("purpose")).contains("answer", "complete", "practice", "workplace facts recorded");
        assertThat(practiceLog).allSatisfy(e -> assertThat(e.get("recordType")).isEqualTo("practice_screening"));
        assertThat(realActs).extracting(e -> e.get("recordId")).contains(real).doesNotContain(walk.screening);
        assertThat(realActs.stream().filter(e -> real.equals(e.get("recordId")))).extracting(e -> e.get("action")).contains("CREATE", "READ");
        assertThat(auditor.getJson("/api/v1/audit/verify")).containsEntry("intact", true);
    }

    @Test
    void refusesTheFeedbackUntilThePracticeScreeningIsCompletedGivingAwayNoExpectedAnswer() {
        ApiClient trainer = new ApiClient(http).as("trainer");
        ApiClient officer = OwnUnit.create(http).officer("airport");
        String caseId = (String) trainer.postJson("/api/v1/training/practice-cases", caseFrom(persona(), "2.0.0")).get("id");
        String started = (String) officer.postJson("/api/v1/practice/screenings", Map.of("caseId", caseId)).get("id");
        Walk walk = walk(officer, caseId);

        Problem atStart = officer.refusal(HttpRequest.GET("/api/v1/practice/screenings/" + started + "/feedback"), 409);
        Problem allAnswered = officer.refusal(HttpRequest.GET("/api/v1/practice/screenings/" + walk.screening + "/feedback"), 409);

        assertThat(atStart.type()).isEqualTo("urn:waymark:problem:practice.not-finished");
        assertThat(allAnswered.type()).isEqualTo("urn:waymark:problem:practice.not-finished");
        assertThat(allAnswered.fields()).isEmpty();
        assertThat(allAnswered.toString()).doesNotContain("HIGH", "Why ");
        assertThat(officer.screening(walk.screening).status()).as("the refusal changed nothing").isEqualTo("IN_PROGRESS");
        officer.complete(walk.screening, officer.screening(walk.screening).version());
        assertThat(officer.getJson("/api/v1/practice/screenings/" + walk.screening + "/feedback")).containsEntry("expectedRiskLevel", "HIGH");
    }

    @Test
    @SuppressWarnings("unchecked")
    void practiceScreeningsReachNoStatisticsReferralOrPartnerInboxAndKeepNoPerson() throws Exception {
        ApiClient trainer = new ApiClient(http).as("trainer");
        ApiClient officer = OwnUnit.create(http).officer("airport");
        String caseId = (String) trainer.postJson("/api/v1/training/practice-cases", caseFrom(persona(), "2.0.0")).get("id");
        int statistics = count("stats_screening_timed");
        int referrals = count("referral");
        int inbox = new ApiClient(http).as("partner.inspectorate").getJsonList("/api/v1/inbox").size();

        Walk walk = walk(officer, caseId);
        officer.complete(walk.screening, officer.screening(walk.screening).version());
        String partner = (String) officer.getJsonList("/api/v1/partners").stream()
                .filter(p -> "demo-labour-inspectorate".equals(p.get("code"))).findFirst().orElseThrow().get("id");
        Problem refused = officer.refusal(HttpRequest.POST("/api/v1/screenings/" + walk.screening + "/referrals",
                Map.of("id", UUID.randomUUID().toString(), "partnerId", partner)), 422);

        assertThat(refused.type()).isEqualTo("urn:waymark:problem:referral.training-screening");
        ScreeningBody completed = officer.screening(walk.screening);
        assertThat(completed.status()).isEqualTo("COMPLETED");
        assertThat(completed.training()).isTrue();
        assertThat(count("stats_screening_timed")).isEqualTo(statistics);
        assertThat(count("referral")).isEqualTo(referrals);
        assertThat(new ApiClient(http).as("partner.inspectorate").getJsonList("/api/v1/inbox")).hasSize(inbox);
        assertThat(officer.screening(walk.screening).person()).as("no part of a person kept").isIn(null, NO_PERSON);
    }

    @Test
    @SuppressWarnings("unchecked")
    void refusesANoteOrPersonalDataTypedOnAPracticeScreeningNamingTheFieldAndStoresNothing() {
        ApiClient trainer = new ApiClient(http).as("trainer");
        ApiClient officer = OwnUnit.create(http).officer("airport");
        String caseId = (String) trainer.postJson("/api/v1/training/practice-cases", caseFrom(persona(), "2.0.0")).get("id");
        String screening = (String) officer.postJson("/api/v1/practice/screenings", Map.of("caseId", caseId)).get("id");
        ScreeningBody before = officer.screening(screening);
        StartDetails start = NewScreening.adultLabour("Olena Kovalenko").checklist("full-interview").placeType("LAND_BORDER")
                .ageBand("AGE_18_24").sex("UNKNOWN").nationality(null).startDetails(0L);

        Problem note = officer.refusal(HttpRequest.PUT("/api/v1/screenings/" + screening + "/answers/q.act.found-work",
                Map.of("answer", "NO", "note", "Olena says her passport is in the safe", "expectedVersion", 0)), 400);
        Problem person = officer.refusal(HttpRequest.PUT("/api/v1/screenings/" + screening + "/start-details", start), 400);

        assertThat(note.fields()).containsExactly("note");
        assertThat(person.fields()).containsExactly("person");
        assertThat(note.toString() + person).doesNotContain("Olena");
        ScreeningBody after = officer.screening(screening);
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.answers()).isNullOrEmpty();
        assertThat(after.person() == null ? null : after.person().nameOrAlias()).isNull();
        long version = ((Number) officer.putJson("/api/v1/screenings/" + screening + "/answers/q.act.found-work",
                Map.of("answer", "NO", "note", " ", "expectedVersion", 0)).get("version")).longValue();
        assertThat(version).as("an answer without a note is kept").isEqualTo(1);
    }

    @Test
    void refusesAHoldAReopeningReasonOrAConsentRepresentativeTypedOnAPracticeScreening() {
        ApiClient trainer = new ApiClient(http).as("trainer");
        ApiClient officer = OwnUnit.create(http).officer("airport");
        String caseId = (String) trainer.postJson("/api/v1/training/practice-cases", caseFrom(persona(), "2.0.0")).get("id");
        Walk walk = walk(officer, caseId);
        String screening = "/api/v1/screenings/" + walk.screening;

        Problem consent = officer.refusal(HttpRequest.POST(screening + "/consents", Map.of("purpose", "NGO_SUPPORT", "status", "GIVEN",
                "told", List.of(), "representative", "Olena's aunt")), 400);
        Problem hold = officer.refusal(HttpRequest.POST(screening + "/hold", Map.of("reason", "Olena's court case")), 400);
        officer.complete(walk.screening, officer.screening(walk.screening).version());
        Problem reopen = officer.refusal(HttpRequest.POST(screening + "/reopen", Map.of("reason", "Olena remembered more")), 400);

        assertThat(consent.fields()).containsExactly("representative");
        assertThat(hold.fields()).containsExactly("reason");
        assertThat(reopen.fields()).containsExactly("reason");
        assertThat(consent.toString() + hold + reopen).doesNotContain("Olena");
        assertThat(officer.screening(walk.screening).status()).isEqualTo("COMPLETED");

        Problem workplace = officer.refusal(HttpRequest.PUT(screening + "/workplace", Map.of("employer", Map.of("name", "Olena's farm"),
                "othersAffected", 4)), 400);
        assertThat(workplace.fields()).containsExactly("employer");
        assertThat(workplace.toString()).doesNotContain("Olena");
        assertThat(officer.getJson(screening + "/workplace")).as("nothing recorded").containsEntry("recorded", false);
        assertThat(officer.putJson(screening + "/workplace", Map.of("othersAffected", 4, "sector", "AGRICULTURE")))
                .as("choices and counts are no typed text").containsEntry("recorded", true);
    }

    @Test
    void aCaseWrittenForAnOlderCatalogueSaysWhichRepliesMustBeRedone() {
        ApiClient trainer = new ApiClient(http).as("trainer");
        Map<String, Object> old = caseFrom(persona(), "1.0.0");
        old.put("checklist", "triage");
        old.put("replies", List.of(Map.of("questionId", "d5.confiscation-of-documents", "reply", "Паспорт у бригадира.", "gloss",
                "The foreman has my passport.", "answer", "YES")));
        Map<String, Object> written = trainer.postJson("/api/v1/training/practice-cases", old);

        assertThat(written).containsEntry("catalogueVersion", "1.0.0").containsEntry("newestCatalogueVersion", "2.0.0");
        @SuppressWarnings("unchecked")
        List<String> redo = (List<String>) written.get("redo");
        assertThat(redo).contains("d5.confiscation-of-documents").anyMatch(q -> q.startsWith("q."));

        Map<String, Object> current = caseFrom(persona(), "2.0.0");
        Map<String, Object> revised = trainer.putJson("/api/v1/training/practice-cases/" + written.get("id"), current);
        assertThat(revised).containsEntry("revision", 2).containsEntry("catalogueVersion", "2.0.0");
        assertThat(revised.getOrDefault("redo", List.of())).asList().isEmpty();
        assertThat(trainer.putJson("/api/v1/training/practice-cases/" + written.get("id"), current))
                .as("the same revision resent writes no third one").containsEntry("revision", 2);
    }

    @Test
    void refusesACaseWithBadFieldsNamingEachAndStoresNothing() {
        ApiClient trainer = new ApiClient(http).as("trainer");
        int before = trainer.getJsonList("/api/v1/training/practice-cases").size();
        Map<String, Object> bad = caseFrom(persona(), "2.0.0");
        bad.put("title", " ");
        bad.put("intervieweeLanguage", "xx");
        bad.put("start", Map.of("placeType", "MOON", "exploitation", "LABOUR", "ageBand", "AGE_25_34", "sex", "MALE"));
        bad.put("expected", Map.of("riskLevel", "EXTREME", "trafficking", true, "forcedLabour", true));
        bad.put("replies", List.of(Map.of("questionId", "no.such-question", "reply", "x", "answer", "YES"),
                Map.of("questionId", "q.act.found-work", "reply", " ", "answer", "MAYBE")));

        Problem problem = trainer.refusal(HttpRequest.POST("/api/v1/training/practice-cases", bad), 400);

        assertThat(problem.fields()).contains("title", "intervieweeLanguage", "start.placeType", "expected.riskLevel",
                "replies[0].questionId", "replies[1].reply", "replies[1].answer");
        assertThat(problem.toString()).doesNotContain("MOON", "no.such-question");
        assertThat(trainer.getJsonList("/api/v1/training/practice-cases")).hasSize(before);
    }

    @Test
    void resendingTheSamePracticeCaseWritesItOnce() {
        ApiClient trainer = new ApiClient(http).as("trainer");
        String id = UUID.randomUUID().toString();
        Map<String, Object> written = caseFrom(persona(), "2.0.0");
        written.put("id", id);
        written.put("title", "Resent case " + id);

        int first = trainer.status(HttpRequest.POST("/api/v1/training/practice-cases", written));
        int resent = trainer.status(HttpRequest.POST("/api/v1/training/practice-cases", written));

        assertThat(first).isEqualTo(201);
        assertThat(resent).isEqualTo(200);
        assertThat(trainer.getJsonList("/api/v1/training/practice-cases")).filteredOn(c -> c.get("title").equals("Resent case " + id))
                .singleElement().satisfies(c -> assertThat(c).containsEntry("id", id).containsEntry("revision", 1));
        written.put("title", "Another case under the same id");
        assertThat(trainer.refusal(HttpRequest.POST("/api/v1/training/practice-cases", written), 409).type()).contains("id-in-use");
        assertThat(trainer.getJson("/api/v1/training/practice-cases/" + id)).containsEntry("title", "Resent case " + id)
                .containsEntry("revision", 1);
    }

    @Test
    void onlyTrainersWriteCasesAndOfficersSeeOnlyTheBrief() {
        ApiClient trainer = new ApiClient(http).as("trainer");
        ApiClient officer = OwnUnit.create(http).officer("airport");
        String caseId = (String) trainer.postJson("/api/v1/training/practice-cases", caseFrom(persona(), "2.0.0")).get("id");

        assertThat(officer.status(HttpRequest.POST("/api/v1/training/practice-cases", caseFrom(persona(), "2.0.0")))).isEqualTo(403);
        assertThat(officer.status(HttpRequest.GET("/api/v1/training/practice-cases/" + caseId))).isEqualTo(403);
        Map<String, Object> brief = officer.getJsonList("/api/v1/practice/cases").stream()
                .filter(c -> caseId.equals(c.get("id"))).findFirst().orElseThrow();
        assertThat(brief).containsKeys("title", "observations", "start").doesNotContainKeys("narrative", "replies", "expected");
    }

    @Test
    void aTrainerPrintsACaseAsTwoRolePlayCardsInPdfA() throws Exception {
        ApiClient trainer = new ApiClient(http).as("trainer");
        Map<String, Object> small = caseFrom(persona(), "2.0.0");
        small.put("replies", ((List<?>) small.get("replies")).subList(0, 3)); // a short card renders fast on a loaded machine
        String caseId = (String) trainer.postJson("/api/v1/training/practice-cases", small).get("id");

        byte[] pdf = trainer.getBytes("/api/v1/training/practice-cases/" + caseId + "/cards");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("officer’s brief", "Tired, hands scarred.", "person’s story", "A worker from a mushroom farm.",
                    reply(persona().answers().keySet().iterator().next()));
        }
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
        assertThat(new ApiClient(http).as("officer.airport").status(HttpRequest.GET("/api/v1/training/practice-cases/" + caseId + "/cards")))
                .isEqualTo(403);
    }

    /** A practice screening walked to its end: every question asked and answered as scripted, but one decisive question skipped. */
    private record Walk(String screening, String skipped) {
    }

    @SuppressWarnings("unchecked")
    private Walk walk(ApiClient officer, String caseId) {
        Personas.Persona persona = persona();
        String screening = (String) officer.postJson("/api/v1/practice/screenings", Map.of("caseId", caseId)).get("id");
        String skipped = null;
        long version = 0;
        for (int step = 0; step < 80; step++) {
            Map<String, Object> next = officer.getJson("/api/v1/screenings/" + screening + "/next?lang=en");
            List<Map<String, Object>> questions = (List<Map<String, Object>>) next.getOrDefault("next", List.of());
            if (questions.isEmpty()) {
                return new Walk(screening, skipped);
            }
            Map<String, Object> question = questions.get(0);
            String id = (String) question.get("id");
            var scripted = persona.answers().get(id);
            String answer = scripted == null ? "UNKNOWN" : scripted.answer().name();
            if (skipped == null && "interviewee".equals(question.get("audience")) && question.get("dimension") != null && answer.equals(question.get("countsWhen"))) {
                skipped = id;
                answer = "UNKNOWN";
            } else {
                officer.postJson("/api/v1/practice/screenings/" + screening + "/ask/" + id, Map.of());
            }
            version = ((Number) officer.putJson("/api/v1/screenings/" + screening + "/answers/" + id,
                    Map.of("answer", answer, "expectedVersion", version)).get("version")).longValue();
        }
        throw new AssertionError("the walk-through did not end");
    }

    private static Personas.Persona persona() {
        return Personas.all().stream().filter(p -> p.id().equals(PERSONA)).findFirst().orElseThrow();
    }

    private static String reply(String questionId) {
        return "Відповідь на " + questionId;
    }

    /** A case from the persona: a scripted reply (in the persona's language) and a teaching note for each blind answer. */
    private static Map<String, Object> caseFrom(Personas.Persona persona, String catalogueVersion) {
        List<Map<String, Object>> replies = new ArrayList<>();
        persona.answers().forEach((question, answer) -> replies.add(Map.of("questionId", question, "reply", reply(question),
                "gloss", "Reply to " + question, "answer", answer.answer().name(), "teachingNote", "Why " + question + " matters")));
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Mushroom farm " + UUID.randomUUID());
        body.put("catalogue", "waymark-indicators");
        body.put("catalogueVersion", catalogueVersion);
        body.put("checklist", "full-interview");
        body.put("intervieweeLanguage", persona.language());
        body.put("start", Map.of("placeType", "LAND_BORDER", "exploitation", persona.exploitation(), "ageBand", persona.ageBand(), "sex", "UNKNOWN"));
        body.put("narrative", "A worker from a mushroom farm.");
        body.put("observations", "Tired, hands scarred.");
        body.put("expected", Map.of("riskLevel", "HIGH", "trafficking", true, "forcedLabour", true));
        body.put("replies", replies);
        return body;
    }

    private int count(String table) throws Exception {
        try (Connection connection = rawConnection(); ResultSet rows = connection.createStatement().executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
