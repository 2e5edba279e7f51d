package io.pdgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two CLI runs on one sandbox state file: one at a time, or the second stops; never both with a change lost. */
class SandboxStateLockTest {

    private static final int TEAMS = 15;

    @TempDir
    Path temp;

    @Test
    void twoConcurrentAppliesOnOneSandboxStateNeverBothSucceedWithAChangeLost() throws Exception {
        assumeTrue(System.getenv("PAGERDUTY_TOKEN") == null, "PAGERDUTY_TOKEN is set: this would change a real account");
        Path state = temp.resolve("sandbox.json");
        List<Path> repos = List.of(repo("left"), repo("right"));
        CyclicBarrier together = new CyclicBarrier(repos.size());
        ExecutorService threads = Executors.newFixedThreadPool(repos.size());
        List<Future<CliRun>> runs = new ArrayList<>();
        try {
            for (Path repo : repos) {
                runs.add(threads.submit(() -> {
                    together.await();
                    return CliRun.of(state, "apply", "--auto-approve", repo.toString());
                }));
            }
            for (int i = 0; i < repos.size(); i++) {
                CliRun run = runs.get(i).get();
                if (run.exit() == ExitCodes.OK) {
                    CliRun plan = CliRun.of(state, "plan", "--detailed-exitcode", repos.get(i).toString());
                    assertThat(plan.exit()).as("what the successful apply of %s created is still there:%n%s",
                            repos.get(i), plan.out()).isEqualTo(ExitCodes.OK);
                } else {
                    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.ERROR);
                    assertThat(run.err()).contains("the sandbox state " + state + " is in use by another pd-gitops")
                            .contains("pid " + ProcessHandle.current().pid());
                }
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(runs.stream().map(this::exit)).as("one of the two applies, at least, ran").contains(ExitCodes.OK);
    }

    @Test
    void theLockIsLetGoAfterEveryRunSoTheNextRunProceeds() throws IOException {
        Path state = temp.resolve("sandbox.json");
        Path repo = repo("only");
        assertThat(CliRun.of(state, "plan", repo.toString()).exit()).isEqualTo(ExitCodes.OK);
        assertThat(CliRun.of(state, "apply", "--auto-approve", repo.toString()).exit()).isEqualTo(ExitCodes.OK);
        CliRun drift = CliRun.of(state, "drift", repo.toString());
        assertThat(drift.exit()).as(drift.err()).isEqualTo(ExitCodes.OK);
    }

    private int exit(Future<CliRun> run) {
        try {
            return run.get().exit();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Path repo(String name) throws IOException {
        Path repo = Files.createDirectories(temp.resolve(name));
        Files.writeString(repo.resolve("teams.yaml"), IntStream.range(0, TEAMS)
                .mapToObj(i -> "kind: Team\nname: " + name + " " + i + "\n").collect(Collectors.joining("---\n")));
        return repo;
    }
}
