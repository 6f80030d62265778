package org.waymark.referral;

import org.junit.jupiter.api.Test;
import org.waymark.screening.Sector;
import org.waymark.workplace.WorkplaceFacts;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An anonymous notification lets a labour inspector act without identifying the worker: one test per way the
 * workplace facts or the packet could still point to the person.
 */
class AnonymousPacketTest {

    static final WorkplaceFacts W = PacketGoldenTest.WORKPLACE;

    @Test
    void aWorkplaceWithOnlyOneOtherWorkerIsLeftOutWithItsEmployer() {
        String json = anonymous(with(1, W.employer()));

        assertThat(json).doesNotContain("Agro-Farm").doesNotContain("Polna 7").doesNotContain("797-000").doesNotContain("Sady Testowe")
                .doesNotContain("Intermediary Testowy").contains("\"withheld\":[\"FEW_OTHERS\"").contains("KRAZ 00000");
    }

    @Test
    void aWorkplaceWhereThePersonIsTheOnlyWorkerIsLeftOut() {
        assertThat(anonymous(with(0, W.employer()))).doesNotContain("Agro-Farm").doesNotContain("Sady Testowe").contains("FEW_OTHERS");
    }

    @Test
    void aWorkplaceWhoseNumberOfWorkersIsNotRecordedIsLeftOut() {
        assertThat(anonymous(with(null, W.employer()))).doesNotContain("Agro-Farm").doesNotContain("Sady Testowe").contains("OTHERS_NOT_RECORDED");
    }

    @Test
    void anEmployerWhoseAddressIsAPrivateHomeIsLeftOutWhateverTheNumberOfOthers() {
        WorkplaceFacts.Employer household = new WorkplaceFacts.Employer("Jan Testowy", "ul. Cicha 3 m. 4, Warszawa", null, WorkplaceFacts.Known.YES);

        assertThat(anonymous(with(5, household))).doesNotContain("Jan Testowy").doesNotContain("Cicha 3").doesNotContain("Sady Testowe")
                .contains("PRIVATE_HOME");
    }

    @Test
    void domesticWorkIsTreatedAsAPrivateHome() {
        WorkplaceFacts domestic = new WorkplaceFacts(W.employer(), W.workplaces(), W.agency(), null, Sector.DOMESTIC_WORK, 4, null, null,
                null, null, null);

        assertThat(anonymous(domestic)).doesNotContain("Agro-Farm").contains("PRIVATE_HOME");
    }

    @Test
    void thePersonsOwnWordsAboutTheirWishesAreLeftOutButTheWishesStay() {
        String json = anonymous(W);

        assertThat(json).doesNotContain("passport back").contains("FREE_TEXT_LEFT_OUT").contains("UNPAID_WAGES");
    }

    @Test
    void aWorkplaceWithEnoughOthersGoesToTheInspectorSoTheyCanAct() {
        String json = anonymous(W);

        assertThat(json).contains("Agro-Farm Testowy").contains("Sady Testowe").doesNotContain("FEW_OTHERS").doesNotContain("PRIVATE_HOME");
    }

    @Test
    void theOfficersNoteIsLeftOut() {
        assertThat(anonymous(W, "She sleeps in container 12 behind the packing hall")).doesNotContain("container 12");
    }

    @Test
    void exactTimesAreCoarsenedToTheWeekAndTheMonth() {
        PacketDocument document = PacketComposer.compose(input(W, null));

        assertThat(document.createdAt().toString()).as("Monday of the week of 2026-11-29").isEqualTo("2026-11-23T00:00:00Z");
        assertThat(document.screening().completedAt().toString()).isEqualTo("2026-11-01T00:00:00Z");
        assertThat(document.consents()).allSatisfy(c -> assertThat(c.recordedAt().toString()).endsWith("-01T00:00:00Z"));
        assertThat(json(document)).doesNotContain("09:30").doesNotContain("08:30");
    }

    @Test
    void theDateOfBirthNameDocumentAndContactAreLeftOut() {
        String json = anonymous(W);

        assertThat(json).doesNotContain("1994-03-08").doesNotContain("Оксана").doesNotContain("FX1234567").doesNotContain("+48 500");
    }

    @Test
    void whenTheWorkplaceGoesThePersonsSexAgeBandAndCitizenshipStayBehind() throws Exception {
        PacketDocument document = PacketComposer.compose(input(W, null));

        assertThat(document.labourInspectorate().employer().name()).isEqualTo("Agro-Farm Testowy sp. z o.o.");
        assertThat(document.person().ageBand()).isNull();
        assertThat(document.person().gender()).isNull();
        assertThat(document.person().citizenship()).isNull();
        assertThat(document.labourInspectorate().withheld()).contains("PERSON_DETAILS_LEFT_OUT");
        assertThat(pdfText(document)).contains("Sex withheld (anonymous notification)").doesNotContain("female").doesNotContain("25-34");
    }

    private static String pdfText(PacketDocument document) throws java.io.IOException {
        byte[] pdf = new org.waymark.pdf.PdfRenderer().render(PacketPrintout.of(document, PacketGoldenTest.CATALOGUE,
                PacketGoldenTest.json(document)));
        try (var loaded = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(loaded);
        }
    }

    @Test
    void whenTheWorkplaceIsLeftOutTheCoarseSexAgeBandAndCitizenshipStayAsInTheStatistics() {
        String json = anonymous(with(1, W.employer()));

        assertThat(json).contains("\"ageBand\":\"AGE_25_34\"").contains("\"gender\":\"FEMALE\"").contains("\"citizenship\":\"UA\"")
                .doesNotContain("PERSON_DETAILS_LEFT_OUT");
    }

    @Test
    void theScreeningIdUnitAndOfficerAreLeftOut() {
        PacketInput in = input(W, null);
        String json = json(PacketComposer.compose(in));

        assertThat(json).doesNotContain(in.screening().id().toString()).doesNotContain(in.unit().code()).doesNotContain("officer.airport");
    }

    @Test
    void everyAnonymousVariantMatchesTheSchema() {
        for (Integer others : java.util.Arrays.asList(null, 0, 1, 2, 9)) {
            assertThat(PacketSchema.problems(json(PacketComposer.compose(input(with(others, W.employer()), "note"))).getBytes(StandardCharsets.UTF_8)))
                    .isEmpty();
        }
    }

    private static WorkplaceFacts with(Integer others, WorkplaceFacts.Employer employer) {
        return new WorkplaceFacts(employer, W.workplaces(), W.agency(), "Mr Intermediary Testowy", W.sector(), others, W.minorsAmongOthers(),
                W.immediateDanger(), W.wishes(), W.otherWish(), List.of());
    }

    private static String anonymous(WorkplaceFacts facts) {
        return anonymous(facts, null);
    }

    private static String anonymous(WorkplaceFacts facts, String note) {
        String json = json(PacketComposer.compose(input(facts, note)));
        assertThat(PacketSchema.problems(json.getBytes(StandardCharsets.UTF_8))).isEmpty();
        return json;
    }

    private static PacketInput input(WorkplaceFacts facts, String note) {
        PacketInput base = PacketGoldenTest.input("en", "ru", note, false);
        return new PacketInput(base.referralId(), base.createdAt(), base.language(), base.screening(), base.catalogue(), base.unit(),
                base.officer(), base.partner(), base.key(), false, base.minor(), note, facts, base.legalFrame(), base.nextSteps());
    }

    private static String json(PacketDocument document) {
        return new String(PacketGoldenTest.json(document), StandardCharsets.UTF_8);
    }
}
