package io.pdgitops.source;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the configuration lives: one repository, one branch, one folder inside it.
 *
 * @param url https, http, git, ssh, {@code file://} URL or a local path
 * @param branch the tracked branch, short name ({@code main}) or full ({@code refs/heads/main})
 * @param subPath folder inside the repository, {@code ""} for its root
 * @param token credentials for https remotes, if any
 */
public record GitRemote(String url, String branch, String subPath, Optional<GitToken> token) {

    private static final String HEADS = "refs/heads/";

    public GitRemote {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(token, "token");
        if (url.isBlank()) {
            throw new IllegalArgumentException("the Git repository URL is empty");
        }
        if (branch == null || branch.isBlank()) {
            throw new IllegalArgumentException("the tracked branch is empty");
        }
        branch = branch.startsWith(HEADS) ? branch.substring(HEADS.length()) : branch;
        subPath = normaliseSubPath(subPath == null ? "" : subPath);
    }

    public static GitRemote of(String url, String branch) {
        return new GitRemote(url, branch, "", Optional.empty());
    }

    public GitRemote withSubPath(String newSubPath) {
        return new GitRemote(url, branch, newSubPath, token);
    }

    public GitRemote withToken(GitToken newToken) {
        return new GitRemote(url, branch, subPath, Optional.of(newToken));
    }

    public String branchRef() {
        return HEADS + branch;
    }

    /** The URL as it may be shown: user info removed, token masked. */
    public String displayUrl() {
        return redactor().redact(url);
    }

    public Redactor redactor() {
        return new Redactor(token.map(GitToken::value));
    }

    @Override
    public String toString() {
        return "GitRemote[url=" + displayUrl() + ", branch=" + branch + ", subPath=" + subPath + "]";
    }

    private static String normaliseSubPath(String raw) {
        String trimmed = raw.replace('\\', '/').replaceAll("/+", "/").replaceAll("^/|/$", "");
        if (trimmed.equals(".")) {
            return "";
        }
        for (String part : trimmed.split("/")) {
            if (part.equals("..") || part.equals(".")) {
                throw new IllegalArgumentException("the sub-path must not contain '.' or '..': " + raw);
            }
        }
        return trimmed;
    }
}
