package io.pdgitops.service.quarkus;

import io.pdgitops.service.DefaultRepository;
import io.pdgitops.source.GitRemote;
import io.pdgitops.source.GitSource;
import io.pdgitops.source.GitToken;
import io.pdgitops.source.SourceLimits;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/** The configuration repository the service follows, and whether the last fetch reached it (for readiness). */
@ApplicationScoped
public class TrackedGit {

    static final String TOKEN_KEY = "pd-gitops.repo.token";

    @Inject
    ServiceConfig config;

    @Inject
    Config sources;

    private GitSource source;
    private volatile Optional<String> lastFetchError = Optional.of("not fetched yet");

    public synchronized GitSource source() {
        if (source == null) {
            source = GitSource.open(remote(), config.dataDir(), SourceLimits.DEFAULTS);
        }
        return source;
    }

    public GitRemote remote() {
        EnvironmentOnly.require(sources, TOKEN_KEY);
        ServiceConfig.Repo repo = config.repo();
        String url = repo.url().filter(u -> !u.isBlank())
                .or(() -> DefaultRepository.around(Path.of("")))
                .orElseThrow(() -> new IllegalStateException("pd-gitops.repo.url is not set and the working "
                        + "directory is not inside a Git repository"));
        GitRemote remote = new GitRemote(url, repo.branch(), repo.path(), Optional.empty());
        return repo.token().filter(t -> !t.isBlank())
                .map(token -> remote.withToken(new GitToken(repo.tokenUser(), token)))
                .orElse(remote);
    }

    /** Fetches the tracked branch and returns its head; remembers the outcome for readiness. */
    public String fetchHead() {
        try {
            String head = source().fetchTrackedBranch();
            lastFetchError = Optional.empty();
            return head;
        } catch (RuntimeException e) {
            lastFetchError = Optional.of(e.getMessage());
            throw e;
        }
    }

    public Optional<String> lastFetchError() {
        return lastFetchError;
    }

    @PreDestroy
    synchronized void close() {
        if (source != null) {
            source.close();
        }
    }
}
