package org.waymark.architecture;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/ runs the same PostgreSQL major version as the embedded server, and holds no secret; the compose file
 * interpolates as compose does ({@code ${NAME:-default}}, {@code ${NAME:?message}}) into a consistent configuration.
 */
class DeploymentConsistencyTest {

    static final Path COMPOSE = Path.of("deploy/compose.yaml");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)(?::([-?])([^}]*))?}");
    private static final Map<String, String> SECRETS = Map.of("WAYMARK_MASTER_KEY", "m", "WAYMARK_TOKEN_KEY", "t", "POSTGRES_PASSWORD", "p");

    @Test
    @SuppressWarnings("unchecked")
    void composeUsesTheEmbeddedPostgresMajorVersionAndOnlyReferencesSecrets() throws IOException {
        Map<String, Object> services = (Map<String, Object>) parse(interpolate(Files.readString(COMPOSE), SECRETS)).get("services");
        String image = (String) ((Map<String, Object>) services.get("postgres")).get("image");
        assertThat(image).isEqualTo("postgres:" + embeddedMajorVersion());

        Map<String, Object> raw = (Map<String, Object>) parse(Files.readString(COMPOSE)).get("services");
        Map<String, Object> environment = (Map<String, Object>) ((Map<String, Object>) raw.get("waymark")).get("environment");
        assertThat(environment).containsEntry("WAYMARK_MODE", "production");
        for (String secret : new String[]{"WAYMARK_MASTER_KEY", "WAYMARK_TOKEN_KEY", "DATASOURCES_DEFAULT_PASSWORD"}) {
            assertThat(String.valueOf(environment.get(secret))).as(secret + " is referenced, never written").matches("\\$\\{[A-Z_]+:\\?[^}]+}");
        }
        assertThat(environment.get("DATASOURCES_DEFAULT_PASSWORD")).as("the database's own password")
                .isEqualTo(((Map<String, Object>) ((Map<String, Object>) raw.get("postgres")).get("environment")).get("POSTGRES_PASSWORD"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyImageNameInComposeIsAVariableWithThePublicImageAsDefault() throws IOException {
        Map<String, Object> services = (Map<String, Object>) parse(Files.readString(COMPOSE)).get("services");
        for (Map.Entry<String, Object> service : services.entrySet()) {
            Map<String, Object> definition = (Map<String, Object>) service.getValue();
            assertThat(String.valueOf(definition.get("image"))).as(service.getKey()).matches("\\$\\{[A-Z_]+_IMAGE:-[^}]+}");
            if (definition.containsKey("build")) {
                Map<String, Object> arguments = (Map<String, Object>) ((Map<String, Object>) definition.get("build")).get("args");
                assertThat(arguments).as(service.getKey() + " build arguments").containsKeys("BUILD_IMAGE", "RUNTIME_IMAGE")
                        .allSatisfy((name, value) -> assertThat(String.valueOf(value)).matches("\\$\\{" + name + ":-[^}]+}"));
            }
        }
        String containerfile = Files.readString(Path.of(String.valueOf(((Map<String, Object>) ((Map<String, Object>) services.get("waymark")).get("build")).get("dockerfile"))));
        assertThat(containerfile).containsPattern("(?m)^ARG BUILD_IMAGE=").containsPattern("(?m)^ARG RUNTIME_IMAGE=")
                .containsPattern("(?m)^FROM \\$\\{BUILD_IMAGE} AS build$").containsPattern("(?m)^FROM \\$\\{RUNTIME_IMAGE}$");
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeReferencesOnlyServicesAndVolumesItDeclaresAndDocumentsEveryVariable() throws IOException {
        String text = Files.readString(COMPOSE);
        Map<String, Object> compose = parse(interpolate(text, SECRETS));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        Map<String, Object> volumes = (Map<String, Object>) compose.get("volumes");
        for (Map.Entry<String, Object> service : services.entrySet()) {
            Map<String, Object> definition = (Map<String, Object>) service.getValue();
            Object dependsOn = definition.getOrDefault("depends_on", Map.of());
            assertThat(dependsOn instanceof Map<?, ?> map ? map.keySet() : (List<Object>) dependsOn).as(service.getKey() + " depends on")
                    .allSatisfy(name -> assertThat(services).containsKey(String.valueOf(name)));
            for (Object volume : (List<Object>) definition.getOrDefault("volumes", List.of())) {
                String source = String.valueOf(volume).split(":")[0];
                if (!source.startsWith("/") && !source.startsWith(".")) {
                    assertThat(volumes).as(service.getKey() + " uses the named volume " + source).containsKey(source);
                }
            }
        }
        String header = text.lines().takeWhile(line -> line.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
        Matcher variables = VARIABLE.matcher(text);
        while (variables.find()) {
            assertThat(header).as("the header documents " + variables.group(1)).contains(variables.group(1));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeGivesWaymarkItsGracePeriodAHealthCheckAndAVolumeForTheAuditCheckpoints() throws IOException {
        Map<String, Object> compose = parse(interpolate(Files.readString(COMPOSE), SECRETS));
        Map<String, Object> waymark = (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get("waymark");
        // the service finishes requests for up to 30 s after SIGTERM (micronaut.lifecycle.graceful-shutdown): compose's 10 s would kill it
        assertThat(String.valueOf(waymark.get("stop_grace_period"))).matches("(\\d+)s").satisfies(
                period -> assertThat(Integer.parseInt(period.replace("s", ""))).isGreaterThan(30));
        // podman builds the image in OCI format by default, which drops the Containerfile's HEALTHCHECK
        assertThat((Map<String, Object>) waymark.get("healthcheck")).containsKey("test");
        String folder = String.valueOf(((Map<String, Object>) waymark.get("environment")).get("WAYMARK_AUDIT_CHECKPOINT_DIR"));
        assertThat((List<Object>) waymark.get("volumes")).as("a named volume on the checkpoint folder (the root is read-only)")
                .anySatisfy(volume -> assertThat(String.valueOf(volume)).matches("[a-z][a-z0-9-]*:" + Pattern.quote(folder)));
    }

    @Test
    void composeWithoutTheSecretsRefusesAndNamesEachMissingSetting() throws IOException {
        String text = Files.readString(COMPOSE);

        assertThat(missing(text, Map.of())).containsExactlyInAnyOrder("POSTGRES_PASSWORD", "WAYMARK_MASTER_KEY", "WAYMARK_TOKEN_KEY");
        assertThat(missing(text, SECRETS)).isEmpty();
        assertThat(interpolate(text, SECRETS)).doesNotContain("${");
    }

    /** Compose's interpolation: a set value, else the {@code :-} default, else refused for {@code :?}. */
    private static String interpolate(String text, Map<String, String> environment) {
        assertThat(missing(text, environment)).as("settings compose would refuse to start without").isEmpty();
        return VARIABLE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                environment.getOrDefault(m.group(1), "-".equals(m.group(2)) ? m.group(3) : "")));
    }

    private static List<String> missing(String text, Map<String, String> environment) {
        List<String> missing = new ArrayList<>();
        Matcher variables = VARIABLE.matcher(text.lines().filter(line -> !line.startsWith("#")).reduce("", (a, b) -> a + b + "\n"));
        while (variables.find()) {
            if ("?".equals(variables.group(2)) && !environment.containsKey(variables.group(1)) && !missing.contains(variables.group(1))) {
                missing.add(variables.group(1));
            }
        }
        return missing;
    }

    private static Map<String, Object> parse(String yaml) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    }

    private static String embeddedMajorVersion() throws IOException {
        try (InputStream in = DeploymentConsistencyTest.class.getResourceAsStream("/waymark-build.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("postgres.binaries.version").split("\\.")[0];
        }
    }
}
