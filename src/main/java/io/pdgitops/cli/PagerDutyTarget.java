package io.pdgitops.cli;

import io.pdgitops.load.ConfigLoader;
import io.pdgitops.model.RepoSettings;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.PagerDutyClientConfig;
import io.pdgitops.pagerduty.PagerDutyEnvironment;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.sandbox.SandboxConfig;
import io.pdgitops.sandbox.SandboxInterceptor;
import io.pdgitops.sandbox.Seed;
import io.pdgitops.sandbox.SeedLoader;
import io.pdgitops.state.WriterLock;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The PagerDuty a CLI run talks to: the real one when {@code PAGERDUTY_TOKEN} is set, otherwise the built-in
 * sandbox, in-process (no port), its state kept in a snapshot file so that separate runs see the same account.
 * A run on the sandbox holds the lock beside that file from before it reads the file to the end of the run: two
 * runs would each write back their own copy of the account and one's changes would be lost, so the second stops
 * at once, naming the first.
 *
 * @param description for messages, e.g. "PagerDuty (https://api.pagerduty.com)"
 * @param sandboxLock held while the run uses the sandbox state file; empty for the real PagerDuty
 */
record PagerDutyTarget(PagerDutyClient client, String description, Optional<WriterLock> sandboxLock)
        implements AutoCloseable {

    static final Path DEFAULT_SANDBOX_STATE = Path.of(".pd-gitops", "sandbox.json");
    /** The sandbox runs in this process: pacing its calls would only slow the run down. */
    private static final int SANDBOX_REQUESTS_PER_MINUTE = 1_000_000;

    static PagerDutyTarget choose(Map<String, String> environment, Path repository, Path sandboxState,
            PrintWriter err) throws IOException {
        Optional<PagerDutyClientConfig> real = PagerDutyEnvironment.read(environment);
        if (real.isPresent()) {
            return new PagerDutyTarget(PagerDutyClient.create(real.get()), "PagerDuty (" + real.get().baseUrl() + ")",
                    Optional.empty());
        }
        WriterLock lock = WriterLock.beside(sandboxState, "the sandbox state " + sandboxState);
        try {
            return new PagerDutyTarget(sandbox(repository, sandboxState, err), "the built-in PagerDuty sandbox",
                    Optional.of(lock));
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static PagerDutyClient sandbox(Path repository, Path sandboxState, PrintWriter err) throws IOException {
        Path seedFile = repository.resolve(RepoSettings.SANDBOX_SEED_FILE);
        Seed seed = Files.isRegularFile(seedFile) ? SeedLoader.load(seedFile) : Seed.EMPTY;
        // The built-in sandbox renders schedules by the repository's own reading of PagerDuty's hand-offs.
        Sandbox sandbox = new Sandbox(SandboxConfig.permissiveDefaults()
                .withRateLimit(SANDBOX_REQUESTS_PER_MINUTE).withSnapshot(sandboxState)
                .withDstHandOffs(ConfigLoader.defaults().settings(repository).dstHandOffs()), seed);
        err.println("pd-gitops: " + PagerDutyEnvironment.TOKEN + " is not set: using the built-in PagerDuty sandbox"
                + " (state in " + sandboxState + "); nothing real is changed");
        err.flush();
        PagerDutyClientConfig config = PagerDutyClientConfig.builder("sandbox")
                .baseUrl("http://sandbox.invalid")
                .requestsPerMinute(SANDBOX_REQUESTS_PER_MINUTE)
                .build();
        return PagerDutyClient.builder(config)
                .httpClient(SandboxInterceptor.inProcessClient(sandbox))
                .build();
    }

    /** Lets the next run use the sandbox state. */
    @Override
    public void close() throws IOException {
        if (sandboxLock.isPresent()) {
            sandboxLock.get().close();
        }
    }
}
