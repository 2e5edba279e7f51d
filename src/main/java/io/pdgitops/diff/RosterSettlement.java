package io.pdgitops.diff;

import io.pdgitops.model.DstHandOffs;
import io.pdgitops.model.Roster;
import io.pdgitops.model.RotationChanges;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.ScheduleLayer;
import io.pdgitops.oncall.SchedulePreview;
import io.pdgitops.oncall.TimeRange;
import io.pdgitops.schedule.Entry;
import io.pdgitops.schedule.RenderingChoices;
import io.pdgitops.schedule.RotationPosition;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a running schedule compiled from a roster takes a change. The compiled layers are sent as compiled: their
 * users list is anchored at the roster's first day, so every member keeps their days off, rest and fair share once
 * the change takes effect. Shifting the anchor to keep a rotation position (as plain schedules do) is exactly what
 * would break those rules, so it never happens here.
 *
 * <p>The change takes effect at the end of the shift in progress: whoever is on shift in a changed layer at the time
 * of the run stays on until that shift ends, unless shift times change or the new rules give them that day off. The live layer is kept for that long, as an extra layer named
 * {@code <shift> (handing over)} that ends then, and the recompiled layer starts then. A layer nobody is on shift in
 * takes the change at once. Until the hand-over, later runs keep both as they are (a further edit moves into the
 * recompiled layer, still from the same hand-over); after it, the kept layer has ended and is history.
 */
final class RosterSettlement {

    /** Marks the layers that keep an old assignment until its shift ends. */
    static final String HANDING_OVER = " (handing over)";
    /** Long enough to find the end of any shift in progress: roster shifts last at most a day. */
    private static final Duration LOOK_AHEAD = Duration.ofDays(2);

    private RosterSettlement() {
    }

    /**
     * The roster's declared schedule settled against PagerDuty's running layers: recompiled layers start at the end
     * of the shift in progress, and the layers that carry that shift are kept until then.
     *
     * @param decisions receives one decision per running layer whose users or anchor change
     */
    static Schedule settle(Schedule schedule, Roster roster, List<ScheduleLayer> running, Pairing pairing, Instant now,
            DstHandOffs rule, List<RotationDecision> decisions) {
        List<ScheduleLayer> layers = new ArrayList<>();
        List<ScheduleLayer> kept = new ArrayList<>();
        for (int i = 0; i < schedule.layers().size(); i++) {
            ScheduleLayer layer = schedule.layers().get(i);
            Optional<ScheduleLayer> live = pairing.liveOf(i, running);
            if (live.isEmpty() || !RotationSettlement.runs(layer, now)) {
                layers.add(layer);
                continue;
            }
            OffsetDateTime liveStart = live.get().start();
            if (liveStart.toInstant().isAfter(now)) {
                // An earlier run's hand-over is still ahead: this layer, changed again or not, starts there too.
                layers.add(withStart(layer, liveStart));
                if (changes(layer, live.get())) {
                    decisions.add(decision(i, layer, "the new assignment takes over at the hand-over already planned "
                            + "for " + Values.dateTime(liveStart)));
                }
                continue;
            }
            if (!changes(layer, live.get())) {
                layers.add(layer);
                continue;
            }
            Optional<Entry> shift = shiftTimesKept(schedule, running, pairing)
                    ? shiftInProgress(schedule, live.get(), now, rule).filter(entry -> stillAllowed(roster, entry, schedule))
                    : Optional.empty();
            if (shift.isEmpty()) {
                layers.add(layer);
                decisions.add(decision(i, layer, "nobody is on this shift now, the shift times change, or the new "
                        + "rules give its holder the day off, so the recompiled assignment takes effect at once; every "
                        + "member keeps their days off and rest from then on"));
                continue;
            }
            OffsetDateTime handOver = OffsetDateTime.ofInstant(shift.get().end(), schedule.timeZone());
            layers.add(withStart(layer, handOver));
            kept.add(handingOver(live.get(), handOver));
            decisions.add(decision(i, layer, shift.get().user() + " stays on shift until it ends at "
                    + Values.dateTime(handOver) + "; the recompiled assignment holds from then on, every member "
                    + "keeping their days off and rest"));
        }
        // Layers kept by an earlier run, until their hand-over (already here when settling a settled schedule again).
        for (int j = 0; j < running.size(); j++) {
            ScheduleLayer live = running.get(j);
            if (live.name().map(name -> name.endsWith(HANDING_OVER)).orElse(false)
                    && !pairing.liveIndexOf().contains(j)) {
                kept.add(live);
            }
        }
        layers.addAll(kept);
        return schedule.withLayers(layers);
    }

