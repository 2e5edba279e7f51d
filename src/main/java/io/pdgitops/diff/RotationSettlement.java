package io.pdgitops.diff;

import io.pdgitops.model.DesiredState;
import io.pdgitops.model.DstHandOffs;
import io.pdgitops.model.Roster;
import io.pdgitops.model.RotationChanges;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.ScheduleLayer;
import io.pdgitops.schedule.RenderingChoices;
import io.pdgitops.schedule.RotationPosition;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Settles the {@code rotation_virtual_start} of declared layers that run already, before the diff, so that a
 * change of users does not move who is on call ({@link RotationChanges#KEEP_POSITION}).
 *
 * <p>Under {@code keep_position} the rotation's position belongs to PagerDuty and the YAML fixes its hand-off
 * times: a running layer whose live virtual start is one of the hand-offs of the declared one (the same
 * hand-off times, shifted by whole turns) keeps the live value, and when its users change it gets the value
 * that keeps the current turn with its holder. So the virtual start a change computed is never reported as
 * drift afterwards. The position cannot be kept (and the change takes effect at once, as under
 * {@code immediate}) when the turn length changes, when the declared virtual start moves the hand-off times,
 * or when the layer has not started yet.
 *
 * <p>A schedule compiled from a roster is never shifted that way: its users list is tied to weekdays (turn k is
 * cycle day k from the roster's start), so moving the virtual start by whole days would put people on shifts that
 * fall on their days off. Its layers keep the compiled virtual start, and a changed roster takes effect as compiled
 * from the end of the shift in progress (see {@link RosterSettlement}).
 *
 * @param desired the declared state with settled virtual starts: what the plan shows and the apply sends
 * @param decisions by schedule name, one per running layer whose users change
 */
public record RotationSettlement(DesiredState desired, Map<String, List<RotationDecision>> decisions) {

    public RotationSettlement {
        decisions = Map.copyOf(decisions);
    }

    static RotationSettlement settle(DesiredState desired, LiveState live, Instant now) {
        LiveIndex<LiveObject<Schedule>> index = new LiveIndex<>(live.schedules(), s -> s.object().name());
        RotationChanges fallback = desired.settings().rotationChanges();
        List<Schedule> schedules = new ArrayList<>();
        Map<String, List<RotationDecision>> decisions = new LinkedHashMap<>();
        for (Schedule schedule : desired.schedules()) {
            List<LiveObject<Schedule>> matches = index.named(schedule.name());
            if (matches.size() != 1) {
                schedules.add(schedule);
                continue;
            }
            List<ScheduleLayer> running = running(matches.get(0).object(), now);
            Pairing pairing = pairing(schedule, running, now);
            Optional<Roster> roster = desired.rosterOf(schedule);
            if (roster.isPresent()) {
                List<RotationDecision> rosterDecisions = new ArrayList<>();
                schedules.add(RosterSettlement.settle(schedule, roster.get(), running, pairing, now,
                        desired.settings().dstHandOffs(), rosterDecisions));
                if (!rosterDecisions.isEmpty()) {
                    decisions.put(schedule.name(), rosterDecisions);
                }
                continue;
            }
            List<ScheduleLayer> layers = new ArrayList<>();
            List<RotationDecision> scheduleDecisions = new ArrayList<>();
            for (int i = 0; i < schedule.layers().size(); i++) {
                ScheduleLayer layer = schedule.layers().get(i);
                Recorder recorder = decision(i, layer, scheduleDecisions);
                layers.add(pairing.liveOf(i, running).map(paired -> settleLayer(schedule, layer, paired, now,
                        layer.rotationChanges().orElse(fallback), recorder, live.users(),
                        desired.settings().dstHandOffs())).orElse(layer));
            }
            schedules.add(schedule.withLayers(layers));
            if (!scheduleDecisions.isEmpty()) {
                decisions.put(schedule.name(), scheduleDecisions);
            }
        }
        return new RotationSettlement(desired.withSchedules(schedules), decisions);
    }

    /** Layers that have ended are history: PagerDuty keeps them but they no longer take part. */
    static List<ScheduleLayer> running(Schedule schedule, Instant now) {
        return schedule.layers().stream().filter(layer -> runs(layer, now)).toList();
    }

    static boolean runs(ScheduleLayer layer, Instant now) {
        return layer.end().map(end -> end.toInstant().isAfter(now)).orElse(true);
    }

    /** Pairs every declared layer of {@code desired} with the {@code running} live layers. */
    static Pairing pairing(Schedule desired, List<ScheduleLayer> running, Instant now) {
        return Pairing.of(desired.layers().stream().map(ScheduleLayer::name).toList(),
                desired.layers().stream().map(layer -> runs(layer, now)).toList(),
                running.stream().map(ScheduleLayer::name).toList());
    }

    /** Records a decision for declared layer {@code index}. */
    private interface Recorder {
        void record(RotationChanges mode, String detail);
    }

    private static Recorder decision(int index, ScheduleLayer layer, List<RotationDecision> decisions) {
        return (mode, detail) -> decisions.add(
                new RotationDecision(FlatFields.index("layers", index), layer.name(), mode, detail));
    }

    private static ScheduleLayer settleLayer(Schedule schedule, ScheduleLayer layer, ScheduleLayer liveLayer,
            Instant now, RotationChanges mode, Recorder recorder, UserDirectory users, DstHandOffs rule) {
        boolean usersChange = !lowerCase(layer.users()).equals(lowerCase(liveLayer.users()));
        if (mode == RotationChanges.IMMEDIATE) {
            if (usersChange) {
                recorder.record(mode, "the new users take effect at once (rotation_changes: immediate)");
            }
            return layer;
        }
        RenderingChoices choices = RenderingChoices.of(rule);
        Optional<String> obstacle = obstacle(schedule, layer, liveLayer, now, choices);
        if (obstacle.isPresent()) {
            if (usersChange) {
                recorder.record(RotationChanges.IMMEDIATE, "the position cannot be kept: " + obstacle.get());
            }
            return layer;
        }
        if (!usersChange) {
            return layer.withRotationVirtualStart(liveLayer.rotationVirtualStart());
        }
        RotationPosition.Kept kept = position(schedule, liveLayer, choices)
                .keep(liveLayer.users(), layer.users(), now);
        OffsetDateTime virtualStart = OffsetDateTime.ofInstant(kept.rotationVirtualStart(), schedule.timeZone());
        String holder = kept.onCallStays()
                ? users.display(kept.onCallAfter()) + " stays on call"
                : users.display(kept.onCallBefore()) + " leaves the rotation, so " + users.display(kept.onCallAfter())
                        + " takes over now and stays on call";
        recorder.record(mode, holder + " until the hand-off at "
                + Values.dateTime(OffsetDateTime.ofInstant(kept.turnEnds(), schedule.timeZone()))
                + "; the new order follows from there (rotation_virtual_start " + Values.dateTime(virtualStart) + ")");
        return layer.withRotationVirtualStart(virtualStart);
    }

    /** Why the position of a running layer cannot be kept, if it cannot. */
    private static Optional<String> obstacle(Schedule schedule, ScheduleLayer layer, ScheduleLayer liveLayer, Instant now,
            RenderingChoices choices) {
        if (!layer.rotationTurnLength().equals(liveLayer.rotationTurnLength())) {
            return Optional.of("rotation_turn_length changes");
        }
        if (liveLayer.start().toInstant().isAfter(now) || layer.start().toInstant().isAfter(now)) {
            return Optional.of("the layer has not started");
        }
        RotationPosition declared = new RotationPosition(layer.rotationVirtualStart().toInstant(),
                layer.rotationTurnLength(), schedule.timeZone(), choices);
        if (!declared.isHandoff(liveLayer.rotationVirtualStart().toInstant())) {
            return Optional.of("rotation_virtual_start moves the hand-off times");
        }
        return Optional.empty();
    }

    private static RotationPosition position(Schedule schedule, ScheduleLayer liveLayer, RenderingChoices choices) {
        return new RotationPosition(liveLayer.rotationVirtualStart().toInstant(), liveLayer.rotationTurnLength(),
                schedule.timeZone(), choices);
    }

    static List<String> lowerCase(List<String> emails) {
        return emails.stream().map(email -> email.toLowerCase(Locale.ROOT)).toList();
    }
}
