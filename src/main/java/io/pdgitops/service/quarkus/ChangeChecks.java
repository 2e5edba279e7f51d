package io.pdgitops.service.quarkus;

import io.pdgitops.http.retry.Backoff;
import io.pdgitops.http.retry.Sleeper;
import io.pdgitops.review.ChangeReporter;
import io.pdgitops.review.ReviewHttp;
import io.pdgitops.review.Reviewer;
import io.pdgitops.review.github.GitHubReviewer;
import io.pdgitops.review.gitlab.GitLabReviewer;
import io.pdgitops.webhook.GitProvider;
import io.pdgitops.webhook.WebhookDecision;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Pull- and merge-request checks configured from {@code pd-gitops.review.*}: reported from a thread of their own,
 * while the check itself waits its turn on the sync worker.
 */
@ApplicationScoped
public class ChangeChecks {

    private static final Logger LOG = Logger.getLogger(ChangeChecks.class);

    @Inject
    ServiceConfig config;

    @Inject
    Config sources;

    @Inject
    SyncService sync;

    @Inject
    TrackedGit git;

    private final ExecutorService reporting = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "pd-gitops-review");
        thread.setDaemon(true);
        return thread;
    });
    private ChangeReporter reporter;

    /** Starts the check and answers at once; empty when it runs, else why it does not (also logged). */
    public Optional<String> start(WebhookDecision.CheckChange change) {
        ChangeReporter checks = reporter();
        Optional<String> ignored = checks.whyIgnored(change);
        if (ignored.isPresent()) {
            LOG.info("Ignored: " + ignored.get());
            return ignored;
        }
        LOG.info("Checking " + ChangeReporter.describe(change) + " at " + change.headSha());
        reporting.execute(() -> {
            try {
                checks.report(change);
            } catch (RuntimeException e) {
                LOG.error("Check of " + ChangeReporter.describe(change) + " failed: " + e.getMessage());
            }
        });
        return Optional.empty();
    }

    /** A token in the wrong place or an unreadable token file stops the start, as the other secrets do. */
    void start(@Observes StartupEvent event) {
        reporter();
    }

    void stop(@Observes ShutdownEvent event) {
        reporting.shutdownNow();
    }

    private synchronized ChangeReporter reporter() {
        if (reporter == null) {
            ServiceConfig.Review review = config.review();
            Map<GitProvider, Reviewer> reviewers = new EnumMap<>(GitProvider.class);
            OkHttpClient http = new OkHttpClient();
            host(GitProvider.GITHUB, review.github(), GitHubReviewer.DEFAULT_API_URL, GitHubReviewer::headers, http)
                    .ifPresent(h -> reviewers.put(GitProvider.GITHUB,
                            new GitHubReviewer(h, review.statusContext(), GitHubReviewer.Pages.GITHUB)));
            host(GitProvider.GITEA, review.gitea(), null, GitHubReviewer::headers, http)
                    .ifPresent(h -> reviewers.put(GitProvider.GITEA,
                            new GitHubReviewer(h, review.statusContext(), GitHubReviewer.Pages.GITEA)));
            host(GitProvider.GITLAB, review.gitlab(), GitLabReviewer.DEFAULT_API_URL, GitLabReviewer::headers, http)
                    .ifPresent(h -> reviewers.put(GitProvider.GITLAB, new GitLabReviewer(h, review.statusContext())));
            reporter = new ChangeReporter(reviewers, sync::requestCheck, git.remote().subPath(),
                    Duration.ofSeconds(review.timeoutSeconds()), backoff(), Sleeper.SYSTEM);
        }
        return reporter;
    }

    private Optional<ReviewHttp> host(GitProvider provider, ServiceConfig.Host host, String defaultApiUrl,
            Function<String, Map<String, String>> headers, OkHttpClient http) {
        String prefix = "pd-gitops.review." + provider.pathName() + ".";
        EnvironmentOnly.require(sources, prefix + "token");
        Optional<String> token = host.token().filter(t -> !t.isBlank()).or(() -> host.tokenFile().map(
                ChangeChecks::readToken));
        if (token.isEmpty()) {
            return Optional.empty();
        }
        String apiUrl = host.apiUrl().filter(u -> !u.isBlank()).orElse(defaultApiUrl);
        HttpUrl base = apiUrl == null ? null : HttpUrl.parse(apiUrl);
        if (base == null) {
            throw new IllegalStateException(prefix + "api-url must be an http(s) URL when a token is set, not '"
                    + apiUrl + "'");
        }
        return Optional.of(new ReviewHttp(http, new ReviewHttp.Settings(base, headers.apply(token.get()),
                config.review().maxRetries(), backoff(), Sleeper.SYSTEM)));
    }

    private static String readToken(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the token file " + file + ": " + e.getMessage(), e);
        }
    }

    private static Backoff backoff() {
        return new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), new SecureRandom());
    }
}
