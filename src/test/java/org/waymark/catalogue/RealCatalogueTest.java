package org.waymark.catalogue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.Indicator;
import org.waymark.catalogue.model.Strength;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The lint of the real indicators-catalogue/ folder: every version valid, published ones unchanged, content as DOMAIN.md lists it. */
class RealCatalogueTest {

    static final CatalogueFiles FOLDER = CatalogueFiles.directory(Path.of("indicators-catalogue"));
    private static Catalogue catalogue;

    @BeforeAll
    static void load() {
        catalogue = CatalogueReader.read(FOLDER, "waymark-indicators", "1.0.0");
    }

    @Test
    void everyVersionInTheFolderIsValid() {
        for (String file : FOLDER.list("catalogues")) {
            if (file.endsWith("/catalogue.yaml")) {
                String[] parts = file.split("/");
                assertThat(CatalogueReader.read(FOLDER, parts[1], parts[2]).reference()).isEqualTo(parts[1] + "@" + parts[2]);
            }
        }
    }

    @Test
    void publishedVersionsAreUnchanged() {
        PublishedVersions published = PublishedVersions.read(FOLDER);
        assertThat(published.versions()).contains("waymark-indicators/1.0.0");
        assertThat(published.verify(FOLDER)).isEmpty();
    }

    @Test
    void theServiceLoadsThePublishedCopyFromTheClassPath() {
        CatalogueLibrary library = CatalogueLibrary.loadPublished(CatalogueFiles.classpath(getClass().getClassLoader()));
        assertThat(library.latest("waymark-indicators")).map(Catalogue::version).contains("2.0.0");
        assertThat(library.find("waymark-indicators", "1.0.0")).isPresent();
    }

    @Test
    void inTheTriageOf200EveryDimensionCanTurnPositiveWithAtMostTwelveQuestionsToThePerson() {
        Catalogue two = CatalogueReader.read(FOLDER, "waymark-indicators", "2.0.0");
        var triage = two.checklist("triage").orElseThrow();
        assertThat(triage.items().stream().filter(i -> two.question(i.question()).orElseThrow().audience()
                == org.waymark.catalogue.model.Question.Audience.INTERVIEWEE)).hasSizeLessThanOrEqualTo(12);
        for (String profile : List.of("adult-labour", "child-labour")) {
            java.util.Map<String, org.waymark.catalogue.model.Answer> everything = new java.util.LinkedHashMap<>();
            triage.items().forEach(i -> everything.put(i.question(), two.question(i.question()).orElseThrow().presentWhen()));
            everything.put("q.ctx.works-here", org.waymark.catalogue.model.Answer.YES);
            var assessment = org.waymark.scoring.ScoringEngine.evaluate(two, org.waymark.scoring.ScoringInput.of(profile, everything));
            assertThat(assessment.dimensions()).as(profile).allSatisfy(d -> assertThat(d.positive()).as(d.dimension()).isTrue());
        }
    }

    @Test
    void everyQuestionOf200DeclaresWhichAnswerCountsAndNoTextCarriesAnAnswerKey() {
        Catalogue two = CatalogueReader.read(FOLDER, "waymark-indicators", "2.0.0");
        assertThat(two.questionsDeclared()).isTrue();
        assertThat(two.questions().values()).allSatisfy(q -> assertThat(q.presentWhen()).isIn(
                org.waymark.catalogue.model.Answer.YES, org.waymark.catalogue.model.Answer.NO));
        assertThat(two.questions().values()).anySatisfy(q -> assertThat(q.presentWhen()).isEqualTo(org.waymark.catalogue.model.Answer.NO));
        for (var texts : two.texts().values()) {
            texts.questions().values().stream().flatMap(q -> q.questions().stream())
                    .forEach(asked -> assertThat(QuestionWording.problems(asked)).as(texts.language() + ": " + asked).isEmpty());
        }
    }

