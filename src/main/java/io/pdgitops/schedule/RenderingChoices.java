package io.pdgitops.schedule;

import io.pdgitops.model.DstHandOffs;
import java.time.Duration;
import java.util.Objects;

/**
 * The rendering decisions that PagerDuty's documentation leaves open, in one place so they can be
 * changed once they are checked against a real account ({@code POST /schedules/preview}).
 * {@link #DEFAULTS} is what the renderer uses unless told otherwise:
 *
 * <ul>
 *   <li><b>Hand-offs across daylight saving changes</b> ({@link #wholeDayTurns}, default
 *       {@link HandoffModel#CALENDAR}): a turn length of whole days hands off at the same local
 *       wall-clock time, because PagerDuty takes the hand-off as a time of day in the schedule's zone.
 *       Other turn lengths (say 12 h) always use {@link HandoffModel#EXACT} elapsed-time steps.
 *   <li><b>Restriction windows across a change</b> ({@link #restrictionEnd}, default
 *       {@link RestrictionEnd#WALL_CLOCK}): the end is read on the wall clock like the start and the
 *       hand-offs, so back-to-back day and night restriction layers neither overlap nor leave an
 *       hour uncovered on the change night.
 *   <li><b>Merging</b>: adjacent spans of the same user are merged in the final schedule
 *       ({@link #mergeFinalEntries}, default on, as PagerDuty's own consumers of the final schedule
 *       treat bordering shifts of one user as one shift) but not in the layer and override tracks
 *       ({@link #mergeLayerEntries}, default off), so a layer shows each hand-off even when a user
 *       holds two turns in a row.
 *   <li><b>Coverage</b> is {@code 100 × covered seconds / window seconds}, counted inside
 *       {@code [since, until)} even when overflow keeps entries whole, rounded half-up to
 *       {@link #coverageDecimals} decimals (default 2: the §8 example gives 26.87).
 *   <li><b>Overlapping overrides</b>: the higher {@code createdSequence} wins; equal sequences are
 *       broken by list position, the later one winning.
 *   <li><b>{@code since == until}</b>: each track holds the entry that covers that instant, whole (as
 *       with overflow, because a zero-length entry says nothing); coverage is 100 when someone is on
 *       call and 0 otherwise; when nobody is, {@code gaps} holds one zero-length gap at that instant.
 *   <li><b>Overflow</b> keeps whole the entry that crosses {@code since} or {@code until}: the turn
 *       piece (for restricted layers the restricted piece) or the visible part of an override. In the
 *       final schedule merging happens after that, among the entries that touch the window.
 *   <li><b>Precision</b>: instants are handled in whole seconds, as PagerDuty renders them;
 *       fractions of a second are dropped.
 * </ul>
 */
public record RenderingChoices(
        HandoffModel wholeDayTurns,
        RestrictionEnd restrictionEnd,
        boolean mergeFinalEntries,
        boolean mergeLayerEntries,
        int coverageDecimals) {

    public static final RenderingChoices DEFAULTS =
            new RenderingChoices(HandoffModel.CALENDAR, RestrictionEnd.WALL_CLOCK, true, false, 2);

    private static final long SECONDS_PER_DAY = 86_400;

    public RenderingChoices {
        Objects.requireNonNull(wholeDayTurns, "wholeDayTurns");
        Objects.requireNonNull(restrictionEnd, "restrictionEnd");
        if (coverageDecimals < 0 || coverageDecimals > 6) {
            throw new IllegalArgumentException("coverageDecimals must be between 0 and 6, got " + coverageDecimals);
        }
    }

    /** The defaults with whole-day turns handed off as {@code pd-gitops.yaml}'s {@code schedules.dst_hand_offs} says. */
    public static RenderingChoices of(DstHandOffs rule) {
        return DEFAULTS.withWholeDayTurns(rule == DstHandOffs.ELAPSED_TIME ? HandoffModel.EXACT : HandoffModel.CALENDAR);
    }

    /** The hand-off model for a layer with this turn length. */
    public HandoffModel handoffModelFor(Duration turnLength) {
        return turnLength.getSeconds() % SECONDS_PER_DAY == 0 ? wholeDayTurns : HandoffModel.EXACT;
    }

    public RenderingChoices withWholeDayTurns(HandoffModel model) {
        return new RenderingChoices(model, restrictionEnd, mergeFinalEntries, mergeLayerEntries, coverageDecimals);
    }

    public RenderingChoices withRestrictionEnd(RestrictionEnd end) {
        return new RenderingChoices(wholeDayTurns, end, mergeFinalEntries, mergeLayerEntries, coverageDecimals);
    }

    public RenderingChoices withMergeLayerEntries(boolean merge) {
        return new RenderingChoices(wholeDayTurns, restrictionEnd, mergeFinalEntries, merge, coverageDecimals);
    }
}
