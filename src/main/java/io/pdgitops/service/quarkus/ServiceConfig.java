package io.pdgitops.service.quarkus;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code pd-gitops.*}: what {@code pd-gitops serve} tracks and how it is reached. Secrets ({@code repo.token},
 * {@code api-token}, the webhook secrets) are meant to come from the environment, e.g. {@code PD_GITOPS_API_TOKEN}.
 */
@ConfigMapping(prefix = "pd-gitops")
public interface ServiceConfig {

    Repo repo();

    /** Where the local copy of the repository and {@code state.json} live. */
    @WithDefault(".pd-gitops/data")
    Path dataDir();

    /** How often the branch is fetched when no webhook arrives; {@code off} disables polling. */
    @WithDefault("60s")
    String pollInterval();

    /** How often PagerDuty is compared with the last applied revision; {@code off} disables the check. */
    @WithDefault("5m")
    String driftInterval();

    /** Sync once at start; off only where another trigger is wanted first. */
    @WithDefault("true")
    boolean syncOnStart();

    /** Bearer token of the write endpoints; without it they are refused. Secret. */
    Optional<String> apiToken();

    /** Whether the read endpoints are open to anyone or need the bearer token too. */
    @WithDefault("open")
    ReadAuth readAuth();

    @WithDefault("500")
    int historyLimit();

    Webhook webhook();

    interface Repo {
        /** Clone URL; without it, the Git repository of the working directory as a {@code file://} URL. */
        Optional<String> url();

        @WithDefault("main")
        String branch();

        /** Folder inside the repository that holds the configuration; {@code .} for the root. */
        @WithDefault("example-repo")
        String path();

        /** Token for https remotes. Secret. */
        Optional<String> token();

        /** User name sent with the token. */
        @WithDefault("x-access-token")
        String tokenUser();
    }

    interface Webhook {
        /** Secrets, one per provider; a provider without one answers 404. Secret. */
        Optional<String> githubSecret();

        Optional<String> gitlabSecret();

        Optional<String> giteaSecret();

        /** Larger deliveries are refused with 413 (GitHub sends at most 25 MiB). */
        @WithDefault("26214400")
        long maxBodyBytes();

        /** More URLs the tracked repository is known by in payloads, e.g. the host's URL when cloning a mirror. */
        Optional<List<String>> repositoryUrls();
    }

    enum ReadAuth {
        OPEN, TOKEN
    }
}
