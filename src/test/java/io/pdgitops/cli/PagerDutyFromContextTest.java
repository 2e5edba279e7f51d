package io.pdgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import io.pdgitops.load.ConfigLoader;
import io.pdgitops.pagerduty.PagerDutyEnvironment;
import io.pdgitops.service.ConfigRepoServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that reaches PagerDuty takes its token and address from the command line's context, not from the
 * JVM's environment: with a token only in the context, each one calls the PagerDuty address the context names
 * (a local server that records the calls) and never falls back to the sandbox.
 */
class PagerDutyFromContextTest {

    private static final String TOKEN = "context-only-token";

    @TempDir
    Path temp;

    private Path repo;
    private HttpServer pagerDuty;
    private final Queue<String> authorizations = new ConcurrentLinkedQueue<>();

    @BeforeEach
    void repositoryAndAPagerDutyThatRecordsWhoCalls() throws IOException {
        assumeTrue(System.getenv(PagerDutyEnvironment.TOKEN) == null,
                PagerDutyEnvironment.TOKEN + " is set in the JVM: the test could not tell where a token came from");
        repo = temp.resolve("repo");
        ConfigRepoServer.copyTree(Path.of(ReconcileCommandsTest.EXAMPLE), repo);
        pagerDuty = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        pagerDuty.createContext("/", exchange -> {
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            byte[] body = "{\"error\":{\"message\":\"Forbidden\",\"code\":2010}}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(403, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        pagerDuty.start();
    }

    @AfterEach
    void stop() {
        if (pagerDuty != null) {
            pagerDuty.stop(0);
        }
    }

    static Stream<String> commands() {
        // import sensu handler and import nagios contacts take the same path (SandboxStateOption) but need an
        // imported repository before they reach PagerDuty; their own tests cover them against the sandbox.
        return Stream.of("export", "preview", "plan");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void theContextsTokenReachesTheContextsPagerDutyAndTheSandboxIsNeverUsed(String command) {
        Path state = temp.resolve("sandbox.json");
        Map<String, String> environment = Map.of(PagerDutyEnvironment.TOKEN, TOKEN,
                PagerDutyEnvironment.URL, "http://127.0.0.1:" + pagerDuty.getAddress().getPort(),
                PagerDutyEnvironment.MAX_RETRIES, "0");

        CliRun run = CliRun.plain(new CliContext(environment, false, temp), args(command, state));

        assertThat(run.err()).doesNotContain(PagerDutyEnvironment.TOKEN + " is not set");
        assertThat(state).as("the sandbox keeps no state").doesNotExist();
        assertThat(authorizations).as(run.err()).isNotEmpty().allSatisfy(header -> assertThat(header).contains(TOKEN));
    }

    private String[] args(String command, Path state) {
        String sandbox = "--sandbox-state=" + state;
        String schedule = ConfigLoader.load(repo).state().schedules().get(0).name();
        List<String> args = switch (command) {
            case "export" -> List.of("export", sandbox, temp.resolve("exported").toString());
            case "preview" -> List.of("preview", sandbox, "--schedule", schedule, "--days", "1", repo.toString());
            default -> List.of(command, sandbox, repo.toString());
        };
        return args.toArray(String[]::new);
    }
}
