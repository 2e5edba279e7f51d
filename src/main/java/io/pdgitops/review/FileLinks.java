package io.pdgitops.review;

import java.util.Optional;

/**
 * Links to a file of the configuration folder at one commit, on the host's web pages.
 *
 * @param blobBase everything before the path, e.g. {@code https://github.com/acme/pd/blob/<sha>/}; empty for none
 * @param subPath the configuration folder inside the repository, {@code .} for its root
 */
public record FileLinks(String blobBase, String subPath) {

    public static FileLinks none() {
        return new FileLinks("", ".");
    }

    public static FileLinks github(String webUrl, String commit, String subPath) {
        return webUrl.isBlank() ? none() : new FileLinks(trimmed(webUrl) + "/blob/" + commit + "/", subPath);
    }

    public static FileLinks gitlab(String webUrl, String commit, String subPath) {
        return webUrl.isBlank() ? none() : new FileLinks(trimmed(webUrl) + "/-/blob/" + commit + "/", subPath);
    }

    public static FileLinks gitea(String webUrl, String commit, String subPath) {
        return webUrl.isBlank() ? none() : new FileLinks(trimmed(webUrl) + "/src/commit/" + commit + "/", subPath);
    }

    /**
     * @param file relative to the configuration folder; pseudo files such as {@code (git)} get no link
     * @param line 0 when no line applies
     */
    public Optional<String> to(String file, int line) {
        if (blobBase.isEmpty() || file.startsWith("(")) {
            return Optional.empty();
        }
        String folder = subPath.equals(".") || subPath.isBlank() ? "" : trimmed(subPath) + "/";
        return Optional.of(blobBase + encodePath(folder + file) + (line > 0 ? "#L" + line : ""));
    }

    private static String trimmed(String text) {
        String result = text;
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result.startsWith("./") ? result.substring(2) : result;
    }

    /** Spaces and the characters Markdown links trip over; slashes stay. */
    private static String encodePath(String path) {
        return path.replace("%", "%25").replace(" ", "%20").replace("(", "%28").replace(")", "%29")
                .replace("#", "%23").replace("?", "%3F");
    }
}
