package org.waymark.referral;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.json.JsonMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.catalogue.CatalogueFiles;
import org.waymark.catalogue.CatalogueLibrary;
import org.waymark.catalogue.DirectoryReader;
import org.waymark.catalogue.model.Answer;
import org.waymark.catalogue.LegalFrameReader;
import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.LegalFrame;
import org.waymark.catalogue.model.PartnerDirectory;
import org.waymark.crypto.RecipientKey;
import org.waymark.crypto.X509Keys;
import org.waymark.identity.Organisation;
import org.waymark.identity.OrganisationType;
import org.waymark.identity.PlaceType;
import org.waymark.identity.Unit;
import org.waymark.pdf.PdfAValidation;
import org.waymark.pdf.PdfRenderer;
import org.waymark.scoring.Outcome;
import org.waymark.scoring.RiskLevel;
import org.waymark.scoring.ScoringEngine;
import org.waymark.scoring.ScoringInput;
import org.waymark.screening.AgeBand;
import org.waymark.screening.ConsentPurpose;
import org.waymark.screening.ConsentStatus;
import org.waymark.screening.PersonalData;
import org.waymark.screening.ScreeningStatus;
import org.waymark.screening.ScreeningView;
import org.waymark.screening.Sex;
import org.waymark.screening.ToldItem;
import org.waymark.workplace.WorkplaceFacts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packet's PDF text, compared with reviewed golden files ({@code src/test/resources/referral/golden}).
 * After a deliberate change, regenerate them with {@code -Dwaymark.golden.update=true}, read the diff, commit.
 */
class PacketGoldenTest {

    static final Catalogue CATALOGUE = CatalogueLibrary.loadPublished(CatalogueFiles.directory(Path.of("indicators-catalogue")))
            .find("waymark-indicators", "1.0.0").orElseThrow();
    static final Path GOLDEN = Path.of("src/test/resources/referral/golden");
    static final Instant CREATED = Instant.parse("2026-11-29T09:30:00Z");
    static final UUID REFERRAL = UUID.fromString("3f2a9c1e-5b7d-4e21-9a44-0c1d2e3f4a5b");
    static final UUID SCREENING = UUID.fromString("a1b2c3d4-e5f6-4711-8899-aabbccddeeff");
    static final JsonMapper JSON = JsonMapper.createDefault();
    static final LegalFrame LEGAL_FRAME = LegalFrameReader.load(CatalogueFiles.directory(Path.of("indicators-catalogue")), PacketLabels.LANGUAGES);
    static final PartnerDirectory.NextSteps NEXT_STEPS = DirectoryReader.read(CatalogueFiles.directory(Path.of("indicators-catalogue")), "pl")
            .nextSteps();
    static final WorkplaceFacts WORKPLACE = new WorkplaceFacts(
            new WorkplaceFacts.Employer("Agro-Farm Testowy sp. z o.o.", "ul. Polna 7, 05-600 Grójec", "NIP 797-000-00-00", WorkplaceFacts.Known.NO),
            List.of("Sady Testowe, 05-600 Grójec"), new WorkplaceFacts.Agency("Praca-Test Agency", "PL", "KRAZ 00000"),
            null, org.waymark.screening.Sector.AGRICULTURE, 6, WorkplaceFacts.Known.NO, WorkplaceFacts.Known.UNKNOWN,
            List.of(WorkplaceFacts.Wish.UNPAID_WAGES, WorkplaceFacts.Wish.TO_LEAVE, WorkplaceFacts.Wish.OTHER), "wants her passport back",
            List.of(WorkplaceFacts.Fact.INTERMEDIARY));

    @ParameterizedTest
    @CsvSource({"pl, uk, Особа просить про допомогу; розмовляє лише українською.",
                "en, ru, Человек просит помощи и боится работодателя."})
    void thePdfTextMatchesTheReviewedGoldenFile(String language, String interviewee, String note) throws Exception {
        PacketInput input = input(language, interviewee, note, true);
        PacketDocument document = PacketComposer.compose(input);
        byte[] pdf = new PdfRenderer().render(PacketPrintout.of(document, CATALOGUE, json(document)));

        String text;
        try (var loaded = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(loaded);
        }
        Path golden = GOLDEN.resolve("packet-" + language + "-" + interviewee + ".txt");
        if (Boolean.getBoolean("waymark.golden.update")) {
            Files.writeString(golden, text, StandardCharsets.UTF_8);
        }
        assertThat(text).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
    }

