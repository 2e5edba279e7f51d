package io.pdgitops.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.pdgitops.pagerduty.PagerDutyEnvironment;
import io.pdgitops.sandbox.quarkus.SandboxSettings;
import io.pdgitops.service.quarkus.ServiceConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** deploy/kubernetes, read as Kubernetes reads it, against the probes, port and settings the application has. */
class KubernetesManifestsTest {

    private static final Path DIR = Path.of("deploy/kubernetes");
    /** Quarkus settings the manifests use; each is a documented key of the extension named beside it. */
    private static final Set<String> QUARKUS_KEYS = Set.of(
            "quarkus.datasource.jdbc.url", "quarkus.datasource.username", "quarkus.datasource.password", // agroal
            "quarkus.http.host", "quarkus.http.port"); // vertx-http
    /** Quarkus' HTTP port when {@code quarkus.http.port} is not set, which the manifests rely on. */
    private static final int QUARKUS_DEFAULT_HTTP_PORT = 8080;

    private static final Map<String, HasMetadata> BY_KIND = new HashMap<>();

    @BeforeAll
    static void readEveryManifest() throws IOException {
        for (Path manifest : manifests()) {
            HasMetadata resource = StrictManifests.read(manifest);
            assertThat(BY_KIND.put(resource.getKind(), resource)).as("one %s only", resource.getKind()).isNull();
        }
    }

    @Test
    void kustomizationListsExactlyTheManifestsOfTheFolder() throws IOException {
        Map<?, ?> kustomization = (Map<?, ?>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(DIR.resolve("kustomization.yaml")));

        assertThat((List<?>) kustomization.get("resources")).map(Object::toString)
                .containsExactlyInAnyOrderElementsOf(manifests().stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void aFieldTheModelDoesNotKnowFails(@TempDir Path temp) throws IOException {
        Path misspelt = temp.resolve("service.yaml");
        Files.writeString(misspelt, Files.readString(DIR.resolve("service.yaml")).replace("targetPort:", "targetPrt:"));

        assertThatThrownBy(() -> StrictManifests.read(misspelt))
                .hasMessageContaining("fields the Kubernetes model does not know").hasMessageContaining("targetPrt");
    }

    @Test
    void twoReplicasProbeTheHealthEndpointsOnTheApplicationsPort() {
        Deployment deployment = (Deployment) BY_KIND.get("Deployment");
        Container container = onlyContainer(deployment);
        ContainerPort http = container.getPorts().get(0);

        assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
        assertThat(container.getPorts()).hasSize(1);
        assertThat(http.getContainerPort()).isEqualTo(QUARKUS_DEFAULT_HTTP_PORT);
        assertThat(container.getArgs()).containsExactly("serve");
        assertProbe(container.getLivenessProbe(), "/q/health/live", http);
        assertProbe(container.getReadinessProbe(), "/q/health/ready", http);
        assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
    }

    @Test
    void serviceAndDisruptionBudgetSelectThePods() {
        Deployment deployment = (Deployment) BY_KIND.get("Deployment");
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        Service service = (Service) BY_KIND.get("Service");
        PodDisruptionBudget budget = (PodDisruptionBudget) BY_KIND.get("PodDisruptionBudget");
        String portName = onlyContainer(deployment).getPorts().get(0).getName();

        assertThat(podLabels).containsAllEntriesOf(service.getSpec().getSelector());
        assertThat(podLabels).containsAllEntriesOf(budget.getSpec().getSelector().getMatchLabels());
        assertThat(service.getSpec().getPorts()).allSatisfy(port ->
                assertThat(port.getTargetPort().getStrVal()).isEqualTo(portName));
        assertThat(budget.getSpec().getMinAvailable().getIntVal())
                .isBetween(1, deployment.getSpec().getReplicas() - 1);
    }

    @Test
    void everyEnvironmentVariableIsASettingOfTheApplication() throws IOException {
        Set<String> known = knownEnvironmentNames();
        ConfigMap settings = (ConfigMap) BY_KIND.get("ConfigMap");
        Container container = onlyContainer((Deployment) BY_KIND.get("Deployment"));
        List<String> used = new ArrayList<>(settings.getData().keySet());
        container.getEnv().stream().map(EnvVar::getName).forEach(used::add);

        assertThat(used).isNotEmpty().allSatisfy(name -> assertThat(known).as("settings known as " + name)
                .contains(name));
        assertThat(container.getEnvFrom()).singleElement().satisfies(from ->
                assertThat(from.getConfigMapRef().getName()).isEqualTo(settings.getMetadata().getName()));
        assertThat(settings.getData()).containsEntry("PD_GITOPS_STATE_KIND", "postgresql");
    }

    @Test
    void secretsComeFromTheSecretNeverFromTheConfigMap() {
        ConfigMap settings = (ConfigMap) BY_KIND.get("ConfigMap");
        Container container = onlyContainer((Deployment) BY_KIND.get("Deployment"));
        List<String> secret = List.of(PagerDutyEnvironment.TOKEN, "PD_GITOPS_API_TOKEN",
                "PD_GITOPS_WEBHOOK_GITHUB_SECRET", "QUARKUS_DATASOURCE_PASSWORD");

        assertThat(settings.getData()).doesNotContainKeys(secret.toArray(String[]::new));
        assertThat(container.getEnv()).filteredOn(env -> secret.contains(env.getName()))
                .hasSize(secret.size())
                .allSatisfy(env -> assertThat(env.getValueFrom().getSecretKeyRef()).isNotNull());
    }

    @Test
    void theSystemdSettingsAreSettingsOfTheApplicationToo() throws IOException {
        Set<String> known = knownEnvironmentNames();
        List<String> names = Files.readAllLines(Path.of("deploy/systemd/pd-gitops.env.example")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.substring(0, line.indexOf('='))).toList();

        assertThat(names).isNotEmpty().allSatisfy(name -> assertThat(known).contains(name));
    }

    static Set<String> knownEnvironmentNames() throws IOException {
        Set<String> keys = new TreeSet<>(ConfigKeys.ofMapping("pd-gitops", ServiceConfig.class));
        keys.addAll(ConfigKeys.ofMapping("pd-gitops.sandbox", SandboxSettings.class));
        keys.addAll(ConfigKeys.ofProperties("/application.properties"));
        keys.addAll(QUARKUS_KEYS);
        Set<String> names = new TreeSet<>();
        keys.forEach(key -> names.add(ConfigKeys.environmentName(key)));
        names.addAll(List.of(PagerDutyEnvironment.TOKEN, PagerDutyEnvironment.REGION, PagerDutyEnvironment.URL,
                PagerDutyEnvironment.FROM, PagerDutyEnvironment.REQUESTS_PER_MINUTE, PagerDutyEnvironment.MAX_RETRIES));
        return names;
    }

    private static void assertProbe(Probe probe, String path, ContainerPort port) {
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo(port.getName());
    }

    private static Container onlyContainer(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    private static List<Path> manifests() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> !p.getFileName().toString().equals("kustomization.yaml")).sorted().toList();
        }
    }
}
