package io.pdgitops.source;

import io.pdgitops.load.LoadLimits;
import java.time.Duration;

/**
 * Bounds that keep a hostile or mistaken repository from filling the disk or hanging a sync.
 *
 * @param maxFileBytes a file larger than this is not written; it is reported as skipped
 * @param maxFiles more files than this under the sub-path stop the walk; the folder is reported as skipped
 * @param timeout network timeout for one fetch
 */
public record SourceLimits(long maxFileBytes, int maxFiles, Duration timeout) {

    /** The loader's limits, so a file {@code validate} refuses is refused by {@code serve} too, and the reverse. */
    public static final SourceLimits DEFAULTS = new SourceLimits(LoadLimits.DEFAULT_MAX_FILE_BYTES,
            LoadLimits.DEFAULT_MAX_FILES, Duration.ofSeconds(60));

    public SourceLimits {
        if (maxFileBytes <= 0 || maxFiles <= 0 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("source limits must be positive");
        }
    }
}
