package io.pdgitops.diff;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One field value, flattened for comparison.
 *
 * @param display what people read in a plan
 * @param key what is compared: normalised so that equal meaning gives equal keys (sets sorted, instants not strings)
 * @param pastIsRewritten true for a layer start, which PagerDuty rewrites once it is in the past
 */
record FlatValue(String display, Object key, boolean pastIsRewritten) {

    static FlatValue of(String display, Object key) {
        return new FlatValue(display, key, false);
    }

    /** A value whose text is its meaning. */
    static FlatValue plain(String text) {
        return of(text, text);
    }

    static FlatValue layerStart(OffsetDateTime start) {
        return new FlatValue(Values.dateTime(start), start.toInstant(), true);
    }

    /**
     * Equal keys, or two layer starts that are both in the past (PagerDuty moves those to the last update, so a
     * start written at this very instant counts as past too).
     */
    boolean sameAs(FlatValue live, Instant now) {
        if (key.equals(live.key)) {
            return true;
        }
        return pastIsRewritten && live.pastIsRewritten
                && !((Instant) key).isAfter(now) && !((Instant) live.key).isAfter(now);
    }
}
