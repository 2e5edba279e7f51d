package io.pdgitops.source;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Masks credentials in text that may reach a log or an error: user info in URLs ({@code https://user:pw@host})
 * and the configured token wherever it appears, for instance inside a message from the Git transport.
 */
public final class Redactor {

    private static final Pattern URL_USER_INFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/@\\s]+@");
    private static final String MASK = "***";

    private final Optional<String> secret;

    public Redactor(Optional<String> secret) {
        this.secret = secret.filter(s -> !s.isBlank());
    }

    public String redact(String text) {
        if (text == null) {
            return "";
        }
        String masked = URL_USER_INFO.matcher(text).replaceAll("$1" + MASK + "@");
        return secret.map(s -> masked.replace(s, MASK)).orElse(masked);
    }
}
