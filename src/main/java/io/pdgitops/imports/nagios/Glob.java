package io.pdgitops.imports.nagios;

import java.util.regex.Pattern;

/** A name pattern in which {@code *} matches any text and everything else matches itself. */
public record Glob(String pattern) {

    public boolean matches(String name) {
        StringBuilder regex = new StringBuilder();
        String[] parts = pattern.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            regex.append(i == 0 ? "" : ".*").append(Pattern.quote(parts[i]));
        }
        return Pattern.matches(regex.toString(), name);
    }
}
