package org.waymark.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every catalogue file matches the published JSON Schema of its kind (the schema editors use), and the schema can refuse. */
class CatalogueSchemaTest {

    private static final Path ROOT = Path.of("indicators-catalogue");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyCatalogueFileMatchesItsSchema() throws IOException {
        List<String> files = CatalogueFiles.directory(ROOT).list("catalogues");
        assertThat(files).isNotEmpty();
        for (String file : files) {
            Set<ValidationMessage> messages = schemaFor(file).validate(yaml(ROOT.resolve(file)));
            assertThat(messages).as(file).isEmpty();
        }
    }

    @Test
    void theSchemaRefusesAnUnknownStrength() throws IOException {
        JsonNode broken = JSON.readTree("{\"indicators\":[{\"id\":\"d1.x\",\"dimension\":\"D1\",\"phase\":\"recruitment\","
                + "\"strength\":{\"adult-labour\":\"X\"},\"forcedLabour\":[],\"source\":\"s\"}]}");
        assertThat(schema("indicators").validate(broken)).isNotEmpty();
    }

    private static JsonSchema schemaFor(String file) throws IOException {
        return schema(CatalogueSchemas.kindOf(file));
    }

    private static JsonSchema schema(String name) throws IOException {
        try (var in = Files.newInputStream(ROOT.resolve("schema/" + name + ".schema.json"))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static JsonNode yaml(Path file) throws IOException {
        Object document = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
        return JSON.valueToTree(document);
    }
}
