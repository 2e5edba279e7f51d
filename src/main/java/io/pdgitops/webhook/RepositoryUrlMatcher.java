package io.pdgitops.webhook;

import java.util.Locale;

/**
 * Compares repository URLs leniently: {@code https://github.com/Acme/PD.git}, {@code git@github.com:acme/pd},
 * {@code ssh://git@github.com:22/acme/pd.git} and {@code https://token@github.com/acme/pd/} are one repository.
 * Scheme, credentials, port, a trailing {@code .git} or slash and letter case are ignored.
 */
public final class RepositoryUrlMatcher {

    private RepositoryUrlMatcher() {
    }

    public static boolean same(String a, String b) {
        return !a.isBlank() && normalise(a).equals(normalise(b));
    }

    static String normalise(String url) {
        String rest = url.trim().toLowerCase(Locale.ROOT);
        int scheme = rest.indexOf("://");
        boolean scpLike = scheme < 0 && rest.matches("^[^/]+:.*");
        if (scheme >= 0) {
            rest = rest.substring(scheme + 3);
        }
        int slash = rest.indexOf('/');
        int at = rest.indexOf('@');
        if (at >= 0 && (slash < 0 || at < slash)) {
            rest = rest.substring(at + 1);
        }
        if (scpLike) {
            rest = rest.replaceFirst(":", "/");
        } else {
            rest = rest.replaceFirst("^([^/:]+):\\d+", "$1");
        }
        rest = rest.replaceAll("/+$", "");
        if (rest.endsWith(".git")) {
            rest = rest.substring(0, rest.length() - 4);
        }
        return rest.replaceAll("/+$", "");
    }
}
