package io.pdgitops.service;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** The service following {@link ConfigRepoServer}'s repository, syncing into the served sandbox. */
public class ConfigRepoProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ConfigRepoServer.class));
    }

    /** The same set-up booted apart, so that another test class starts from a fresh sandbox and history. */
    public static class Fresh extends ConfigRepoProfile {
    }
}
