package org.waymark.architecture;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** deploy/ runs the same PostgreSQL major version as the embedded server, and holds no secret. */
class DeploymentConsistencyTest {

    @Test
    @SuppressWarnings("unchecked")
    void composeUsesTheEmbeddedPostgresMajorVersionAndOnlyReferencesSecrets() throws IOException {
        Map<String, Object> compose = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(Path.of("deploy/compose.yaml")));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        String image = (String) ((Map<String, Object>) services.get("postgres")).get("image");
        assertThat(image).isEqualTo("postgres:" + embeddedMajorVersion());

        Map<String, Object> environment = (Map<String, Object>) ((Map<String, Object>) services.get("waymark")).get("environment");
        assertThat(environment).containsEntry("WAYMARK_MODE", "production");
        for (String secret : new String[]{"WAYMARK_MASTER_KEY", "WAYMARK_TOKEN_KEY", "DATASOURCES_DEFAULT_PASSWORD"}) {
            assertThat(String.valueOf(environment.get(secret))).as(secret + " is referenced, never written").startsWith("${");
        }
    }

    private static String embeddedMajorVersion() throws IOException {
        try (InputStream in = DeploymentConsistencyTest.class.getResourceAsStream("/waymark-build.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("postgres.binaries.version").split("\\.")[0];
        }
    }
}
