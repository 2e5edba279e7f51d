package io.pdgitops.dashboard;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links from a file:line of a revision to the Git host's page for it. The host is known from the remote's URL for
 * GitHub, GitLab and Gitea-like hosts (Gitea, Forgejo, Codeberg); an explicit template
 * ({@code pd-gitops.dashboard.file-link}, with {@code {revision}}, {@code {path}} and {@code {line}}) covers any
 * other, and without either there is no link: a local path or {@code file://} remote has no page to link to.
 */
final class SourceLinks {

    private static final Pattern SCP_LIKE = Pattern.compile("^[\\w.-]+@([\\w.-]+):(.+)$");

    private final Optional<String> template;

    private SourceLinks(Optional<String> template) {
        this.template = template;
    }

    /**
     * @param remoteUrl the remote as shown (credentials removed)
     * @param subPath the configuration folder inside the repository, "" for its root
     * @param explicit a configured template, which wins over what the URL suggests
     */
    static SourceLinks of(String remoteUrl, String subPath, Optional<String> explicit) {
        String prefix = subPath.isEmpty() ? "" : subPath + "/";
        return new SourceLinks(explicit.filter(t -> !t.isBlank()).or(() -> fromRemote(remoteUrl))
                .map(t -> t.replace("{path}", prefix + "{path}")));
    }

    /** The page of the file at that revision and line, if the host is known. */
    Optional<String> link(String revision, String file, int line) {
        if (revision == null || file == null) {
            return Optional.empty();
        }
        return template.map(t -> t.replace("{revision}", revision).replace("{path}", file)
                .replace("{line}", Integer.toString(Math.max(1, line))));
    }

    private static Optional<String> fromRemote(String url) {
        Optional<String> web = webBase(url.strip());
        return web.flatMap(base -> {
            String host = URI.create(base).getHost().toLowerCase(java.util.Locale.ROOT);
            if (host.contains("github")) {
                return Optional.of(base + "/blob/{revision}/{path}#L{line}");
            }
            if (host.contains("gitlab")) {
                return Optional.of(base + "/-/blob/{revision}/{path}#L{line}");
            }
            if (host.contains("gitea") || host.contains("forgejo") || host.contains("codeberg")) {
                return Optional.of(base + "/src/commit/{revision}/{path}#L{line}");
            }
            return Optional.empty();
        });
    }

    /** The https page of a remote given as https, http, ssh or scp-like URL; empty for local remotes. */
    private static Optional<String> webBase(String url) {
        String withoutGit = url.endsWith(".git") ? url.substring(0, url.length() - 4) : url;
        Matcher scp = SCP_LIKE.matcher(withoutGit);
        if (scp.matches() && !withoutGit.contains("://")) {
            return Optional.of("https://" + scp.group(1) + "/" + scp.group(2));
        }
        try {
            URI uri = URI.create(withoutGit);
            if (uri.getHost() == null || uri.getScheme() == null || uri.getScheme().equals("file")) {
                return Optional.empty();
            }
            String scheme = uri.getScheme().startsWith("http") ? uri.getScheme() : "https";
            return Optional.of(scheme + "://" + uri.getHost() + (uri.getPath() == null ? "" : uri.getPath()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
