package org.waymark.referral;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The published JSON Schemas of {@code referral.json} ({@code referral/referral-packet-<n>.schema.json}) and
 * validation against them. A document is checked against the schema it names; packets made under schema 1 stay
 * readable. A document naming no known schema is checked against the current one (and so refused).
 */
public final class PacketSchema {

    public static final String RESOURCE = "/referral/referral-packet-2.schema.json";
    public static final String RESOURCE_1 = "/referral/referral-packet-1.schema.json";
    private static final Map<String, JsonSchema> SCHEMAS = Map.of(
            PacketDocument.SCHEMA_1, load(RESOURCE_1),
            PacketDocument.SCHEMA, load(RESOURCE));
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PacketSchema() {
    }

    /** What is wrong with the document, one line per problem; empty when it is valid. */
    public static List<String> problems(byte[] json) {
        try {
            JsonNode tree = MAPPER.readTree(json);
            JsonSchema schema = SCHEMAS.getOrDefault(tree.path("schema").asText(""), SCHEMAS.get(PacketDocument.SCHEMA));
            return schema.validate(tree).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            return List.of("referral.json is not readable JSON");
        }
    }

    private static JsonSchema load(String resource) {
        try (InputStream in = PacketSchema.class.getResourceAsStream(resource)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
