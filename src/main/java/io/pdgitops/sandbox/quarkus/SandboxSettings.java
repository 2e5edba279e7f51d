package io.pdgitops.sandbox.quarkus;

import io.pdgitops.model.DstHandOffs;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code pd-gitops.sandbox.*}: the sandbox served by the service under {@code /sandbox}. */
@ConfigMapping(prefix = "pd-gitops.sandbox")
public interface SandboxSettings {

    /** Serve the sandbox; by default only when no PagerDuty token ({@code pagerduty.token}, {@code PAGERDUTY_TOKEN}) is configured. */
    Optional<Boolean> enabled();

    /** YAML file of users and teams to start with. */
    Optional<Path> seedFile();

    /** JSON file that keeps the state across restarts. */
    Optional<Path> snapshotFile();

    /** Accepted API tokens with full access. */
    Optional<List<String>> tokens();

    /** Accepted API tokens that get 403 on writes. */
    Optional<List<String>> readOnlyTokens();

    /** Accept any token (the demo setting); off, only the configured tokens are accepted. */
    @WithDefault("true")
    boolean permissive();

    @WithDefault("960")
    int rateLimitPerMinute();

    /** Whether the account has PagerDuty's Audit Trail feature; off, {@code GET /audit/records} answers 402. */
    @WithDefault("true")
    boolean auditTrail();

    /**
     * How the sandbox hands whole-day turns off across a daylight saving change ({@code local_time} or
     * {@code elapsed_time}), to play either reading of what PagerDuty does; match the repository's
     * {@code schedules.dst_hand_offs}.
     */
    @WithDefault("local-time")
    DstHandOffs dstHandOffs();

    /** Base of the {@code self} links in answers. */
    @WithDefault("https://api.pagerduty.com")
    String apiUrl();

    FaultSettings faults();

    /** Faults injected from the start; they can be changed at run time through {@code /sandbox-admin/faults}. */
    interface FaultSettings {
        @WithDefault("0")
        long latencyMillis();

        @WithDefault("0")
        long jitterMillis();

        @WithDefault("0")
        double errorRate();

        @WithDefault("0")
        double dropRate();

        @WithDefault("0")
        int rateLimitBurst();

        @WithDefault("true")
        boolean burstWithHeaders();

        @WithDefault("1")
        long seed();

        /** Share of writes that are done but whose answer is lost (see {@code Faults#lostAnswerRate}). */
        @WithDefault("0")
        double lostAnswerRate();

        /** 0 drops the connection after such a write; a 5xx status is answered instead. */
        @WithDefault("0")
        int lostAnswerStatus();
    }
}
