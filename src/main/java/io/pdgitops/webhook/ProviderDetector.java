package io.pdgitops.webhook;

import java.util.Optional;

/**
 * Tells the sending Git host from its event header. Gitea also sends GitHub's headers for compatibility, so its
 * own header is looked at first.
 */
public final class ProviderDetector {

    static final String GITEA_EVENT = "X-Gitea-Event";
    static final String GITLAB_EVENT = "X-Gitlab-Event";
    static final String GITHUB_EVENT = "X-GitHub-Event";

    private ProviderDetector() {
    }

    public static Optional<GitProvider> detect(WebhookHeaders headers) {
        if (headers.has(GITEA_EVENT)) {
            return Optional.of(GitProvider.GITEA);
        }
        if (headers.has(GITLAB_EVENT)) {
            return Optional.of(GitProvider.GITLAB);
        }
        if (headers.has(GITHUB_EVENT)) {
            return Optional.of(GitProvider.GITHUB);
        }
        return Optional.empty();
    }

    static String eventHeader(GitProvider provider) {
        return switch (provider) {
            case GITHUB -> GITHUB_EVENT;
            case GITLAB -> GITLAB_EVENT;
            case GITEA -> GITEA_EVENT;
        };
    }
}
