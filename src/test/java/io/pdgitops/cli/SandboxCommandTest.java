package io.pdgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.sandbox.SandboxRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SandboxCommandTest {

    private static final String SEED = "src/test/resources/sandbox/seed.yaml";

    @TempDir
    Path dir;

    private static String errorOf(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = Cli.commandLine();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute(args)).isEqualTo(ExitCodes.ERROR);
        return err.toString();
    }

    @Test
    void withoutASeedTheSandboxStartsAsAnEmptyAccount() throws Exception {
        CommandLine.ParseResult parsed = Cli.commandLine().parseArgs("sandbox", "--port", "0");
        SandboxCommand command = parsed.subcommand().commandSpec().commandLine().getCommand();

        Sandbox sandbox = command.sandbox();

        var users = sandbox.handle(new SandboxRequest("GET", "/users", Map.of(), Map.of("Authorization", List.of("Token token=any")), null));
        assertThat(users.status()).isEqualTo(200);
        assertThat(users.bodyText()).contains("\"users\":[]");
    }

    @Test
    void missingSeedFileIsNamed() {
        assertThat(errorOf("sandbox", "--seed", "nowhere.yaml")).contains("--seed: no such file: nowhere.yaml");
    }

    @Test
    void portOutOfRangeIsRefused() {
        assertThat(errorOf("sandbox", "--seed", SEED, "--port", "70000")).contains("--port must be between 0 and 65535");
    }

    @Test
    void invalidSeedIsReportedWithItsPosition() throws Exception {
        Path seed = Files.writeString(dir.resolve("seed.yaml"), "users:\n  - {email: a@example.com}\n");
        assertThat(errorOf("sandbox", "--seed", seed.toString())).contains("users[0].name is missing");
    }

    @Test
    void optionsBuildASandboxWithTheSeedAndTokens() throws Exception {
        CommandLine cli = Cli.commandLine();
        CommandLine.ParseResult parsed = cli.parseArgs("sandbox", "--seed", SEED, "--token", "abc", "--rate-limit", "5",
                "--snapshot", dir.resolve("state.json").toString());
        SandboxCommand command = parsed.subcommand().commandSpec().commandLine().getCommand();

        Sandbox sandbox = command.sandbox();

        var ok = sandbox.handle(new SandboxRequest("GET", "/users", Map.of(), Map.of("Authorization", List.of("Token token=abc")), null));
        var denied = sandbox.handle(new SandboxRequest("GET", "/users", Map.of(), Map.of("Authorization", List.of("Token token=xyz")), null));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.bodyText()).contains("taro@example.com");
        assertThat(ok.headers()).containsEntry("ratelimit-limit", "5");
        assertThat(denied.status()).isEqualTo(401);
    }

    @Test
    void latencyAndJitterBecomeTheSandboxsInjectedDelay() throws Exception {
        CommandLine.ParseResult parsed = Cli.commandLine().parseArgs("sandbox", "--seed", SEED, "--latency", "150ms",
                "--jitter", "1s");
        SandboxCommand command = parsed.subcommand().commandSpec().commandLine().getCommand();

        Sandbox sandbox = command.sandbox();

        var faults = sandbox.handle(new SandboxRequest("GET", "/sandbox-admin/faults", Map.of(),
                Map.of("Authorization", List.of("Token token=any")), null));
        assertThat(faults.bodyText()).contains("\"latencyMillis\":150").contains("\"jitterMillis\":1000");
    }

    @Test
    void noAuditTrailMakesAnAccountWithoutTheFeature() throws Exception {
        for (boolean without : List.of(false, true)) {
            List<String> args = without ? List.of("sandbox", "--no-audit-trail") : List.of("sandbox");
            SandboxCommand command = Cli.commandLine().parseArgs(args.toArray(String[]::new))
                    .subcommand().commandSpec().commandLine().getCommand();

            var answer = command.sandbox().handle(new SandboxRequest("GET", "/audit/records", Map.of(),
                    Map.of("Authorization", List.of("Token token=any")), null));

            assertThat(answer.status()).as(String.join(" ", args)).isEqualTo(without ? 402 : 200);
        }
    }

    @Test
    void aLatencyThatIsNotADelayIsRefused() {
        assertThat(errorOf("sandbox", "--seed", SEED, "--latency", "fast")).contains("'fast' is not a delay");
    }
}
