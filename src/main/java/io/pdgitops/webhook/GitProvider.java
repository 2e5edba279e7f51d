package io.pdgitops.webhook;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The Git hosts whose webhooks are understood, each served at {@code /api/v1/webhooks/<pathName>}. */
public enum GitProvider {
    GITHUB, GITLAB, GITEA;

    public String pathName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<GitProvider> fromPathName(String name) {
        return Arrays.stream(values()).filter(p -> p.pathName().equals(name)).findFirst();
    }
}
