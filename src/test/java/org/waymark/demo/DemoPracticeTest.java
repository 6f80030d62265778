package org.waymark.demo;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.waymark.testing.ApiClient;
import org.waymark.testing.DatabaseTest;
import org.waymark.testing.Personas;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's practice cases: on first start the trainer finds one per persona of {@code demo/practice-cases.yaml}, each
 * expecting an outcome its persona's range allows, with replies a trainee hears in the person's language.
 */
@MicronautTest
class DemoPracticeTest extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    @SuppressWarnings("unchecked")
    void theTrainerFindsAPracticeCasePerPersonaExpectingWhatItsPersonaAllows() {
        List<Map<String, Object>> written = new ApiClient(http).as("trainer").getJsonList("/api/v1/training/practice-cases");
        List<Map<String, Object>> personas = DemoPractice.read();

        assertThat(written).hasSize(personas.size());
        for (Map<String, Object> source : personas) {
            Map<String, Object> practice = written.stream().filter(c -> source.get("title").equals(c.get("title"))).findFirst().orElseThrow();
            Personas.Persona persona = Personas.all().stream().filter(p -> p.id().equals(source.get("persona"))).findFirst().orElseThrow();
            Map<String, Object> expected = (Map<String, Object>) practice.get("expected");
            assertThat(persona.trafficking().allows((Boolean) expected.get("trafficking"))).as(persona.id() + " trafficking").isTrue();
            assertThat(persona.forcedLabour().allows((Boolean) expected.get("forcedLabour"))).as(persona.id() + " forced labour").isTrue();
            assertThat(persona.risk()).as(persona.id() + " risk").contains((String) expected.get("riskLevel"));
            assertThat(practice).containsEntry("intervieweeLanguage", persona.language()).containsEntry("checklist", DemoPractice.CHECKLIST);
            List<Map<String, Object>> replies = (List<Map<String, Object>>) practice.get("replies");
            assertThat(replies).hasSizeGreaterThan(20).allSatisfy(r -> assertThat((String) r.get("reply")).isNotBlank());
            if (!persona.unexploited()) { // the note stands at each answer that counts as an indicator present
                assertThat(replies).anySatisfy(r -> assertThat(r.get("teachingNote")).isEqualTo(source.get("teachingNote")));
            }
        }
    }
}
