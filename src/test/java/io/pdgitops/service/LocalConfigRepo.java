package io.pdgitops.service;

import io.pdgitops.reconcile.SandboxAccount;
import io.pdgitops.source.GitCli;
import io.pdgitops.source.GitRemote;
import io.pdgitops.source.GitSource;
import io.pdgitops.source.SourceLimits;
import io.pdgitops.state.FileStateStore;
import io.pdgitops.state.StateStore;
import java.io.IOException;
import java.nio.file.Path;

/**
 * What a sync or a check runs on, in a temp folder: a Git repository holding {@link ConfigRepoServer#INITIAL} (not
 * yet committed), the service's local copy of it, a state store, and an in-process sandbox seeded from it.
 */
final class LocalConfigRepo implements AutoCloseable {

    final Path origin;
    final GitSource source;
    final StateStore store;
    final SandboxAccount account;

    private LocalConfigRepo(Path origin, GitSource source, StateStore store, SandboxAccount account) {
        this.origin = origin;
        this.source = source;
        this.store = store;
        this.account = account;
    }

    static LocalConfigRepo create(Path temp) throws IOException, InterruptedException {
        Path origin = temp.resolve("origin");
        GitCli.run(temp, "init", "-q", "-b", "main", origin.toString());
        ConfigRepoServer.copyTree(ConfigRepoServer.INITIAL, origin);
        GitSource source = GitSource.open(GitRemote.of(origin.toString(), "main"), temp.resolve("data"),
                SourceLimits.DEFAULTS);
        return new LocalConfigRepo(origin, source, FileStateStore.open(temp.resolve("data"), 100),
                new SandboxAccount(SandboxAccount.seed(ConfigRepoServer.INITIAL.resolve("sandbox-seed.yaml"))));
    }

    /** Commits everything in the working tree and returns the commit id. */
    String commit(String message) throws IOException, InterruptedException {
        GitCli.run(origin, "add", "-A");
        GitCli.run(origin, "commit", "-q", "-m", message);
        return GitCli.run(origin, "rev-parse", "HEAD");
    }

    @Override
    public void close() {
        source.close();
    }
}
