package io.pdgitops.load;

/**
 * Bounds that keep hostile or broken input from exhausting memory or time.
 *
 * @param maxFileBytes files larger than this are rejected unread
 * @param maxAliases alias uses allowed per file
 * @param maxDepth nesting depth of mappings and lists allowed per document
 * @param maxAliasExpansion values a document may gain by expanding aliases (stops "billion laughs")
 */
public record LoadLimits(long maxFileBytes, int maxAliases, int maxDepth, int maxAliasExpansion) {

    public static final long DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

    public LoadLimits {
        if (maxFileBytes <= 0 || maxAliases < 0 || maxDepth <= 0 || maxAliasExpansion < 0) {
            throw new IllegalArgumentException("load limits must be positive");
        }
    }

    public static LoadLimits defaults() {
        return new LoadLimits(DEFAULT_MAX_FILE_BYTES, 100, 64, 10_000);
    }

    public LoadLimits withMaxFileBytes(long bytes) {
        return new LoadLimits(bytes, maxAliases, maxDepth, maxAliasExpansion);
    }
}
