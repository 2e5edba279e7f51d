package io.pdgitops.schedule;

/**
 * Where a restriction window ends when a daylight saving change falls inside it. PagerDuty does not
 * document it; see {@link RenderingChoices} for the default and why. The start is local wall-clock
 * time under both readings.
 */
public enum RestrictionEnd {

    /** The end is the start plus the duration of elapsed time: a 22:00 + 10 h window ends at 09:00 on a spring-forward night. */
    ELAPSED,

    /** The end is the local start time plus the duration on the wall clock: a 22:00 + 10 h window ends at 08:00 on every night. */
    WALL_CLOCK
}
