package io.pdgitops.source;

import java.time.Duration;

/**
 * Bounds that keep a hostile or mistaken repository from filling the disk or hanging a sync.
 *
 * @param maxFileBytes a file larger than this refuses the whole tree
 * @param maxFiles more files than this under the sub-path refuses the whole tree
 * @param timeout network timeout for one fetch
 */
public record SourceLimits(long maxFileBytes, int maxFiles, Duration timeout) {

    public static final SourceLimits DEFAULTS = new SourceLimits(1024 * 1024, 20_000, Duration.ofSeconds(60));

    public SourceLimits {
        if (maxFileBytes <= 0 || maxFiles <= 0 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("source limits must be positive");
        }
    }
}
