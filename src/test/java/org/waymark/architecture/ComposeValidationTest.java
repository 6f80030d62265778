package org.waymark.architecture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/compose.yaml validates strictly against the Compose Specification's JSON schema (a copy in
 * src/test/resources/compose, its source and commit noted beside it): an unknown key (a typo such as
 * {@code read_onyl}) or a value of the wrong type is refused, as {@code docker compose config} refuses it.
 */
class ComposeValidationTest {

    /** The compose-spec/compose-spec commit the copy was taken from (src/test/resources/compose/SOURCE.md). */
    static final String COMMIT = "170098ba07d9f53c383a41bfd4c5166b0a4529a6";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadTheSchema() throws IOException {
        try (InputStream in = ComposeValidationTest.class.getResourceAsStream("/compose/compose-spec.json")) {
            ObjectNode root = (ObjectNode) JSON.readTree(in);
            // draft-07, named by the factory (the copy's "$schema" spells the meta-schema's address its own way); its
            // relative "$id" made absolute, the address it was copied from (every "$ref" in it stays inside the file)
            root.remove("$schema");
            root.put("$id", "https://raw.githubusercontent.com/compose-spec/compose-spec/" + COMMIT + "/schema/compose-spec.json");
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(root);
        }
    }

    @Test
    void composeValidatesStrictlyAgainstTheComposeSpecification() throws IOException {
        assertThat(problems(Files.readString(DeploymentConsistencyTest.COMPOSE))).isEmpty();
    }

    @Test
    void refusesAComposeFileWithAnUnknownKey() throws IOException {
        assertThat(problems(broken("    read_only: true\n", "    read_onyl: true\n")))
                .anySatisfy(problem -> assertThat(problem).contains("read_onyl"));
        assertThat(problems(broken("\nvolumes:\n  pgdata:\n", "\nvolume:\n  pgdata:\n")))
                .anySatisfy(problem -> assertThat(problem).contains("volume"));
    }

    @Test
    void refusesAComposeFileWithAValueOfTheWrongType() throws IOException {
        assertThat(problems(broken("stop_grace_period: 40s", "stop_grace_period: 40")))
                .anySatisfy(problem -> assertThat(problem).contains("stop_grace_period").contains("integer"));
        assertThat(problems(broken("    tmpfs:\n      - /tmp\n", "    tmpfs:\n      path: /tmp\n")))
                .anySatisfy(problem -> assertThat(problem).contains("tmpfs"));
    }

    @Test
    void aValidCopyIsAcceptedSoTheBrokenCopiesFailForTheirChangeAlone() throws IOException {
        assertThat(problems(broken("    read_only: true\n", "    read_only: true\n"))).isEmpty();
    }

    /** The compose file with one text replaced (which must be there). */
    private static String broken(String text, String replacement) throws IOException {
        String original = Files.readString(DeploymentConsistencyTest.COMPOSE);
        assertThat(original).as("deploy/compose.yaml").contains(text);
        return original.replace(text, replacement);
    }

    private static List<String> problems(String yaml) {
        Map<String, Object> compose = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        JsonNode document = JSON.valueToTree(compose);
        return schema.validate(document).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
