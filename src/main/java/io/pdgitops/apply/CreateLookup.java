package io.pdgitops.apply;

import java.time.Duration;
import java.time.Instant;

/**
 * When a create first looks up by name whether the object is already there. The plan's live read already showed
 * it absent, so a look-up is only worth its call when that read may be out of date: it is older than the apply's
 * start by more than {@code margin} (someone may have created the object since), or this apply resumes one that
 * was cut off (a create may have reached PagerDuty after the read). A create whose outcome is unknown is always
 * followed by a look-up before it is tried again (see {@link CreateOrAdopt}).
 *
 * @param margin how much older than the apply's start the live read may be and still be trusted
 * @param always look up before every create, whatever the age of the read
 */
public record CreateLookup(Duration margin, boolean always) {

    /** Long enough for a confirmation at the terminal; short enough that an old plan is checked again. */
    public static final Duration DEFAULT_MARGIN = Duration.ofMinutes(2);

    public CreateLookup {
        if (margin.isNegative()) {
            throw new IllegalArgumentException("the live read margin must not be negative, was " + margin);
        }
    }

    public static CreateLookup trustingReadsFor(Duration margin) {
        return new CreateLookup(margin, false);
    }

    public static CreateLookup defaults() {
        return trustingReadsFor(DEFAULT_MARGIN);
    }

    /** For an apply that takes over from one that was cut off. */
    public CreateLookup resuming() {
        return new CreateLookup(margin, true);
    }

    /** Whether creates look up by name before their first try. */
    boolean firstTry(Instant liveReadAt, Instant applyStart) {
        return always || Duration.between(liveReadAt, applyStart).compareTo(margin) > 0;
    }
}
