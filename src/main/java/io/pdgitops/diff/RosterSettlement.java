package io.pdgitops.diff;

import io.pdgitops.model.RotationChanges;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.ScheduleLayer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a running schedule compiled from a roster takes a change. The compiled layers are sent as compiled: their
 * users list is anchored at the roster's first day, so whatever day the change lands on, every member keeps their
 * days off, rest and fair share from the moment it takes effect. Shifting the anchor to keep a rotation position
 * (as plain schedules do) is exactly what would break those rules, so it never happens here.
 */
final class RosterSettlement {

    static final String DETAIL = "compiled from a roster, so the new assignment takes effect as compiled, anchored at "
            + "the roster's start: every member keeps their days off and rest from the change on (never shifted to "
            + "keep a rotation position)";

    private RosterSettlement() {
    }

    /** One decision per running layer whose users or anchor change; empty when no layer does. */
    static Optional<List<RotationDecision>> decisions(Schedule schedule, List<ScheduleLayer> running, Pairing pairing,
            Instant now) {
        List<RotationDecision> decisions = new ArrayList<>();
        for (int i = 0; i < schedule.layers().size(); i++) {
            ScheduleLayer layer = schedule.layers().get(i);
            Optional<ScheduleLayer> live = pairing.liveOf(i, running);
            if (live.isPresent() && RotationSettlement.runs(layer, now) && changes(layer, live.get())) {
                decisions.add(new RotationDecision(FlatFields.index("layers", i), layer.name(),
                        RotationChanges.IMMEDIATE, DETAIL));
            }
        }
        return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions);
    }

    private static boolean changes(ScheduleLayer declared, ScheduleLayer live) {
        return !RotationSettlement.lowerCase(declared.users()).equals(RotationSettlement.lowerCase(live.users()))
                || !declared.rotationVirtualStart().toInstant().equals(live.rotationVirtualStart().toInstant());
    }
}
