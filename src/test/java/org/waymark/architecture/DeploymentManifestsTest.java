package org.waymark.architecture;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kubernetes manifests and the systemd unit say what production needs: checked by parsing every file (their
 * validity against the Kubernetes and CloudNativePG schemas is {@link ManifestValidationTest}'s).
 */
class DeploymentManifestsTest {

    static final Path KUBERNETES = Path.of("deploy/kubernetes");

    @Test
    void everyManifestParsesAndEveryKustomizationResourceExists() throws IOException {
        for (Path file : yamlFiles()) {
            List<Map<String, Object>> documents = documents(file);
            assertThat(documents).as(file.toString()).isNotEmpty().allSatisfy(d -> assertThat(d).containsKeys("apiVersion", "kind"));
            if (file.getFileName().toString().equals("kustomization.yaml")) {
                Map<String, Object> kustomization = documents.get(0);
                for (String resource : strings(kustomization.get("resources"))) {
                    assertThat(file.getParent().resolve(resource)).as("resource of " + file).exists();
                }
                for (Object patch : list(kustomization.get("patches"))) {
                    assertThat(file.getParent().resolve((String) map(patch).get("path"))).exists();
                }
            }
        }
    }

    @Test
    void theDeploymentRunsSeveralConfinedInstancesWithProbesAndLimits() throws IOException {
        Map<String, Object> deployment = kind("Deployment");
        Map<String, Object> spec = map(deployment.get("spec"));
        assertThat((Integer) spec.get("replicas")).isGreaterThanOrEqualTo(2);
        Map<String, Object> pod = map(map(spec.get("template")).get("spec"));
        assertThat(map(pod.get("securityContext"))).containsEntry("runAsNonRoot", true);
        Map<String, Object> container = map(list(pod.get("containers")).get(0));
        assertThat(path(container, "readinessProbe", "httpGet", "path")).isEqualTo("/health/readiness");
        assertThat(path(container, "livenessProbe", "httpGet", "path")).isEqualTo("/health/liveness");
        assertThat(map(container.get("securityContext"))).containsEntry("allowPrivilegeEscalation", false)
                .containsEntry("readOnlyRootFilesystem", true).containsEntry("privileged", false);
        Map<String, Object> resources = map(container.get("resources"));
        assertThat(map(resources.get("requests"))).containsKeys("cpu", "memory");
        assertThat(map(resources.get("limits"))).containsKeys("cpu", "memory");
        for (Object variable : list(container.get("env"))) {
            Map<String, Object> env = map(variable);
            String name = (String) env.get("name");
            if (name.contains("KEY") || name.contains("PASSWORD")) {
                assertThat(env).as(name + " comes from a Secret").containsKey("valueFrom").doesNotContainKey("value");
            }
        }
        assertThat(strings(documentsOfKind("Secret"))).as("no Secret is committed").isEmpty();
    }

    @Test
    void auditCheckpointsAreWrittenToASharedVolumeThatOutlivesEveryPod() throws IOException {
        Map<String, Object> pod = map(path(kind("Deployment"), "spec", "template", "spec"));
        Map<String, Object> container = map(list(pod.get("containers")).get(0));
        String folder = list(container.get("env")).stream().map(DeploymentManifestsTest::map)
                .filter(env -> "WAYMARK_AUDIT_CHECKPOINT_DIR".equals(env.get("name"))).map(env -> (String) env.get("value"))
                .findFirst().orElseThrow();
        Map<String, Object> mount = list(container.get("volumeMounts")).stream().map(DeploymentManifestsTest::map)
                .filter(m -> folder.equals(m.get("mountPath"))).findFirst().orElseThrow(() -> new AssertionError(folder + " is not a mount"));
        Map<String, Object> volume = list(pod.get("volumes")).stream().map(DeploymentManifestsTest::map)
                .filter(v -> mount.get("name").equals(v.get("name"))).findFirst().orElseThrow();
        assertThat(volume).as("not the pod's own emptyDir").doesNotContainKey("emptyDir").containsKey("persistentVolumeClaim");
        Map<String, Object> claim = documentsOfKind("PersistentVolumeClaim").stream()
                .filter(c -> path(volume, "persistentVolumeClaim", "claimName").equals(path(c, "metadata", "name"))).findFirst().orElseThrow();
        assertThat(strings(path(claim, "spec", "accessModes"))).as("every pod writes there").containsExactly("ReadWriteMany");
    }

    @Test
    void theClusterHasTlsAutoscalingADisruptionBudgetAndANetworkPolicy() throws IOException {
        assertThat(list(map(kind("Ingress").get("spec")).get("tls"))).isNotEmpty();
        assertThat((Integer) map(kind("HorizontalPodAutoscaler").get("spec")).get("minReplicas")).isGreaterThanOrEqualTo(2);
        assertThat(map(kind("PodDisruptionBudget").get("spec"))).containsKey("minAvailable");
        Map<String, Object> policy = map(kind("NetworkPolicy").get("spec"));
        assertThat(strings(policy.get("policyTypes"))).containsExactlyInAnyOrder("Ingress", "Egress");
    }

    @Test
    void postgresIsAThreeInstanceCloudNativePgClusterWithBackupsOnTheEmbeddedMajorVersion() throws IOException {
        Map<String, Object> cluster = kind("Cluster");
        assertThat((String) cluster.get("apiVersion")).startsWith("postgresql.cnpg.io/");
        Map<String, Object> spec = map(cluster.get("spec"));
        assertThat(spec.get("instances")).isEqualTo(3);
        assertThat(map(spec.get("backup"))).containsKeys("barmanObjectStore", "retentionPolicy");
        assertThat((String) spec.get("imageName")).contains(":17.");
        assertThat(kind("ScheduledBackup")).isNotNull();
    }

    @Test
    void theProductionOverlayRunsAtLeastThreeReplicas() throws IOException {
        Map<String, Object> patch = documents(KUBERNETES.resolve("overlays/production/deployment-patch.yaml")).get(0);
        assertThat((Integer) map(patch.get("spec")).get("replicas")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theImageRunsAsANonRootUserWithAHealthCheck() throws IOException {
        String containerfile = Files.readString(Path.of("deploy/Containerfile"));

        assertThat(containerfile).containsPattern("(?m)^FROM .* AS build$").containsPattern("(?m)^USER 10001$")
                .contains("HEALTHCHECK").contains("/health").contains("./mvnw");
    }

    @Test
    void theSystemdUnitIsHardenedAndTakesSecretsFromAnEnvironmentFile() throws IOException {
        String unit = Files.readString(Path.of("deploy/systemd/waymark.service"));
        for (String option : List.of("DynamicUser=yes", "NoNewPrivileges=yes", "ProtectSystem=strict", "ProtectHome=yes", "PrivateTmp=yes",
                "CapabilityBoundingSet=", "SystemCallFilter=@system-service", "EnvironmentFile=/etc/waymark/waymark.env")) {
            assertThat(unit).contains(option);
        }
        String template = Files.readString(Path.of("deploy/systemd/waymark.env.example"));
        assertThat(template).containsPattern("(?m)^WAYMARK_MASTER_KEY=$").containsPattern("(?m)^WAYMARK_TOKEN_KEY=$");
    }

    private static Map<String, Object> kind(String kind) throws IOException {
        List<Map<String, Object>> found = documentsOfKind(kind);
        assertThat(found).as(kind).isNotEmpty();
        return found.get(0);
    }

    private static List<Map<String, Object>> documentsOfKind(String kind) throws IOException {
        List<Map<String, Object>> found = new ArrayList<>();
        for (Path file : yamlFiles()) {
            if (!file.toString().contains("overlays")) {
                documents(file).stream().filter(d -> kind.equals(d.get("kind"))).forEach(found::add);
            }
        }
        return found;
    }

    private static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(KUBERNETES)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> documents(Path file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(Files.readString(file))) {
            if (document != null) {
                documents.add((Map<String, Object>) document);
            }
        }
        return documents;
    }

    private static Object path(Map<String, Object> root, String... keys) {
        Object current = root;
        for (String key : keys) {
            current = map(current).get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    private static List<String> strings(Object value) {
        return list(value).stream().map(String::valueOf).toList();
    }
}
