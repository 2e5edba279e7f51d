package io.pdgitops.source;

import java.util.Objects;

/**
 * An access token for an https Git remote. It is handed to JGit only through a credentials provider, so it never
 * appears in a URL, and its {@code toString} never shows it.
 *
 * @param user the user name sent with the token ({@code x-access-token} suits GitHub; GitLab accepts any non-empty
 *     name for personal access tokens and {@code oauth2} for OAuth tokens)
 * @param value the token itself
 */
public record GitToken(String user, String value) {

    public static final String DEFAULT_USER = "x-access-token";

    public GitToken {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(value, "value");
        if (user.isBlank() || value.isBlank()) {
            throw new IllegalArgumentException("a Git token needs a non-blank user and value");
        }
    }

    public static GitToken of(String value) {
        return new GitToken(DEFAULT_USER, value);
    }

    @Override
    public String toString() {
        return "GitToken[user=" + user + ", value=***]";
    }
}
