package io.pdgitops.webhook;

import java.util.List;
import java.util.Objects;

/** Every URL a payload gives for one repository (clone, ssh, web page), any of which may match the tracked one. */
public record RepositoryUrls(List<String> urls) {

    public RepositoryUrls {
        urls = urls.stream().filter(Objects::nonNull).filter(u -> !u.isBlank()).distinct().toList();
    }

    public static RepositoryUrls of(String... urls) {
        return new RepositoryUrls(java.util.Arrays.asList(urls));
    }

    public boolean matchesAny(List<String> candidates) {
        return urls.stream().anyMatch(url -> candidates.stream().anyMatch(c -> RepositoryUrlMatcher.same(url, c)));
    }

    /** The first URL, for messages. */
    public String display() {
        return urls.isEmpty() ? "(no repository URL in the payload)" : urls.get(0);
    }
}
