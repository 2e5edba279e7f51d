package io.pdgitops.schedule;

/**
 * The hand-off instants of one rotation, in epoch seconds: turn k covers
 * {@code [handoff(k), handoff(k + 1))}; k may be negative.
 */
interface TurnClock {

    long handoff(long turn);

    /** The turn k with {@code handoff(k) <= epochSecond < handoff(k + 1)}. */
    long turnAt(long epochSecond);
}
