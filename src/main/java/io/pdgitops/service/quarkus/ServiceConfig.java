package io.pdgitops.service.quarkus;

import io.pdgitops.service.DefaultRepository;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.nio.file.Path;
import java.time.Duration;
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

    /** How many days ahead the drift check compares who PagerDuty pages with who Git says (1..366). */
    @WithDefault("14")
    int driftHorizonDays();

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

    State state();

    /** How many plan steps a sync applies at once; the client's rate limiter paces them all together. */
    @WithDefault("4")
    int applyParallelism();

    Webhook webhook();

    Http http();

    OnDemand onDemand();

    Health health();

    Review review();

    Dashboard dashboard();

    @WithName("notify")
    Notify notifications();

    interface Repo {
        /** Clone URL; without it, the Git repository of the working directory as a {@code file://} URL. */
        Optional<String> url();

        @WithDefault("main")
        String branch();

        /** Folder inside the repository that holds the configuration; {@code .} for the root. */
        @WithDefault(DefaultRepository.DEFAULT_PATH)
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

    /** Checks of pull and merge requests, reported as a commit status and one comment. */
    /** Bounds on request bodies, enforced from the headers before a byte of a body is read. */
    interface Http {
        /** Bodies of the other API routes (small JSON requests); webhooks have {@code webhook.max-body-bytes}. */
        @WithDefault("65536")
        long maxApiBodyBytes();

        /** A body declared larger than this takes one of the few slots for large bodies. */
        @WithDefault("1048576")
        long largeBodyBytes();

        /** Large bodies read at once; more are answered 503 with Retry-After, so the heap holds only so many. */
        @WithDefault("2")
        int maxConcurrentLargeBodies();
    }

    /**
     * What callers of the API may make the service read from PagerDuty: drift checks on demand, checks of other
     * revisions. Syncs and scheduled checks are not counted here; they keep the rest of the token's rate.
     */
    interface OnDemand {
        /**
         * PagerDuty requests that work asked for over HTTP may make in any minute, from the token's own limit (at
         * most half of {@code pagerduty.requests-per-minute} is used, so syncs always keep the other half). A drift
         * refresh asked for while it is spent is answered 429 with Retry-After.
         */
        @WithDefault("240")
        int pagerdutyRequestsPerMinute();

        /**
         * Drift checks one client (by address) may ask for in any minute when no {@code api-token} is set and
         * anyone may ask; more are answered 429 with Retry-After. With a token set, only its holders may ask.
         */
        @WithDefault("2")
        int checksPerClientPerMinute();
    }

    interface Health {
        /** How often each event loop and the scheduler beat; a thread that stops beating is dead or blocked. */
        @WithDefault("5s")
        Duration heartbeatInterval();

        /** How long one of them may stay silent before liveness fails, well above any pause of a healthy loop. */
        @WithDefault("60s")
        Duration maxSilence();
    }

    interface Review {
        /** The name the commit status is shown under. */
        @WithDefault("pd-gitops/validate")
        String statusContext();

        /** How long a check may wait for the sync worker and run before it is reported as failed, in seconds. */
        @WithDefault("600")
        int timeoutSeconds();

        /** Retries of a failed call to the host's API (429, 5xx, network), with backoff. */
        @WithDefault("4")
        int maxRetries();

        /** GitHub or GitHub Enterprise; default API URL https://api.github.com. */
        Host github();

        /** gitlab.com or a self-hosted GitLab; default API URL https://gitlab.com/api/v4. */
        Host gitlab();

        /** Gitea, through its GitHub-like API; the API URL (https://gitea.example.com/api/v1) must be set. */
        Host gitea();
    }

    /** Checks on a host are reported only when it has a token, from {@code token} or {@code token-file}. */
    interface Host {
        Optional<String> apiUrl();

        /** Secret: only from the environment, e.g. {@code PD_GITOPS_REVIEW_GITHUB_TOKEN}. */
        Optional<String> token();

        /** A file that holds the token, e.g. a mounted secret. */
        Optional<Path> tokenFile();
    }

    /**
     * {@code pd-gitops.notify.*}: who is told when a sync fails, a commit is invalid, drift appears or goes, or syncing
     * recovers. Every receiver is off until its URL or key is set; URLs, the secret and the key are secrets (set them
     * from the environment, e.g. {@code PD_GITOPS_NOTIFY_SLACK_URL}).
     */
    interface Notify {
        /** A Slack incoming-webhook URL. Secret. */
        Optional<String> slackUrl();

        /** A Microsoft Teams workflow webhook URL. Secret. */
        Optional<String> teamsUrl();

        Webhook webhook();

        Pagerduty pagerduty();

        /** The dashboard's public URL, linked from every notification. */
        Optional<String> dashboardUrl();

        /** Tries per delivery, and the wait before the second (doubling after). */
        @WithDefault("5")
        int attempts();

        @WithDefault("2s")
        String firstRetryDelay();

        interface Webhook {
            /** Any URL taking a JSON POST signed with HMAC-SHA256 ({@code X-PD-Gitops-Signature-256}). */
            Optional<String> url();

            /** The shared secret it is signed with. Secret. */
            Optional<String> secret();
        }

        interface Pagerduty {
            /** The integration key of an Events API v2 integration: alerts are triggered there. Secret. */
            Optional<String> routingKey();

            /** Where events are sent; PagerDuty's own endpoint unless set (e.g. to the sandbox's). */
            Optional<String> eventsUrl();
        }
    }

    /** The pages served at {@code /}. */
    interface Dashboard {
        /** Serve them; off leaves {@code /} to nothing. */
        @WithDefault("true")
        boolean enabled();

        /**
         * Link of a file at a revision and line, with {@code {revision}}, {@code {path}} and {@code {line}}; only for
         * Git hosts that are not recognised from the repository URL (GitHub, GitLab, Gitea, Forgejo are).
         */
        Optional<String> fileLink();

        /** How many syncs the overview lists. */
        @WithDefault("25")
        int historyRows();
    }

    /** Where the state lives: a file in {@code data-dir} for one process, or PostgreSQL shared by replicas. */
    interface State {
        /**
         * {@code file} (nothing to install) or {@code postgresql}, which also needs {@code quarkus.datasource.jdbc.url},
         * {@code quarkus.datasource.username} and {@code quarkus.datasource.password}.
         */
        @WithDefault("file")
        StateKind kind();

        /** This replica's name in {@code /api/v1/status} and in PostgreSQL; the host name (a pod's name) if unset. */
        Optional<String> replicaName();
    }

    enum StateKind {
        FILE, POSTGRESQL
    }

    enum ReadAuth {
        OPEN, TOKEN
    }
}
