package org.waymark.platform.config;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import io.micronaut.inject.qualifiers.Qualifiers;
import org.waymark.platform.database.Database;
import org.waymark.platform.database.DatabaseUnavailableException;
import org.waymark.testing.TestPostgres;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What Waymark refuses to start with, and that the refusal says why in words an operator can act on. */
class StartupSafetyTest {

    private static final String REAL_KEY = Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'k');

    @Test
    void refusesToStartInProductionWithoutSecrets() {
        assertThatThrownBy(() -> start(Map.of("waymark.mode", "production")))
                .rootCause()
                .isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("WAYMARK_MASTER_KEY (waymark.secrets.master-key) is not set")
                .hasMessageContaining("WAYMARK_TOKEN_KEY");
    }

    @Test
    void refusesToStartInProductionWithoutSecretsOrDatabaseBeforeTouchingTheEmbeddedDatabaseFolder() throws Exception {
        // as on a read-only container: the embedded server's folder cannot be made
        java.nio.file.Path notAFolder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "startup-safety"))
                .resolve("read-only-root");
        java.nio.file.Files.writeString(notAFolder, "a file where the data folder's parent would be");
        java.nio.file.Path dataDir = notAFolder.resolve("data");

        assertThatThrownBy(() -> ApplicationContext.run(Map.of("waymark.mode", "production", "waymark.data-dir", dataDir.toString())))
                .rootCause()
                .isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("WAYMARK_MASTER_KEY (waymark.secrets.master-key) is not set")
                .hasMessageContaining("WAYMARK_TOKEN_KEY (waymark.secrets.token-key) is not set");
    }

    @Test
    void startsTheDatabaseOnlyAfterTheSecretsGuardHasPassed() {
        // the order of eager beans otherwise depends on the class path: the packaged jar started the database first
        try (ApplicationContext context = start(Map.of("waymark.mode", "demo"))) {
            assertThat(context.getBeanDefinition(Database.class, Qualifiers.byName("default")).getRequiredComponents())
                    .contains(Secrets.class);
        }
    }

    @Test
    void refusesToStartInProductionWithTheDemoSecrets() {
        assertThatThrownBy(() -> start(Map.of("waymark.mode", "production",
                "waymark.secrets.master-key", SecretSetting.MASTER_KEY.demoValue(),
                "waymark.secrets.token-key", REAL_KEY)))
                .rootCause()
                .isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("WAYMARK_MASTER_KEY (waymark.secrets.master-key) still has its published demo value")
                .hasMessageNotContaining(SecretSetting.MASTER_KEY.demoValue())
                .hasMessageNotContaining("WAYMARK_TOKEN_KEY");
    }

    @Test
    void refusesASecretThatIsTooShort() {
        assertThatThrownBy(() -> start(Map.of("waymark.mode", "production",
                "waymark.secrets.master-key", Base64.getEncoder().encodeToString(new byte[8]),
                "waymark.secrets.token-key", REAL_KEY)))
                .rootCause()
                .hasMessageContaining("must be Base64 of at least 32 random bytes");
    }

    @Test
    void startsInProductionWithRealSecrets() {
        try (ApplicationContext context = start(Map.of("waymark.mode", "production",
                "waymark.secrets.master-key", REAL_KEY, "waymark.secrets.token-key", REAL_KEY))) {
            Secrets secrets = context.getBean(Secrets.class);
            assertThat(secrets.mode()).isEqualTo(RunMode.PRODUCTION);
            assertThat(secrets.get(SecretSetting.MASTER_KEY).length()).isEqualTo(32);
            assertThat(secrets.get(SecretSetting.MASTER_KEY)).hasToString("[REDACTED]");
        }
    }

    @Test
    void refusesToStartInProductionWhenTheAuditCheckpointFolderCannotBeWrittenAndNamesTheSetting() throws Exception {
        // as a container's read-only root file system with no checkpoint volume mounted: the folder cannot be made
        java.nio.file.Path checkpoints = unwritableFolder("checkpoint-parent");

        assertThatThrownBy(() -> start(Map.of("waymark.mode", "production", "waymark.secrets.master-key", REAL_KEY,
                "waymark.secrets.token-key", REAL_KEY, "waymark.audit.checkpoint-dir", checkpoints.toString())))
                .rootCause()
                .isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("the audit checkpoint folder " + checkpoints.toAbsolutePath())
                .hasMessageContaining("set by WAYMARK_AUDIT_CHECKPOINT_DIR (waymark.audit.checkpoint-dir), cannot be written")
                .hasMessageNotContaining(REAL_KEY);
    }

    @Test
    void startsInDemoModeEvenWhenTheAuditCheckpointFolderCannotBeWritten() throws Exception {
        java.nio.file.Path checkpoints = unwritableFolder("demo-checkpoint-parent");
        try (ApplicationContext context = start(Map.of("waymark.mode", "demo", "waymark.audit.checkpoint-dir", checkpoints.toString()))) {
            assertThat(context.getBean(Secrets.class).mode()).isEqualTo(RunMode.DEMO);
        }
    }

    /** A folder below a plain file: it cannot be made, whoever runs the test (root included). */
    private static java.nio.file.Path unwritableFolder(String parent) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "startup-safety")).resolve(parent);
        java.nio.file.Files.writeString(file, "a file where the folder's parent would be");
        return file.resolve("audit-checkpoints");
    }

    @Test
    void startsInDemoModeWithTheDemoSecrets() {
        try (ApplicationContext context = start(Map.of("waymark.mode", "demo"))) {
            assertThat(context.getBean(Secrets.class).get(SecretSetting.TOKEN_KEY).length()).isGreaterThanOrEqualTo(32);
        }
    }

    @Test
    void refusesToStartWithASettingOutsideItsLimitsAndNamesTheKey() {
        assertThatThrownBy(() -> start(Map.of("waymark.mode", "demo", "waymark.stats.k", "0")))
                .rootCause()
                .hasMessageContaining("waymark.stats.k must be greater than 0");
    }

    @Test
    void failsClearlyWhenTheExternalDatabaseCannotBeReached() {
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> ApplicationContext.run(Map.of(
                "waymark.mode", "demo",
                "datasources.default.url", "jdbc:postgresql://127.0.0.1:1/waymark",
                "datasources.default.username", "waymark",
                "datasources.default.password", "s3cret-never-shown",
                "datasources.default.connection-timeout", "1s")));
        Throwable unavailable = failure;
        while (unavailable != null && !(unavailable instanceof DatabaseUnavailableException)) {
            unavailable = unavailable.getCause();
        }
        assertThat(unavailable).as("start-up fails because of the database").isNotNull();
        assertThat(unavailable.getMessage())
                .contains("cannot reach the database at DatabaseSettings[url=jdbc:postgresql://127.0.0.1:1/waymark]")
                .contains("Connection")
                .doesNotContain("s3cret-never-shown");
    }

    private static ApplicationContext start(Map<String, String> properties) {
        Map<String, Object> all = new HashMap<>(TestPostgres.freshDatabase());
        all.putAll(properties);
        return ApplicationContext.run(all);
    }
}
