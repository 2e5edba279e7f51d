package io.pdgitops.service;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The service following {@link ConfigRepoServer}'s repository, syncing into the served sandbox. */
public class ConfigRepoProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ConfigRepoServer.class));
    }

    /** The same set-up booted apart, so that another test class starts from a fresh sandbox and history. */
    public static class Fresh extends ConfigRepoProfile {
    }

    /** Booted apart with few, low slots for large bodies, so that a handful of senders fills them. */
    public static class FewLargeBodySlots extends ConfigRepoProfile {
        public static final long LARGE_BODY_BYTES = 8 * 1024;
        public static final int SLOTS = 2;

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pd-gitops.http.large-body-bytes", Long.toString(LARGE_BODY_BYTES),
                    "pd-gitops.http.max-concurrent-large-bodies", Integer.toString(SLOTS));
        }
    }

    /** With checks of pull requests reported to a {@link FakeGitHub}. */
    public static class WithFakeGitHub extends ConfigRepoProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ConfigRepoServer.class), new TestResourceEntry(FakeGitHub.class));
        }
    }

    /** Started over a state that says the previous process stopped during a sync; no sync on start asked for. */
    public static class AfterInterruptedSync extends ConfigRepoProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ConfigRepoServer.class, Map.of(ConfigRepoServer.INTERRUPTED, "true")));
        }
    }

    /** With no API token, so that anyone may ask for drift checks, on small budgets of checks on demand. */
    public static class Anonymous extends ConfigRepoProfile {
        public static final int PAGERDUTY_REQUESTS_PER_MINUTE = 100;
        public static final int CHECKS_PER_CLIENT_PER_MINUTE = 2;

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ConfigRepoServer.class,
                    Map.of(ConfigRepoServer.WITHOUT_API_TOKEN, "true")));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pd-gitops.on-demand.pagerduty-requests-per-minute",
                    Integer.toString(PAGERDUTY_REQUESTS_PER_MINUTE),
                    "pd-gitops.on-demand.checks-per-client-per-minute", Integer.toString(CHECKS_PER_CLIENT_PER_MINUTE));
        }
    }
}
