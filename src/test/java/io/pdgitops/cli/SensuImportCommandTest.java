package io.pdgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pdgitops.imports.sensu.SensuDump;
import io.pdgitops.imports.sensu.SensuResource;
import io.pdgitops.reconcile.SandboxAccount;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.sandbox.SandboxConfig;
import io.pdgitops.sandbox.Seed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import sensu} and {@code import sensu handler} on a dump written from Sensu Go's resource formats. */
class SensuImportCommandTest extends CommandLineTestBase {

    static final Path DUMP = Path.of("src/test/resources/sensu/dump.yaml");
    static final String TEAM = "sensu.io/plugins/sensu-pagerduty-handler/config/team";

    @TempDir
    Path temp;

    Path repo;

    @BeforeEach
    void copyExample() throws Exception {
        repo = temp.resolve("repo");
        NagiosImportCommandTest.copy(Path.of("example-repo"), repo);
    }

    @Test
    void checksAreWiredToTheirServicesWithKeysOnlyInTheEnvironmentFile() throws Exception {
        assumeTrue(System.getenv("PAGERDUTY_TOKEN") == null, "PAGERDUTY_TOKEN is set: this test would change a real account");
        Path state = temp.resolve("sandbox.json");
        assertThat(run("import", "sensu", "--dump", DUMP.toString(), "--repo", repo.toString(), "--policy",
                "MSP Standard 24x7", "--exclude", "proxy", "--source", "sensu-prod", "--into", "services/sensu")).as(err).isEqualTo(ExitCodes.OK);
        assertThat(out).contains("create    services/sensu/sakura-web.yaml", "create    services/sensu/sakura-db.yaml",
                "Not mapped: 2 checks");
        assertThat(Files.readString(repo.resolve("services/sensu/sakura-db.yaml")))
                .startsWith("# pd-gitops import sensu sha256=").contains("source=sensu-prod")
                .contains("integrations: [{name: Sensu, type: events_api_v2}]");
        assertThat(run("apply", "--auto-approve", "--sandbox-state", state.toString(), repo.toString()))
                .as(out).isEqualTo(ExitCodes.OK);

        Path resources = temp.resolve("sensu/pagerduty.yaml");
        Path environment = temp.resolve("sensu/backend.env");
        assertThat(run("import", "sensu", "handler", "--dump", DUMP.toString(), "--exclude", "proxy", "--repo",
                repo.toString(), "--output", resources.toString(), "--env-file", environment.toString(),
                "--sandbox-state", state.toString())).as(err).isEqualTo(ExitCodes.OK);

        Map<String, String> keys = liveKeys(state);
        String written = Files.readString(resources);
        keys.values().forEach(key -> assertThat(written).as("no key in the resources").doesNotContain(key));
        assertThat(out + err).as("keys are never printed").doesNotContain(keys.values());
        assertThat(Files.getPosixFilePermissions(environment)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(environment)).isEqualTo("PAGERDUTY_SAKURA_DB_TOKEN=" + keys.get("sakura-db")
                + "\nPAGERDUTY_SAKURA_WEB_TOKEN=" + keys.get("sakura-web") + "\n");

        List<SensuResource> created = SensuDump.parse(resources.toString(), written);
        SensuResource handler = created.stream().filter(r -> r.type().equals("Handler")).findFirst().orElseThrow();
        assertThat(handler.spec().get("secrets")).isEqualTo(List.of(
                Map.of("name", "sakura_db_pagerduty_token", "secret", "pagerduty-sakura-db"),
                Map.of("name", "sakura_web_pagerduty_token", "secret", "pagerduty-sakura-web")));
        assertThat(created.stream().filter(r -> r.type().equals("Secret")).map(r -> r.spec().get("id")))
                .containsExactly("PAGERDUTY_SAKURA_DB_TOKEN", "PAGERDUTY_SAKURA_WEB_TOKEN");
        Map<String, SensuResource> checks = created.stream().filter(r -> r.type().equals("CheckConfig"))
                .collect(Collectors.toMap(SensuResource::name, r -> r));
        assertThat(checks).containsOnlyKeys("check-http-shop", "check-disk", "check-postgres");
        assertThat(annotations(checks.get("check-http-shop"))).containsEntry(TEAM, "sakura_web");
        assertThat(checks.get("check-http-shop").strings("handlers")).containsExactly("slack", "pagerduty");
        assertThat(annotations(checks.get("check-postgres"))).containsEntry(TEAM, "sakura_db")
                .containsEntry("runbook", "https://wiki.example/postgres");
        assertThat(checks.get("check-postgres").spec().get("command")).isEqualTo("check-postgres-alive");
        assertThat(out).contains("note: check default/check-disk belongs to [sakura-web, sakura-db]", "pages one team per check, sakura-web");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> annotations(SensuResource resource) {
        return (Map<String, Object>) ((Map<String, Object>) resource.raw().get("metadata")).get("annotations");
    }

    /** The Events API v2 key of each sandbox service, as PagerDuty generated it. */
    private static Map<String, String> liveKeys(Path state) {
        Sandbox sandbox = new Sandbox(SandboxConfig.permissiveDefaults().withSnapshot(state), Seed.EMPTY);
        return SandboxAccount.client(sandbox, 0).services().list().stream()
                .filter(service -> service.name().startsWith("sakura"))
                .collect(Collectors.toMap(io.pdgitops.pagerduty.dto.ServiceDto::name, service -> service.integrations()
                        .stream().filter(i -> i.name().equals("Sensu")).findFirst().orElseThrow().integrationKey()));
    }
}
