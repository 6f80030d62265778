package org.waymark.catalogue.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waymark.testing.ApiClient;
import org.waymark.testing.DatabaseTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class CatalogueApiTest extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(http).as("trainer");
    }

    @Test
    void listsThePublishedCatalogue() {
        assertThat(api.getJsonList("/api/v1/catalogues")).anySatisfy(c -> {
            assertThat(c.get("reference")).isEqualTo("waymark-indicators@1.0.0");
            assertThat((List<String>) c.get("checklists")).containsExactly("triage", "full-interview");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void describesEveryIndicatorWithStrengthPerProfileTextsAndForcedLabourMapping() {
        Map<String, Object> catalogue = api.getJson("/api/v1/catalogues/waymark-indicators/1.0.0");
        List<Map<String, Object>> indicators = (List<Map<String, Object>>) catalogue.get("indicators");
        assertThat(indicators).hasSize(67);
        Map<String, Object> documents = indicators.stream().filter(i -> i.get("id").equals("d5.confiscation-of-documents")).findFirst().orElseThrow();
        assertThat(documents).containsEntry("dimension", "D5").containsEntry("phase", "destination");
        assertThat((Map<String, String>) documents.get("strength")).containsEntry("adult-labour", "S").containsEntry("child-labour", "S");
        assertThat((List<String>) documents.get("forcedLabour")).contains("coe.withholding-documents");
        Map<String, Map<String, Object>> texts = (Map<String, Map<String, Object>>) documents.get("texts");
        assertThat(texts).containsKeys("en", "pl", "uk", "ru");
        assertThat(texts.get("pl").get("prompt")).isEqualTo("Odebranie dokumentów w miejscu docelowym");
        assertThat((List<String>) texts.get("uk").get("questions")).isNotEmpty();
        assertThat(((Map<String, Object>) catalogue.get("decisionRule")).get("combinations").toString()).contains("trafficking-child-palermo");
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsAChecklistWithItsBranching() {
        Map<String, Object> triage = api.getJson("/api/v1/catalogues/waymark-indicators/1.0.0/checklists/triage");
        List<Map<String, Object>> questions = (List<Map<String, Object>>) triage.get("questions");
        assertThat(questions).hasSizeLessThanOrEqualTo(12);
        assertThat(questions.get(0).get("id")).isEqualTo("ctx.recruited-or-moved-by-others");
        assertThat(questions).anySatisfy(q -> assertThat(String.valueOf(q.get("when"))).contains("ctx.works-or-travels-to-work in"));
    }

    @Test
    void answersNotFoundForAnUnknownVersionOrChecklist() {
        assertThat(api.refusal(HttpRequest.GET("/api/v1/catalogues/waymark-indicators/9.9.9"), 404).type())
                .isEqualTo("urn:waymark:problem:not-found");
        api.refusal(HttpRequest.GET("/api/v1/catalogues/waymark-indicators/1.0.0/checklists/nope"), 404);
    }
}
