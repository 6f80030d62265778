package org.waymark.architecture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.testing.StandardTools;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kustomize base and every overlay render with {@code kubectl kustomize}, and every rendered object validates
 * strictly against the Kubernetes 1.35 and CloudNativePG schemas; broken copies of the manifests are refused.
 */
class ManifestValidationTest {

    static ManifestSchemas schemas;

    @TempDir
    Path work;

    @BeforeAll
    static void loadSchemas() throws IOException {
        schemas = new ManifestSchemas();
    }

    @Test
    void theBaseAndEveryOverlayRenderIntoObjectsThatValidateStrictly() throws IOException {
        List<Path> targets = new ArrayList<>(List.of(DeploymentManifestsTest.KUBERNETES.resolve("base")));
        try (Stream<Path> overlays = Files.list(DeploymentManifestsTest.KUBERNETES.resolve("overlays"))) {
            overlays.sorted().forEach(targets::add);
        }
        assertThat(targets).hasSizeGreaterThanOrEqualTo(2);
        for (Path target : targets) {
            List<Map<String, Object>> objects = render(target);
            assertThat(objects).as(target.toString()).extracting(o -> o.get("kind"))
                    .contains("Namespace", "Deployment", "Service", "Ingress", "HorizontalPodAutoscaler", "PodDisruptionBudget",
                            "NetworkPolicy", "Cluster", "ScheduledBackup", "PersistentVolumeClaim");
            for (Map<String, Object> object : objects) {
                assertThat(schemas.problems(object)).as(target + ": " + object.get("kind")).isEmpty();
            }
        }
    }

    /** Applied by hand, not through the kustomization (RUNBOOK, "Checking a running deployment", "Restore drill"). */
    static final List<String> STANDALONE = List.of("jobs", "restore-drill");

    @Test
    void theVerifyAuditJobAndTheRestoreDrillValidateStrictly() throws IOException {
        List<Object> kinds = new ArrayList<>();
        for (String folder : STANDALONE) {
            try (Stream<Path> files = Files.list(DeploymentManifestsTest.KUBERNETES.resolve(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                    for (Map<String, Object> object : parse(Files.readString(file))) {
                        kinds.add(object.get("kind"));
                        assertThat(schemas.problems(object)).as(file + ": " + object.get("kind")).isEmpty();
                    }
                }
            }
        }
        assertThat(kinds).contains("Job", "Cluster", "Deployment");
    }

    @Test
    void aBrokenVerifyAuditJobIsRefused() throws IOException {
        String job = Files.readString(DeploymentManifestsTest.KUBERNETES.resolve("jobs/verify-audit.yaml"));
        assertThat(job).contains("backoffLimit: 0").contains("readOnly: true\n      volumes:");
        assertThat(problems(job.replace("backoffLimit: 0", "backoffLimits: 0")))
                .anySatisfy(p -> assertThat(p).startsWith("Job/waymark-verify-audit").contains("backoffLimits"));
        assertThat(problems(job.replace("readOnly: true\n      volumes:", "readOnly: yes-please\n      volumes:")))
                .anySatisfy(p -> assertThat(p).startsWith("Job/waymark-verify-audit").contains("readOnly"));
    }

    private List<String> problems(String yaml) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> object : parse(yaml)) {
            problems.addAll(schemas.problems(object));
        }
        return problems;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> parse(String yaml) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
            if (document != null) {
                objects.add((Map<String, Object>) document);
            }
        }
        return objects;
    }

    @Test
    void anUnknownFieldIsRefused() throws IOException {
        assertThat(problemsOfBrokenCopy("base/deployment.yaml", "readinessProbe:", "readinessProbes:"))
                .anySatisfy(p -> assertThat(p).startsWith("Deployment/waymark").contains("readinessProbes"));
    }

    @Test
    void aFieldOfTheWrongTypeIsRefused() throws IOException {
        assertThat(problemsOfBrokenCopy("overlays/production/deployment-patch.yaml", "replicas: 3", "replicas: three"))
                .anySatisfy(p -> assertThat(p).startsWith("Deployment/waymark").contains("replicas").contains("string"));
    }

    @Test
    void aMissingRequiredFieldIsRefused() throws IOException {
        assertThat(problemsOfBrokenCopy("base/service.yaml", "      port: 80\n", ""))
                .anySatisfy(p -> assertThat(p).startsWith("Service/waymark").contains("port"));
    }

    @Test
    void aBadCloudNativePgFieldIsRefused() throws IOException {
        assertThat(problemsOfBrokenCopy("base/postgres-cluster.yaml", "retentionPolicy: 30d", "retention: 30d"))
                .anySatisfy(p -> assertThat(p).startsWith("Cluster/waymark-db").contains("retention"));
        assertThat(problemsOfBrokenCopy("base/postgres-cluster.yaml", "primaryUpdateStrategy: unsupervised", "primaryUpdateStrategy: whenever"))
                .anySatisfy(p -> assertThat(p).startsWith("Cluster/waymark-db").contains("primaryUpdateStrategy"));
    }

    @Test
    void aKindWithoutASchemaIsRefused() throws IOException {
        assertThat(schemas.problems(Map.of("apiVersion", "apps/v1", "kind", "Deploymnet", "metadata", Map.of("name", "waymark"))))
                .containsExactly("apps/v1 Deploymnet: no schema for this kind");
    }

    /** Copies deploy/kubernetes, changes one text in one file, renders the production overlay and validates it. */
    private List<String> problemsOfBrokenCopy(String file, String text, String replacement) throws IOException {
        Path copy = work.resolve("kubernetes");
        try (Stream<Path> files = Files.walk(DeploymentManifestsTest.KUBERNETES)) {
            for (Path source : files.toList()) {
                Path target = copy.resolve(DeploymentManifestsTest.KUBERNETES.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path broken = copy.resolve(file);
        String original = Files.readString(broken);
        assertThat(original).as(file).contains(text);
        Files.writeString(broken, original.replace(text, replacement));
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> object : render(copy.resolve("overlays/production"))) {
            problems.addAll(schemas.problems(object));
        }
        return problems;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> render(Path kustomization) throws IOException {
        StandardTools.Result result = StandardTools.run(work, Map.of(), List.of("kubectl", "kustomize", kustomization.toAbsolutePath().toString()));
        assertThat(result.succeeded()).as("kubectl kustomize " + kustomization + ": " + result.errors()).isTrue();
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(result.output())) {
            if (document != null) {
                objects.add((Map<String, Object>) document);
            }
        }
        return objects;
    }
}