    @Test
    void holdsTheCompleteAdultLabourSetOfDomainMd() {
        Map<String, Long> perDimension = catalogue.indicators().values().stream()
                .filter(i -> i.strengthByProfile().containsKey("adult-labour"))
                .collect(Collectors.groupingBy(Indicator::dimension, Collectors.counting()));
        assertThat(perDimension).containsExactlyInAnyOrderEntriesOf(Map.of("D1", 10L, "D2", 10L, "D3", 16L, "D4", 9L, "D5", 15L, "D6", 7L));
        assertThat(strongIn("adult-labour")).containsExactlyInAnyOrder(
                "d1.deceived-nature-of-job", "d2.violence", "d4.excessive-working-hours",
                "d5.confiscation-of-documents", "d5.debt-bondage", "d5.isolation-confinement-surveillance", "d5.violence");
        assertThat(weakIn("adult-labour")).containsExactlyInAnyOrder(
                "d1.deceived-education", "d3.abuse-cultural-religious-beliefs", "d3.general-context", "d4.no-access-to-education",
                "d5.threats-to-inform-family", "d6.difficulties-in-the-past", "d6.personal-characteristics");
    }

    @Test
    void holdsTheChildLabourDifferences() {
        assertThat(weakIn("child-labour")).isEmpty();
        assertThat(catalogue.indicator("d3.false-information-law-authorities").orElseThrow().strengthIn("child-labour")).isEmpty();
        assertThat(catalogue.indicator("d4.no-social-protection").orElseThrow().strengthIn("child-labour")).isEmpty();
        assertThat(strongIn("child-labour")).containsExactlyInAnyOrder(
                "d1.deceived-nature-of-job", "d1.deceived-education",
                "d2.violence", "d2.threats-of-violence", "d2.abduction-forced-marriage-selling", "d2.debt-bondage",
                "d4.excessive-working-hours",
                "d5.confiscation-of-documents", "d5.debt-bondage", "d5.isolation-confinement-surveillance", "d5.violence",
                "d5.threats-of-violence", "d5.forced-illicit-activities", "d5.forced-tasks-or-clients", "d5.under-strong-influence");
    }

    @Test
    void marksTheSexualExploitationProfilesProvisional() {
        assertThat(catalogue.profile("adult-sexual").orElseThrow().provisional()).isTrue();
        assertThat(catalogue.profile("child-sexual").orElseThrow().provisional()).isTrue();
        assertThat(catalogue.indicator("d5.forced-tasks-or-clients").orElseThrow().strengthIn("adult-sexual")).contains(Strength.STRONG);
        assertThat(catalogue.indicator("d4.hazardous-work").orElseThrow().strengthIn("child-sexual")).contains(Strength.STRONG);
        assertThat(catalogue.indicator("d4.hazardous-work").orElseThrow().strengthIn("adult-sexual")).contains(Strength.MEDIUM);
    }

    @Test
    void mapsTrafficIndicatorsToForcedLabourItemsOfBothCategories() {
        var scheme = catalogue.forcedLabour();
        assertThat(scheme.indicators()).hasSize(11);
        assertThat(scheme.involuntariness()).hasSize(8);
        assertThat(scheme.coercion()).hasSize(6);
        var mapped = catalogue.indicators().values().stream().flatMap(i -> i.forcedLabourItems().stream()).collect(Collectors.toSet());
        assertThat(mapped).containsAll(scheme.indicators()).containsAll(scheme.coercion());
    }

    @Test
    void offersATriageOfAtMostTwelveQuestionsAndAFullInterviewOfEveryIndicator() {
        assertThat(catalogue.checklist("triage").orElseThrow().items()).hasSizeLessThanOrEqualTo(12);
        assertThat(catalogue.checklist("full-interview").orElseThrow().items().stream().map(i -> i.question()))
                .containsAll(catalogue.indicators().keySet());
    }

    @Test
    void hasEveryTextInTheFourRequiredLanguages() {
        assertThat(catalogue.texts().keySet()).contains("en", "pl", "uk", "ru");
        for (String language : List.of("uk", "ru")) {
            assertThat(catalogue.texts().get(language).questions().get("d5.confiscation-of-documents").questions()).isNotEmpty();
        }
    }

    private static List<String> strongIn(String profile) {
        return withStrength(profile, Strength.STRONG);
    }

    private static List<String> weakIn(String profile) {
        return withStrength(profile, Strength.WEAK);
    }

    private static List<String> withStrength(String profile, Strength strength) {
        return catalogue.indicators().values().stream().filter(i -> i.strengthIn(profile).filter(strength::equals).isPresent())
                .map(Indicator::id).collect(Collectors.toList());
    }

}
