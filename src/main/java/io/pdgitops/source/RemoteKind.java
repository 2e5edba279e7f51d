package io.pdgitops.source;

import java.util.Locale;
import java.util.function.UnaryOperator;

/** How a repository URL is reached, and whether this build can reach it. */
enum RemoteKind {
    HTTP, SSH, GIT_DAEMON, LOCAL;

    static RemoteKind of(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return HTTP;
        }
        if (lower.startsWith("ssh://") || lower.startsWith("git+ssh://") || lower.matches("^[^/:]+@[^/:]+:.*")) {
            return SSH;
        }
        if (lower.startsWith("git://")) {
            return GIT_DAEMON;
        }
        return LOCAL;
    }

    /**
     * JGit's own SSH client is not part of this build. JGit falls back to an external program named by
     * {@code GIT_SSH}, so ssh works only when that is set; otherwise the user gets this explanation up front
     * instead of a transport error.
     */
    static void requireReachable(String url, String displayUrl, UnaryOperator<String> env) {
        if (of(url) == SSH && (env.apply("GIT_SSH") == null || env.apply("GIT_SSH").isBlank())) {
            throw new GitSourceException("ssh URLs need the GIT_SSH environment variable set to an ssh program "
                    + "(for example GIT_SSH=ssh, with the key chosen in ~/.ssh/config); it is not set, so "
                    + displayUrl + " cannot be fetched. Use an https URL with a token instead, or set GIT_SSH.");
        }
    }
}
