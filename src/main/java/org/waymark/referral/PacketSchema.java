package org.waymark.referral;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The published JSON Schema of {@code referral.json} ({@code referral/referral-packet-1.schema.json}) and validation against it. */
public final class PacketSchema {

    public static final String RESOURCE = "/referral/referral-packet-1.schema.json";
    private static final JsonSchema SCHEMA = load();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PacketSchema() {
    }

    /** What is wrong with the document, one line per problem; empty when it is valid. */
    public static List<String> problems(byte[] json) {
        try {
            return SCHEMA.validate(MAPPER.readTree(json)).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            return List.of("referral.json is not readable JSON");
        }
    }

    public static byte[] text() {
        try (InputStream in = PacketSchema.class.getResourceAsStream(RESOURCE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema load() {
        try (InputStream in = PacketSchema.class.getResourceAsStream(RESOURCE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
