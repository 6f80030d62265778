package org.waymark.catalogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.catalogue.model.PartnerDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartnerDirectoryTest {

    private static final Path REAL = Path.of("indicators-catalogue");

    @Test
    void everyVoivodeshipHasItsDistrictLabourInspectorateBesideTheNationwidePartners() {
        PartnerDirectory directory = DirectoryReader.read(CatalogueFiles.directory(REAL), "pl");
        assertThat(directory.voivodeships()).hasSize(16);
        for (String voivodeship : directory.voivodeships()) {
            assertThat(directory.forVoivodeship(voivodeship)).extracting(PartnerDirectory.Entry::id)
                    .contains("pip-oip-" + voivodeship, "kcik", "la-strada", "police-cbtl", "border-guard-ath")
                    .filteredOn(id -> id.startsWith("pip-oip-")).containsExactly("pip-oip-" + voivodeship);
        }
        assertThat(directory.forVoivodeship(null)).allMatch(PartnerDirectory.Entry::nationwide).extracting(PartnerDirectory.Entry::id)
                .contains("kcik").doesNotContain("pip-oip-mazowieckie");
    }

    @Test
    void everyDistrictLabourInspectorateIsNamedWithItsSeatInTheLocative() {
        PartnerDirectory directory = DirectoryReader.read(CatalogueFiles.directory(REAL), "pl");
        assertThat(directory.partners()).filteredOn(e -> e.id().startsWith("pip-oip-")).extracting(e -> e.nameIn("pl"))
                .map(name -> name.replace("Okręgowy Inspektorat Pracy ", ""))
                .containsExactlyInAnyOrder("we Wrocławiu", "w Bydgoszczy", "w Lublinie", "w Zielonej Górze", "w Łodzi", "w Krakowie",
                        "w Warszawie", "w Opolu", "w Rzeszowie", "w Białymstoku", "w Gdańsku", "w Katowicach", "w Kielcach", "w Olsztynie",
                        "w Poznaniu", "w Szczecinie");
    }

    @Test
    void everyEntryNamesItsSourceAndIsMarkedToBeVerifiedUntilChecked() {
        PartnerDirectory directory = DirectoryReader.read(CatalogueFiles.directory(REAL), "pl");
        assertThat(directory.partners()).allSatisfy(entry -> {
            assertThat(entry.source()).isNotBlank();
            assertThat(entry.status()).isEqualTo(PartnerDirectory.TO_BE_VERIFIED);
            assertThat(entry.verified()).isFalse();
        });
        assertThat(directory.nextSteps().status()).isEqualTo(PartnerDirectory.TO_BE_VERIFIED);
        assertThat(directory.nextSteps().sourceTitle()).startsWith("Algorytm postępowania");
    }

    @Test
    void theCardIsWrittenInEveryInterviewLanguage() {
        PartnerDirectory directory = DirectoryReader.read(CatalogueFiles.directory(REAL), "pl");
        assertThat(directory.card()).containsOnlyKeys("en", "pl", "uk", "ru");
        assertThat(directory.cardIn("uk").title()).isEqualTo("Де ви можете отримати допомогу");
        assertThat(directory.cardIn("de").title()).isEqualTo(directory.cardIn("en").title());
    }

    @Test
    void aHighRiskOutcomeAsksToSpeakAloneOfferKcikAndKeepDocumentsFromCompanions() {
        PartnerDirectory.NextSteps steps = DirectoryReader.read(CatalogueFiles.directory(REAL), "pl").nextSteps();
        assertThat(steps.forOutcome("HIGH")).extracting(PartnerDirectory.Step::id).contains("speak-alone", "offer-kcik", "documents");
        assertThat(steps.forOutcome("NONE")).extracting(PartnerDirectory.Step::id).containsExactly("card");
        assertThat(steps.forOutcome("HIGH").get(0).textIn("pl")).startsWith("Rozmawiaj z osobą na osobności");
    }

    @Test
    void refusesADirectoryWithAnUnknownKindAnUnknownVoivodeshipNoContactOrAStepForAnUnknownOutcome(@TempDir Path root) throws IOException {
        Path folder = Files.createDirectories(root.resolve("directory/pl"));
        Files.writeString(folder.resolve("partners.yaml"), """
                country: PL
                voivodeships: [mazowieckie]
                card:
                  en: {title: t, intro: i, phone: p, email: e, website: w, hours: h, languages: l, emergency: x, unverified: u}
                partners:
                  - id: one
                    kind: EMBASSY
                    name: {en: One, pl: Jeden}
                    regions: [atlantis]
                    hours: {en: always}
                    languages: [pl]
                    status: to-be-verified
                    source: a leaflet
                  - id: one
                    kind: VICTIM_SUPPORT_NGO
                    name: {en: Two}
                    website: http://insecure.example
                    hours: {en: always}
                    languages: [pl]
                    status: maybe
                    source: a leaflet
                """);
        Files.writeString(folder.resolve("next-steps.yaml"), """
                source: {title: Algorytm, url: https://www.gov.pl, status: to-be-verified}
                steps:
                  - id: wait
                    outcomes: [SEVERE]
                    text: {en: Wait.}
                """);
        assertThatThrownBy(() -> DirectoryReader.read(CatalogueFiles.directory(root), "pl"))
                .isInstanceOfSatisfying(InvalidCatalogueException.class, e -> assertThat(e.problems()).extracting(CatalogueProblem::toString)
                        .contains("directory/pl/partners.yaml at partners[0].kind: must be one of [CHILD_PROTECTION, INVESTIGATION_OR_POLICE, LABOUR_INSPECTORATE, VICTIM_SUPPORT_NGO]",
                                "directory/pl/partners.yaml at partners[0].regions: names atlantis, which is not one of the voivodeships",
                                "directory/pl/partners.yaml at partners[0]: needs a phone, an e-mail or a website",
                                "directory/pl/partners.yaml at partners[1].id: is used by another entry",
                                "directory/pl/partners.yaml at partners[1].website: must be an https:// address",
                                "directory/pl/partners.yaml at partners[1].name: must have the pl text",
                                "directory/pl/partners.yaml at partners[1].status: must be one of [to-be-verified, verified]",
                                "directory/pl/next-steps.yaml at steps[0].outcomes: names SEVERE, which is not one of [HIGH, LOW, MEDIUM, NONE]",
                                "directory/pl/next-steps.yaml at steps[0].text: must have the pl text"));
    }

    @Test
    void aMissingDirectoryFileStopsTheLoad(@TempDir Path root) {
        assertThatThrownBy(() -> DirectoryReader.read(CatalogueFiles.directory(root), "pl"))
                .isInstanceOfSatisfying(InvalidCatalogueException.class, e -> assertThat(e.problems()).extracting(CatalogueProblem::toString)
                        .contains("directory/pl/partners.yaml: file is missing", "directory/pl/next-steps.yaml: file is missing"));
    }

    @Test
    void aDirectoryFileThatIsNotValidYamlIsReportedWithItsLineAsTheCatalogueIs(@TempDir Path root) throws IOException {
        Path folder = Files.createDirectories(root.resolve("directory/pl"));
        Files.writeString(folder.resolve("partners.yaml"), "partners:\n  - id: kcik\n    name: {pl: KCIK\n");
        Files.writeString(folder.resolve("next-steps.yaml"), "- a list, not a mapping\n");
        assertThatThrownBy(() -> DirectoryReader.read(CatalogueFiles.directory(root), "pl"))
                .isInstanceOfSatisfying(InvalidCatalogueException.class, e -> assertThat(e.problems()).extracting(CatalogueProblem::toString)
                        .anySatisfy(p -> assertThat(p).startsWith("directory/pl/partners.yaml at line 4: not valid YAML"))
                        .contains("directory/pl/next-steps.yaml: must be a YAML mapping"));
    }
}