    /**
     * Whether every shift keeps its times: only then is a shift in progress one the new rules also have, so that
     * its holder can finish it. Moved shift times take effect at once.
     */
    private static boolean shiftTimesKept(Schedule schedule, List<ScheduleLayer> running, Pairing pairing) {
        for (int i = 0; i < schedule.layers().size(); i++) {
            Optional<ScheduleLayer> live = pairing.liveOf(i, running);
            if (live.isPresent() && !sameShiftTimes(live.get(), schedule.layers().get(i), schedule.timeZone())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether two layers cut the day into the same shifts. A whole-day shift has no restrictions: its times are the
     * time of day of the rotation's anchor, so a shift moved by an hour shows there and nowhere else.
     */
    private static boolean sameShiftTimes(ScheduleLayer live, ScheduleLayer declared, ZoneId zone) {
        return live.restrictions().equals(declared.restrictions())
                && live.rotationTurnLength().equals(declared.rotationTurnLength())
                && live.rotationVirtualStart().atZoneSameInstant(zone).toLocalTime()
                        .equals(declared.rotationVirtualStart().atZoneSameInstant(zone).toLocalTime());
    }

    /**
     * Whether the new rules let the holder finish the shift in progress: not when its day (the day it started) is now
     * one of their days off. A member who left the roster finishes it.
     */
    private static boolean stillAllowed(Roster roster, Entry shift, Schedule schedule) {
        DayOfWeek day = shift.start().atZone(schedule.timeZone()).getDayOfWeek();
        return roster.members().stream().filter(member -> member.user().equalsIgnoreCase(shift.user()))
                .allMatch(member -> member.worksOn(day));
    }

    private static boolean changes(ScheduleLayer declared, ScheduleLayer live) {
        return !RotationSettlement.lowerCase(declared.users()).equals(RotationSettlement.lowerCase(live.users()))
                || !declared.rotationVirtualStart().toInstant().equals(live.rotationVirtualStart().toInstant())
                || !declared.restrictions().equals(live.restrictions());
    }

    /**
     * The shift of {@code live} that covers {@code now}, if someone is on it: its holder, its start (its end less
     * the shift's length, a restriction's or else a turn's) and its end.
     */
    private static Optional<Entry> shiftInProgress(Schedule schedule, ScheduleLayer live, Instant now, DstHandOffs rule) {
        Schedule alone = schedule.withLayers(List.of(live));
        Duration length = live.restrictions().isEmpty() ? live.rotationTurnLength() : live.restrictions().get(0).duration();
        try {
            return SchedulePreview.of(alone, new TimeRange(now, now.plus(LOOK_AHEAD)), rule).shifts().stream()
                    .filter(entry -> !entry.start().isAfter(now) && entry.end().isAfter(now))
                    .findFirst()
                    .map(entry -> {
                        Instant end = turnEnd(schedule, live, entry.end(), now, rule);
                        return new Entry(entry.user(), end.minus(length), end);
                    });
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a live layer the renderer refuses: the change takes effect at once
        }
    }

    /**
     * Adjacent shifts of one person render as one entry; the hand-over is at the end of the current turn at the
     * latest, so a member on shift two days in a row hands over after the first.
     */
    private static Instant turnEnd(Schedule schedule, ScheduleLayer live, Instant entryEnd, Instant now, DstHandOffs rule) {
        Instant turnEnds = new RotationPosition(live.rotationVirtualStart().toInstant(), live.rotationTurnLength(),
                schedule.timeZone(), RenderingChoices.of(rule)).keep(live.users(), live.users(), now).turnEnds();
        return entryEnd.isAfter(turnEnds) ? turnEnds : entryEnd;
    }

    private static ScheduleLayer withStart(ScheduleLayer layer, OffsetDateTime start) {
        return new ScheduleLayer(layer.name(), start, layer.end(), layer.rotationVirtualStart(),
                layer.rotationTurnLength(), layer.users(), layer.restrictions(), layer.rotationChanges());
    }

    private static ScheduleLayer handingOver(ScheduleLayer live, OffsetDateTime end) {
        return new ScheduleLayer(Optional.of(live.name().orElse("layer") + HANDING_OVER), live.start(), Optional.of(end),
                live.rotationVirtualStart(), live.rotationTurnLength(), live.users(), live.restrictions(),
                live.rotationChanges());
    }

    private static RotationDecision decision(int index, ScheduleLayer layer, String detail) {
        return new RotationDecision(FlatFields.index("layers", index), layer.name(), RotationChanges.IMMEDIATE,
                "compiled from a roster: " + detail);
    }
}
