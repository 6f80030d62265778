package org.waymark.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schema of each catalogue file kind ({@code indicators-catalogue/schema/}, packaged with the code
 * that reads the files), applied to every file when it is loaded, not only in a test.
 */
final class CatalogueSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private CatalogueSchemas() {
    }

    /** The kind of a catalogue file by its name: catalogue, indicators, questions, checklists, texts, or a legal-frame file. */
    static String kindOf(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (path.startsWith(LegalFrameReader.FOLDER)) {
            return path.contains("/texts/") ? "legal-frame-texts" : "legal-frame";
        }
        return path.contains("/texts/") ? "texts" : name.substring(0, name.length() - ".yaml".length());
    }

    /** Every way the document breaks its schema, in a stable order; empty when it conforms. */
    static List<CatalogueProblem> problems(String path, Object document) {
        JsonNode json = JSON.valueToTree(document);
        return schema(kindOf(path)).validate(json).stream()
                .map(m -> new CatalogueProblem(path, location(m.getInstanceLocation().toString()), "does not match the schema: " + m.getMessage()))
                .sorted(Comparator.comparing(CatalogueProblem::path).thenComparing(CatalogueProblem::message))
                .toList();
    }

    /** {@code $.indicators[1].strength} as the loader's own paths read: {@code indicators[1].strength}. */
    private static String location(String pointer) {
        return pointer.equals("$") ? "" : pointer.startsWith("$.") ? pointer.substring(2) : pointer;
    }

    private static JsonSchema schema(String kind) {
        return SCHEMAS.computeIfAbsent(kind, k -> {
            try (InputStream in = CatalogueSchemas.class.getClassLoader().getResourceAsStream("indicators-catalogue/schema/" + k + ".schema.json")) {
                if (in == null) {
                    throw new IllegalStateException("no schema packaged for catalogue files of kind " + k);
                }
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
