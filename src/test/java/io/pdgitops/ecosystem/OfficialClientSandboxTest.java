package io.pdgitops.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.sandbox.SandboxConfig;
import io.pdgitops.sandbox.SandboxHttpServer;
import io.pdgitops.sandbox.Seed;
import io.pdgitops.sandbox.SeedLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The sandbox driven by PagerDuty's official JavaScript client ({@code @pagerduty/pdjs}), the way a user's own
 * script would drive it: the client's headers, its JSON bodies, its offset paging through {@code next()} and its
 * array query parameters must get the answers PagerDuty gives. The sandbox is only worth trusting if clients other
 * than pd-gitops' own find it to be PagerDuty.
 */
class OfficialClientSandboxTest {

    /** The client release the test speaks with; npm installs it once under {@code target/}. */
    private static final String CLIENT = "@pagerduty/pdjs@2.2.4";
    private static final Path INSTALL = Path.of("target/ecosystem/pdjs").toAbsolutePath();
    private static final Path SCRIPT = Path.of("src/test/resources/ecosystem/pdjs/sandbox-check.js");
    private static final Path SEED = Path.of("src/test/resources/sandbox/seed.yaml");
    private static final String TOKEN = "official-client-token";
    private static final int PAGE = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theOfficialClientPagesWritesAndFailsAsOnPagerDuty() throws Exception {
        Optional<ExternalTool> npm = ExternalTool.find("npm");
        Optional<ExternalTool> node = ExternalTool.find("node");
        assumeTrue(npm.isPresent() && node.isPresent(),
                "node and npm are not installed (Debian package: npm): the official PagerDuty client test skipped");
        Path script = install(npm.get());
        Seed seed = SeedLoader.load(SEED);
        List<String> created = List.of("Ops Sendai", "Ops Fukuoka", "Ops Nagoya", "Ops Sapporo");

        JsonNode seen;
        try (SandboxHttpServer server = SandboxHttpServer.start(
                new Sandbox(SandboxConfig.withToken(TOKEN), seed), "127.0.0.1", 0)) {
            String base = server.baseUri().toString().replaceAll("/$", "");
            ExternalTool.Run run = node.get().run(INSTALL, "", 120, script.toString(), base, TOKEN,
                    String.join(",", created), String.valueOf(PAGE));
            assertThat(run.exitCode()).as("pdjs script: " + run.output()).isZero();
            seen = JSON.readTree(run.stdout());
        }

        assertThat(seen.path("created")).hasSize(created.size())
                .allSatisfy(team -> assertThat(team.path("status").asInt()).isEqualTo(201))
                .allSatisfy(team -> assertThat(team.path("id").asText()).isNotBlank());

        List<String> listed = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        seen.path("pages").forEach(page -> {
            pageSizes.add(page.size());
            page.forEach(name -> listed.add(name.asText()));
        });
        List<String> expected = new ArrayList<>(seed.teams().stream().map(Seed.Team::name).toList());
        expected.addAll(created);
        assertThat(listed).as("every team once, across the pages next() walked")
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(pageSizes.subList(0, pageSizes.size() - 1)).as("full pages before the last")
                .allMatch(size -> size == PAGE);
        assertThat(pageSizes.size()).isEqualTo((expected.size() + PAGE - 1) / PAGE);
        assertThat(seen.path("total").asInt()).as("total=true").isEqualTo(expected.size());
        assertThat(seen.path("queried")).extracting(JsonNode::asText).containsExactly(created.get(0));

        assertThat(seen.at("/renamed/status").asInt()).isEqualTo(200);
        assertThat(seen.at("/renamed/name").asText()).isEqualTo("Renamed by pdjs");
        assertThat(seen.at("/deleted/status").asInt()).isEqualTo(204);
        assertThat(seen.at("/deleted/after").asInt()).isEqualTo(404);
        assertThat(seen.at("/deleted/code").asInt()).as("PagerDuty's 'Not Found' code").isEqualTo(2100);
        assertThat(seen.at("/invalid/status").asInt()).isEqualTo(400);
        assertThat(seen.at("/invalid/errors")).as("the reasons of a refused body").isNotEmpty();
        assertThat(seen.at("/refused/status").asInt()).isEqualTo(401);

        // include[] sent as the client sends arrays (a repeated key): every user comes with its contact methods.
        assertThat(seen.path("userContacts")).hasSize(seed.users().size())
                .allSatisfy(methods -> assertThat(methods).extracting(JsonNode::asText)
                        .contains("email_contact_method"));
    }

    /** Installs the client once into {@code target/} and puts the script beside it, where {@code require} finds it. */
    private static Path install(ExternalTool npm) throws Exception {
        if (!Files.isDirectory(INSTALL.resolve("node_modules/@pagerduty/pdjs"))) {
            Files.createDirectories(INSTALL);
            ExternalTool.Run run = npm.run(INSTALL, "", 300, "install", "--no-audit", "--no-fund", "--no-save",
                    "--prefix", INSTALL.toString(), CLIENT);
            assertThat(run.exitCode()).as("npm install " + CLIENT + ": " + run.output()).isZero();
        }
        Path script = INSTALL.resolve(SCRIPT.getFileName());
        Files.copy(SCRIPT, script, StandardCopyOption.REPLACE_EXISTING);
        return script;
    }
}
