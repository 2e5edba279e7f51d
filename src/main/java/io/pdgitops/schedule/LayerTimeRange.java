package io.pdgitops.schedule;

import java.time.Instant;

/**
 * The instants a layer's {@code start}, {@code rotation_virtual_start} and {@code end} may take. PagerDuty does not
 * document a range; its renderer must stop somewhere, and so does this one: far from the limits of
 * {@code LocalDateTime} and of {@code long} seconds, and wide enough for any real rotation. The one range is used by
 * the renderer, by {@code validate} (so such a value fails offline with its file and line) and by the sandbox (which
 * answers a 400 for it, as listed in its known deviations).
 */
public final class LayerTimeRange {

    /** The first instant accepted. */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    /** The first instant no longer accepted. */
    public static final Instant END = Instant.parse("2200-01-01T00:00:00Z");
    /** The range in words, for messages. */
    public static final String DESCRIPTION = "the years 1900 to 2199 (UTC)";

    private LayerTimeRange() {
    }

    /** True when {@code instant} is in [{@link #EARLIEST}, {@link #END}). */
    public static boolean contains(Instant instant) {
        return !instant.isBefore(EARLIEST) && instant.isBefore(END);
    }
}
