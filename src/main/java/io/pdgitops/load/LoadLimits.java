package io.pdgitops.load;

/**
 * Bounds that keep hostile or broken input from exhausting memory or time.
 *
 * @param maxFileBytes files larger than this are rejected unread
 * @param maxAliases alias uses allowed per file
 * @param maxDepth nesting depth of mappings and lists allowed per document
 * @param maxAliasExpansion values a document may gain by expanding aliases (stops "billion laughs")
 * @param maxFiles files the configuration folder may hold; more make the whole folder invalid
 */
public record LoadLimits(long maxFileBytes, int maxAliases, int maxDepth, int maxAliasExpansion, int maxFiles) {

    /** Shared with the Git source, so {@code validate}, the change check and {@code serve} refuse the same files. */
    public static final long DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
    public static final int DEFAULT_MAX_FILES = 20_000;

    public LoadLimits {
        if (maxFileBytes <= 0 || maxAliases < 0 || maxDepth <= 0 || maxAliasExpansion < 0 || maxFiles <= 0) {
            throw new IllegalArgumentException("load limits must be positive");
        }
    }

    public static LoadLimits defaults() {
        return new LoadLimits(DEFAULT_MAX_FILE_BYTES, 100, 64, 10_000, DEFAULT_MAX_FILES);
    }

    public LoadLimits withMaxFileBytes(long bytes) {
        return new LoadLimits(bytes, maxAliases, maxDepth, maxAliasExpansion, maxFiles);
    }

    public LoadLimits withMaxFiles(int files) {
        return new LoadLimits(maxFileBytes, maxAliases, maxDepth, maxAliasExpansion, files);
    }
}
