package org.waymark.architecture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Validates Kubernetes objects strictly, as an API server with field validation would: against the Kubernetes 1.35
 * definitions and the CloudNativePG CRDs in {@code ../shared/schemas}, with every object that lists its properties
 * closed to unknown fields.
 */
final class ManifestSchemas {

    /** {@code -Dwaymark.schemas=…}, else {@code shared/schemas} beside the checkout, else the build machines' {@code /work/shared/schemas}. */
    static final Path SCHEMAS = java.util.stream.Stream.of(System.getProperty("waymark.schemas", ""), "../shared/schemas", "/work/shared/schemas")
            .filter(candidate -> !candidate.isEmpty()).map(Path::of)
            .filter(candidate -> Files.exists(candidate.resolve("kubernetes-1.35/definitions.json"))).findFirst()
            .orElse(Path.of("..", "shared", "schemas"));
    private static final String CNPG_GROUP = "postgresql.cnpg.io";
    private static final String OBJECT_META = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";

    private final ObjectMapper json = new ObjectMapper();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
    private final ObjectNode definitions;
    private final Map<String, String> definitionByKind = new HashMap<>();
    private final Map<String, JsonSchema> schemas = new HashMap<>();

    ManifestSchemas() throws IOException {
        Path kubernetes = SCHEMAS.resolve("kubernetes-1.35/definitions.json");
        if (!Files.exists(kubernetes)) {
            throw new AssertionError("the schemas are read from " + SCHEMAS.toAbsolutePath().normalize()
                    + " (shared/ beside the checkout or /work/shared, as on the build machines and in CI; or -Dwaymark.schemas)");
        }
        definitions = (ObjectNode) json.readTree(kubernetes.toFile()).get("definitions");
        definitions.fields().forEachRemaining(entry -> {
            for (JsonNode gvk : entry.getValue().path("x-kubernetes-group-version-kind")) {
                definitionByKind.put(key(gvk.path("group").asText(), gvk.path("version").asText(), gvk.path("kind").asText()), entry.getKey());
            }
        });
        definitions.fields().forEachRemaining(entry -> close(entry.getValue()));
        // numbers are accepted where Kubernetes accepts them: int-or-string fields and quantities
        ((ObjectNode) definitions.get("io.k8s.apimachinery.pkg.util.intstr.IntOrString")).remove("type");
        ((ObjectNode) definitions.get("io.k8s.apimachinery.pkg.api.resource.Quantity")).remove("type");
    }

    /** What is wrong with one object, one line per problem; empty when it validates. */
    List<String> problems(Map<String, Object> object) throws IOException {
        String apiVersion = String.valueOf(object.get("apiVersion"));
        String kind = String.valueOf(object.get("kind"));
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        JsonSchema schema = schema(group, version, kind);
        if (schema == null) {
            return List.of(apiVersion + " " + kind + ": no schema for this kind");
        }
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : schema.validate(json.valueToTree(object))) {
            problems.add(kind + "/" + name(object) + ": " + message.getMessage());
        }
        return problems;
    }

    private JsonSchema schema(String group, String version, String kind) throws IOException {
        String key = key(group, version, kind);
        if (!schemas.containsKey(key)) {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            if (group.equals(CNPG_GROUP)) {
                JsonNode crd = customResourceSchema(version, kind);
                if (crd == null) {
                    schemas.put(key, null);
                    return null;
                }
                root.setAll((ObjectNode) crd);
            } else if (definitionByKind.containsKey(key)) {
                root.put("$ref", "#/definitions/" + definitionByKind.get(key));
            } else {
                schemas.put(key, null);
                return null;
            }
            root.set("definitions", definitions);
            schemas.put(key, factory.getSchema(root));
        }
        return schemas.get(key);
    }

    /** The CRD's schema of one version, closed like the built-in kinds, its metadata checked as ObjectMeta. */
    @SuppressWarnings("unchecked")
    private JsonNode customResourceSchema(String version, String kind) throws IOException {
        try (var files = Files.list(SCHEMAS.resolve("cloudnative-pg"))) {
            for (Path file : files.sorted().toList()) {
                Map<String, Object> crd = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
                Map<String, Object> spec = (Map<String, Object>) crd.get("spec");
                if (!kind.equals(((Map<String, Object>) spec.get("names")).get("kind"))) {
                    continue;
                }
                for (Object entry : (List<Object>) spec.get("versions")) {
                    Map<String, Object> candidate = (Map<String, Object>) entry;
                    if (version.equals(candidate.get("name"))) {
                        ObjectNode schema = json.valueToTree(((Map<String, Object>) candidate.get("schema")).get("openAPIV3Schema"));
                        close(schema);
                        ((ObjectNode) schema.get("properties")).set("metadata", JsonNodeFactory.instance.objectNode().put("$ref", "#/definitions/" + OBJECT_META));
                        return schema;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Refuses unknown fields in every object that lists its properties (unless it says it keeps unknown fields),
     * lets int-or-string fields take both, and drops the formats and extensions a JSON-schema validator does not know.
     */
    private static void close(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")
                    && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
                object.put("additionalProperties", false);
            }
            if ("int-or-string".equals(object.path("format").asText()) || object.path("x-kubernetes-int-or-string").asBoolean(false)) {
                object.remove("type");
            }
            object.remove("format");
            List<String> extensions = new ArrayList<>();
            object.fieldNames().forEachRemaining(name -> {
                if (name.startsWith("x-kubernetes-")) {
                    extensions.add(name);
                }
            });
            object.remove(extensions);
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("properties")) {
                    field.getValue().forEach(ManifestSchemas::close);
                } else if (!field.getKey().equals("enum") && !field.getKey().equals("default") && !field.getKey().equals("example")) {
                    close(field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(ManifestSchemas::close);
        }
    }

    @SuppressWarnings("unchecked")
    private static String name(Map<String, Object> object) {
        Object metadata = object.get("metadata");
        return metadata instanceof Map<?, ?> map ? String.valueOf(((Map<String, Object>) map).get("name")) : "?";
    }

    private static String key(String group, String version, String kind) {
        return group + "/" + version + "/" + kind;
    }
}
