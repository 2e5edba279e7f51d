package io.pdgitops.imports.nagios;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The header that marks a file as written by the import, and tells whether anyone edited it since: the first line
 * is {@value #MARKER} followed by the SHA-256 of everything after that line, as written, and the name of the
 * monitoring server it was imported from ({@code source=NAME}), so that several servers can be imported into one
 * repository without one's import calling the other's files stale. A file whose first line is not the marker is
 * hand-written; a marked file whose content no longer has that hash was edited by hand.
 */
public final class GeneratedFile {

    public static final String MARKER = "# pd-gitops import nagios sha256=";
    /** Every importer's marker starts so: {@code # pd-gitops import TOOL sha256=HASH source=NAME}. */
    private static final String PREFIX = "# pd-gitops import ";
    private static final String HASH = " sha256=";
    private static final String NOTE = "# Generated from %s. A later import updates this file while it is"
            + " unchanged; once you edit it, imports leave it alone unless run with --force.\n";

    private GeneratedFile() {
    }

    private static final String SOURCE = " source=";

    /** The whole file of a Nagios import: marker line (with the source server), note, then the YAML. */
    public static String write(String yaml, String source) {
        return write(yaml, "nagios", source);
    }

    /** @param tool the importer, {@code nagios} or {@code sensu} */
    public static String write(String yaml, String tool, String source) {
        if (!source.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("--source " + source + ": letters, digits, '.', '_' and '-' only");
        }
        String body = NOTE.formatted(tool.equals("nagios") ? "Nagios" : tool.equals("sensu") ? "Sensu" : tool) + yaml;
        return PREFIX + tool + HASH + sha256(body) + SOURCE + source + "\n" + body;
    }

    /** The server a generated file was imported from; empty for files written before sources were recorded. */
    public static Optional<String> source(String content) {
        int end = content.indexOf('\n');
        if (!isGenerated(content) || end < 0) {
            return Optional.empty();
        }
        String marker = content.substring(0, end);
        int at = marker.indexOf(SOURCE);
        return at < 0 ? Optional.empty() : Optional.of(marker.substring(at + SOURCE.length()).strip());
    }

    public static boolean isGenerated(String content) {
        int end = content.indexOf('\n');
        return content.startsWith(PREFIX) && content.substring(0, end < 0 ? content.length() : end).contains(HASH);
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
        String rest = content.substring(content.indexOf(HASH) + HASH.length(), end);
        int source = rest.indexOf(SOURCE);
        return Optional.of((source < 0 ? rest : rest.substring(0, source)).strip());
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
