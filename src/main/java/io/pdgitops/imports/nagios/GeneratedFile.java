package io.pdgitops.imports.nagios;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The header that marks a file as written by the import, and tells whether anyone edited it since: the first line
 * is {@value #MARKER} followed by the SHA-256 of everything after that line, as written. A file whose first line
 * is not the marker is hand-written; a marked file whose content no longer has that hash was edited by hand.
 */
public final class GeneratedFile {

    public static final String MARKER = "# pd-gitops import nagios sha256=";
    private static final String NOTE = "# Generated from Nagios. A later import updates this file while it is"
            + " unchanged; once you edit it, imports leave it alone unless run with --force.\n";

    private GeneratedFile() {
    }

    /** The whole file: marker line, note, then the YAML. */
    public static String write(String yaml) {
        String body = NOTE + yaml;
        return MARKER + sha256(body) + "\n" + body;
    }

    public static boolean isGenerated(String content) {
        return content.startsWith(MARKER);
    }

    /** True for a generated file whose content is exactly as the import wrote it. */
    public static boolean isUnedited(String content) {
        Optional<String> hash = recordedHash(content);
        return hash.isPresent() && hash.get().equals(sha256(content.substring(content.indexOf('\n') + 1)));
    }

    private static Optional<String> recordedHash(String content) {
        int end = content.indexOf('\n');
        if (!isGenerated(content) || end < 0) {
            return Optional.empty();
        }
        return Optional.of(content.substring(MARKER.length(), end).strip());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