    @Test
    void aSchemaOnePacketStillMatchesItsSchemaAndItsReviewedText() throws Exception {
        byte[] json = Files.readAllBytes(GOLDEN.resolve("schema-1/referral.json"));
        String text;
        try (var loaded = Loader.loadPDF(Files.readAllBytes(GOLDEN.resolve("schema-1/referral.pdf")))) {
            text = new PDFTextStripper().getText(loaded);
        }

        assertThat(new ObjectMapper().readTree(json).get("schema").asText()).isEqualTo(PacketDocument.SCHEMA_1);
        assertThat(PacketSchema.problems(json)).isEmpty();
        assertThat(text).isEqualTo(Files.readString(GOLDEN.resolve("schema-1/packet-pl-uk-note.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void aSchemaOneDocumentWithSchemaTwoSectionsIsRefused() throws Exception {
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper().readTree(json(PacketComposer.compose(input("pl", "uk", "n", true))));
        tree.put("schema", PacketDocument.SCHEMA_1);

        assertThat(PacketSchema.problems(new ObjectMapper().writeValueAsBytes(tree))).isNotEmpty();
    }

    @Test
    void theInspectorateSectionCarriesTheWorkplaceTheAgencyTheEvidenceAndTheWishes() {
        PacketDocument.LabourInspectorate section = PacketComposer.compose(input("en", "ru", null, true)).labourInspectorate();

        assertThat(section.recorded()).isTrue();
        assertThat(section.employer().name()).isEqualTo("Agro-Farm Testowy sp. z o.o.");
        assertThat(section.workplaces()).containsExactly("Sady Testowe, 05-600 Grójec");
        assertThat(section.agency().registryNumber()).isEqualTo("KRAZ 00000");
        assertThat(section.othersAffected()).isEqualTo(6);
        assertThat(section.unknown()).containsExactly("INTERMEDIARY");
        assertThat(section.wishes()).containsExactly("UNPAID_WAGES", "TO_LEAVE", "OTHER");
        assertThat(section.otherWish()).isEqualTo("wants her passport back");
        assertThat(section.withheld()).isEmpty();
        assertThat(section.forcedLabourEvidence()).isNotEmpty().allSatisfy(e -> assertThat(e.answers()).isNotEmpty());
        assertThat(section.forcedLabourEvidence()).flatExtracting(PacketDocument.Evidence::answers).anyMatch(a -> a.contains(" — "));
    }

    @Test
    void theLegalFrameListsTheProvisionsTheFindingsRelateTo() {
        PacketDocument document = PacketComposer.compose(input("pl", "uk", null, true));

        assertThat(document.assessment().outcomes()).contains("FORCED_LABOUR_INDICATED").doesNotContain("TRAFFICKING_INDICATED");
        assertThat(document.legalFrame()).extracting(PacketDocument.LegalProvision::id).containsExactly("pl.kk.art-218-221", "pl.uspc.art-9-11");
        assertThat(document.legalFrame()).first().satisfies(p -> {
            assertThat(p.id()).isEqualTo("pl.kk.art-218-221");
            assertThat(p.title()).startsWith("Kodeks karny, art. 218–221");
            assertThat(p.summary()).contains("art. 218 § 1a").contains("art. 218 § 3").contains("(art. 221)")
                    .contains("przestępstwem z odrębnej ustawy z 15 czerwca 2012 r., nie z Kodeksu karnego");
        });
        assertThat(document.legalFrame()).allSatisfy(p -> {
            assertThat(p.status()).isEqualTo("to-be-verified-by-a-lawyer");
            assertThat(p.url()).startsWith("https://isap.sejm.gov.pl/");
        });
    }

    @Test
    void theOfficersNextStepsForTheRiskLevelGoIntoTheJsonAndThePdfWithTheirSource() throws Exception {
        PacketDocument document = PacketComposer.compose(input("pl", "uk", null, true));
        String level = document.assessment().riskLevel();

        assertThat(document.nextSteps().steps()).extracting(PacketDocument.NextStep::id)
                .isNotEmpty().containsExactlyElementsOf(NEXT_STEPS.forOutcome(level).stream().map(PartnerDirectory.Step::id).toList());
        assertThat(document.nextSteps().steps()).first().extracting(PacketDocument.NextStep::text)
                .isEqualTo(NEXT_STEPS.forOutcome(level).get(0).textIn("pl"));
        assertThat(document.nextSteps().sourceUrl()).isEqualTo(NEXT_STEPS.sourceUrl());
        assertThat(document.nextSteps().status()).isEqualTo("to-be-verified");
        String pdf;
        try (var loaded = Loader.loadPDF(new PdfRenderer().render(PacketPrintout.of(document, CATALOGUE, json(document))))) {
            pdf = new PDFTextStripper().getText(loaded).replaceAll("\\s+", " ");
        }
        assertThat(pdf).contains("Dalsze kroki funkcjonariusza kierującego").contains(NEXT_STEPS.sourceTitle())
                .contains("Status: do sprawdzenia z obowiązującą procedurą");
    }

    @Test
    void aPacketForTheLabourInspectorateOpensWithTheWorkplaceAndTheLegalFrame() throws Exception {
        PacketInput base = input("pl", "uk", null, true);
        Organisation inspectorate = new Organisation(UUID.fromString("00000000-0000-4000-8000-000000000004"), "demo-labour-inspectorate",
                "Demo State Labour Inspectorate", OrganisationType.LABOUR_INSPECTORATE);
        PacketInput in = new PacketInput(base.referralId(), base.createdAt(), base.language(), base.screening(), base.catalogue(), base.unit(),
                base.officer(), inspectorate, base.key(), base.named(), base.minor(), base.note(), base.workplace(), base.legalFrame(),
                base.nextSteps());
        PacketDocument document = PacketComposer.compose(in);
        String text;
        try (var loaded = Loader.loadPDF(new PdfRenderer().render(PacketPrintout.of(document, CATALOGUE, json(document))))) {
            text = new PDFTextStripper().getText(loaded);
        }

        assertThat(text.indexOf("Dla inspekcji pracy")).isPositive().isLessThan(text.indexOf("Podstawa prawna"));
        assertThat(text.indexOf("Podstawa prawna")).isLessThan(text.indexOf("Okoliczności rozmowy"));
        assertThat(text.indexOf("Okoliczności rozmowy")).isLessThan(text.indexOf("Stwierdzone wskaźniki"));
        assertThat(text).contains("Liczba innych osób").doesNotContain(" or ")
                .contains("Profil Osoba dorosła, wyzysk w pracy\n").doesNotContain("· adult-labour");
    }

    @Test
    void aSchemaTwoPacketMadeBeforeTheNextStepsStillMatchesItsSchema() throws Exception {
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper().readTree(json(PacketComposer.compose(input("pl", "uk", "n", true))));
        tree.remove("nextSteps");

        assertThat(PacketSchema.problems(new ObjectMapper().writeValueAsBytes(tree))).isEmpty();
        tree.putObject("nextSteps").put("status", "to-be-verified");
        assertThat(PacketSchema.problems(new ObjectMapper().writeValueAsBytes(tree))).isNotEmpty();
    }

    @Test
    void traffickingIndicatedBringsInTheCriminalCodeAndTheActOnForeigners() {
        assertThat(LEGAL_FRAME.applying(List.of("TRAFFICKING_INDICATED"), List.of("labour"), List.of()))
                .extracting(LegalFrame.Provision::id).containsExactly("pl.kk.art-189a", "pl.kk.art-115-par-22", "pl.kk.art-218-221",
                        "pl.uoc.presumed-victim-certificate", "pl.uoc.reflection-period");
        assertThat(LEGAL_FRAME.applying(List.of("TRAFFICKING_INDICATED"), List.of("sexual"), List.of()))
                .extracting(LegalFrame.Provision::id).doesNotContain("pl.kk.art-218-221").contains("pl.kk.art-189a");
    }

    @Test
    void theActOnEmployingForeignersStayingIllegallyAppliesToLabourExploitationOfAThirdCountryNationalOnly() {
        List<String> forcedLabour = List.of("FORCED_LABOUR_INDICATED");
        assertThat(LEGAL_FRAME.applying(forcedLabour, List.of("labour"), List.of(), "UA")).extracting(LegalFrame.Provision::id)
                .containsExactly("pl.kk.art-218-221", "pl.uspc.art-9-11");
        assertThat(LEGAL_FRAME.applying(List.of("EXPLOITATION_ONLY"), List.of("labour"), List.of(), "VN")).extracting(LegalFrame.Provision::id)
                .contains("pl.uspc.art-9-11");
        for (String notAForeignerUnderTheAct : new String[] {"PL", "DE", "NO", "CH", null}) {
            assertThat(LEGAL_FRAME.applying(forcedLabour, List.of("labour"), List.of(), notAForeignerUnderTheAct)).as(notAForeignerUnderTheAct)
                    .extracting(LegalFrame.Provision::id).doesNotContain("pl.uspc.art-9-11");
        }
        assertThat(LEGAL_FRAME.applying(List.of("EXPLOITATION_ONLY"), List.of("sexual"), List.of(), "UA")).isEmpty();
        assertThat(LEGAL_FRAME.applying(List.of("NO_INDICATION"), List.of("labour"), List.of("UNPAID_WAGES"), "UA"))
                .extracting(LegalFrame.Provision::id).containsExactly("pl.kk.art-218-221");
    }

    @Test
    void unpaidWagesAloneBringInTheOffencesAgainstWorkersRightsButNotTrafficking() {
        assertThat(LEGAL_FRAME.applying(List.of("NO_INDICATION"), List.of("labour"), List.of("UNPAID_WAGES")))
                .extracting(LegalFrame.Provision::id).containsExactly("pl.kk.art-218-221");
        assertThat(LEGAL_FRAME.applying(List.of("NO_INDICATION"), List.of("labour"), List.of("TO_KEEP_JOB"))).isEmpty();
        assertThat(LEGAL_FRAME.applying(List.of("EXPLOITATION_ONLY"), List.of("sexual"), List.of())).isEmpty();
    }

    @Test
    void theSameInputRendersTheSameBytes() {
        PacketInput input = input("pl", "uk", "note", true);
        PacketDocument first = PacketComposer.compose(input);
        PacketDocument second = PacketComposer.compose(input);

        assertThat(json(first)).isEqualTo(json(second));
        assertThat(new PdfRenderer().render(PacketPrintout.of(first, CATALOGUE, json(first))))
                .isEqualTo(new PdfRenderer().render(PacketPrintout.of(second, CATALOGUE, json(second))));
    }

    @Test
    void theJsonMatchesItsPublishedSchema() {
        assertThat(PacketSchema.problems(json(PacketComposer.compose(input("pl", "uk", "note", true))))).isEmpty();
        assertThat(PacketSchema.problems(json(PacketComposer.compose(input("en", "ru", null, false))))).isEmpty();
    }

    @Test
    void theSchemaRefusesADocumentWithAnUnknownCode() throws Exception {
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper().readTree(json(PacketComposer.compose(input("pl", "uk", "n", true))));
        tree.put("urgency", "WHENEVER");

        assertThat(PacketSchema.problems(new ObjectMapper().writeValueAsBytes(tree))).singleElement().asString().contains("urgency");
    }

    @Test
    void anAnonymousNotificationCarriesNoIdentifiers() {
        PacketDocument document = PacketComposer.compose(input("en", "ru", null, false));

        assertThat(document.person().named()).isFalse();
        assertThat(document.person().nameOrAlias()).isNull();
        assertThat(document.person().documentNumber()).isNull();
        assertThat(document.person().dateOfBirth()).isNull();
        String json = new String(json(document), StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("Оксана").doesNotContain("FX1234567");
        PacketInput in = input("en", "ru", "Met her at stand 4 with her aunt", false);
        String withNote = new String(json(PacketComposer.compose(in)), StandardCharsets.UTF_8);
        assertThat(withNote).as("no free text, no screening id, no unit, no officer")
                .doesNotContain("stand 4").doesNotContain(in.screening().id().toString())
                .doesNotContain(in.unit().code()).doesNotContain(in.unit().name()).doesNotContain("officer.airport");
        assertThat(PacketComposer.compose(in).screening().completedAt().toString()).as("the month, not the moment").matches(".*-01T00:00:00Z");
        assertThat(PacketSchema.problems(json(PacketComposer.compose(in)))).isEmpty();
    }

    @Test
    void everyLabelExistsInEveryOfficerLanguageAndCoversEveryCode() {
        assertThat(PacketLabels.of("pl").keys()).isEqualTo(PacketLabels.of("en").keys());
        List<String> needed = new java.util.ArrayList<>();
        for (Outcome o : Outcome.values()) needed.add("outcome." + o);
        for (RiskLevel r : RiskLevel.values()) needed.add("risk." + r);
        for (Urgency u : Urgency.values()) needed.add("urgency." + u);
        for (PlaceType p : PlaceType.values()) needed.add("place." + p);
        for (AgeBand a : AgeBand.values()) needed.add("age." + a);
        for (Sex s : Sex.values()) needed.add("sex." + s);
        for (ConsentPurpose p : ConsentPurpose.values()) needed.add("purpose." + p);
        for (ConsentStatus s : ConsentStatus.values()) needed.add("consent." + s);
        for (ToldItem t : ToldItem.values()) needed.add("told." + t);
        for (OrganisationType t : OrganisationType.values()) {
            needed.add("organisation." + t);
        }
        for (org.waymark.scoring.Route r : org.waymark.scoring.Route.values()) needed.add("action." + r);
        for (org.waymark.screening.Sector s : org.waymark.screening.Sector.values()) needed.add("sector." + s);
        for (WorkplaceFacts.Wish w : WorkplaceFacts.Wish.values()) needed.add("wish." + w);
        needed.addAll(List.of("steps." + PartnerDirectory.TO_BE_VERIFIED, "steps.verified"));
        for (WorkplaceFacts.Known k : WorkplaceFacts.Known.values()) needed.add("known." + k);
        for (org.waymark.workplace.AnonymousNotification.Warning w : org.waymark.workplace.AnonymousNotification.Warning.values()) {
            needed.add("withheld." + w);
        }
        assertThat(PacketLabels.of("en").keys()).containsAll(needed);
    }

    static PacketInput input(String language, String interviewee, String note, boolean named) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (String id : List.of("ctx.recruited-or-moved-by-others", "ctx.works-or-travels-to-work", "d1.deceived-nature-of-job",
                "d4.excessive-working-hours", "d5.confiscation-of-documents", "d5.debt-bondage")) {
            answers.put(id, Answer.YES);
        }
        var assessment = ScoringEngine.evaluate(CATALOGUE, ScoringInput.of("adult-labour", answers));
        ScreeningView screening = new ScreeningView(SCREENING, ScreeningStatus.COMPLETED, 9, UUID.randomUUID(), CATALOGUE.reference(), "triage",
                "adult-labour", interviewee, false, null, "AIRPORT", "AGE_25_34", "FEMALE", "UA", "AGRICULTURE",
                new PersonalData("Оксана Тестова", LocalDate.of(1994, 3, 8), "passport", "FX1234567", "+48 500 000 000"),
                List.of(), List.of(new ScreeningView.ConsentView("NGO_SUPPORT", "GIVEN",
                        List.of("DATA_USE", "PURPOSE", "RETENTION", "RIGHT_OF_ACCESS", "WITHDRAWAL"), null, CREATED.minusSeconds(600))),
                assessment, CREATED.minusSeconds(3600), CREATED.minusSeconds(300), null, null, false);
        Unit unit = new Unit(UUID.fromString("00000000-0000-4000-8000-000000000001"), "demo-airport", "Demo airport checkpoint",
                UUID.fromString("00000000-0000-4000-8000-000000000002"), PlaceType.AIRPORT);
        Organisation ngo = new Organisation(UUID.fromString("00000000-0000-4000-8000-000000000003"), "demo-ngo",
                "Demo intervention centre (NGO)", OrganisationType.VICTIM_SUPPORT_NGO);
        return new PacketInput(REFERRAL, CREATED, language, screening, CATALOGUE, unit, "officer.airport", ngo, recipientKey(), named,
                false, note, WORKPLACE, LEGAL_FRAME, NEXT_STEPS);
    }

    static RecipientKey recipientKey() {
        try {
            return X509Keys.recipient(Files.readAllBytes(GOLDEN.resolve("recipient-cert.pem")), CREATED);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] json(PacketDocument document) {
        try {
            return JSON.writeValueAsBytes(document);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
