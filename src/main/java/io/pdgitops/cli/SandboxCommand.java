package io.pdgitops.cli;

import io.pdgitops.model.DstHandOffs;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.sandbox.SandboxConfig;
import io.pdgitops.sandbox.SandboxHttpServer;
import io.pdgitops.sandbox.Seed;
import io.pdgitops.sandbox.SeedLoader;
import io.pdgitops.sandbox.TokenAccess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Runs the PagerDuty sandbox alone on a port, until stopped. */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = "Serve an in-memory PagerDuty API emulator (nothing real is changed).")
public final class SandboxCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8089", description = "Port to listen on (0 picks a free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on. Default: ${DEFAULT-VALUE}.")
    String bind;

    @Option(names = "--seed", description = "YAML file of users and teams to start with. Default: none, an empty account.")
    Path seed;

    @Option(names = "--snapshot", description = "JSON file that keeps the state across restarts (read at start when present).")
    Path snapshot;

    @Option(names = "--token", description = "Accepted API token (repeatable). Without any, every token is accepted.")
    List<String> tokens = new ArrayList<>();

    @Option(names = "--read-only-token", description = "Accepted API token that gets 403 on writes (repeatable).")
    List<String> readOnlyTokens = new ArrayList<>();

    @Option(names = "--rate-limit", defaultValue = "960", description = "Requests per minute and token. Default: ${DEFAULT-VALUE}.")
    int rateLimit;

    @Option(names = "--latency", defaultValue = "0ms", converter = MillisecondsConverter.class,
            description = "Delay before every API answer, like PagerDuty's round trip (150ms, 1s). Default: ${DEFAULT-VALUE}.")
    long latencyMillis;

    @Option(names = "--jitter", defaultValue = "0ms", converter = MillisecondsConverter.class,
            description = "Up to this much more delay, drawn per answer. Default: ${DEFAULT-VALUE}.")
    long jitterMillis;

    @Option(names = "--dst-hand-offs", defaultValue = "local_time", converter = DstHandOffsConverter.class,
            description = "How whole-day turns hand off across a daylight saving change: local_time or elapsed_time, "
                    + "as the repository's schedules.dst_hand_offs says. Default: ${DEFAULT-VALUE}.")
    DstHandOffs dstHandOffs;

    @Option(names = "--no-audit-trail", description = "Answer GET /audit/records with 402, like an account whose plan "
            + "lacks PagerDuty's Audit Trail feature.")
    boolean noAuditTrail;

    @Override
    public Integer call() throws Exception {
        Sandbox sandbox = sandbox();
        try (SandboxHttpServer server = SandboxHttpServer.start(sandbox, bind, port)) {
            spec.commandLine().getOut().printf("PagerDuty sandbox listening on %s (nothing real is changed)%n", server.baseUri());
            spec.commandLine().getOut().flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        }
        return ExitCodes.OK;
    }

    /** The sandbox the options describe, checked before anything is bound. */
    Sandbox sandbox() throws IOException {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, got " + port);
        }
        if (rateLimit < 1) {
            throw new ParameterException(spec.commandLine(), "--rate-limit must be positive, got " + rateLimit);
        }
        if (seed != null && !Files.isRegularFile(seed)) {
            throw new ParameterException(spec.commandLine(), "--seed: no such file: " + seed);
        }
        Seed users = seed == null ? new Seed(List.of(), List.of()) : SeedLoader.load(seed);
        Map<String, TokenAccess> accepted = new HashMap<>();
        tokens.forEach(token -> accepted.put(token, TokenAccess.FULL));
        readOnlyTokens.forEach(token -> accepted.put(token, TokenAccess.READ_ONLY));
        SandboxConfig config = new SandboxConfig(accepted, accepted.isEmpty(), SandboxConfig.PAGERDUTY_RATE_LIMIT, null, null,
                SandboxConfig.DEFAULT_API_URL, SandboxConfig.DEFAULT_WEB_URL);
        return new Sandbox(config.withRateLimit(rateLimit).withSnapshot(snapshot)
                .withLatency(latencyMillis, jitterMillis).withAuditTrail(!noAuditTrail).withDstHandOffs(dstHandOffs), users);
    }
}
