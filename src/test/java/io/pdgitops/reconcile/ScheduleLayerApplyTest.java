package io.pdgitops.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.DesiredState;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.ScheduleLayer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A changed layer keeps its PagerDuty id (and so its history); a layer removed from Git is ended, not deleted. */
class ScheduleLayerApplyTest {

    /** The example's roster compiles to two layers, day and night: the edit rotates the first and drops the second. */
    static final String ROUND_THE_CLOCK = "Ops Tokyo/Osaka 24x7";

    @Test
    void changedLayerKeepsItsIdAndRemovedLayerIsEnded() {
        SandboxAccount account = SandboxAccount.example();
        DesiredState example = SandboxAccount.load(SandboxAccount.EXAMPLE_REPO);
        assertThat(account.apply(example).succeeded()).isTrue();
        var before = account.client.schedules().findByName(ROUND_THE_CLOCK).get(0);
        assertThat(before.layers()).hasSize(2);

        DesiredState edited = withSchedule(example, ROUND_THE_CLOCK, schedule -> {
            ScheduleLayer first = schedule.layers().get(0);
            List<String> rotated = new ArrayList<>(first.users());
            rotated.add(rotated.remove(0));
            return new Schedule(schedule.name(), schedule.description(), schedule.timeZone(), schedule.teams(),
                    List.of(new ScheduleLayer(first.name(), first.start(), first.end(), first.rotationVirtualStart(),
                            first.rotationTurnLength(), rotated, first.restrictions())),
                    schedule.origin());
        });
        assertThat(account.apply(edited).succeeded()).isTrue();

        var after = account.client.schedules().get(before.id());
        assertThat(after.layers()).hasSize(2);
        assertThat(after.layers().get(0).id()).isEqualTo(before.layers().get(0).id());
        assertThat(after.layers().get(0).users()).isNotEqualTo(before.layers().get(0).users());
        assertThat(after.layers().get(1).id()).isEqualTo(before.layers().get(1).id());
        // The schedule is compiled from a roster: a change made while someone is on shift takes effect when that
        // shift ends (the edited layer starts then), and the removed layer ends no later than that.
        Instant handOver = after.layers().get(0).start().toInstant();
        Instant latestEnd = handOver.isAfter(Instant.now()) ? handOver : Instant.now();
        assertThat(after.layers().get(1).end()).as("the removed layer has an end").isNotNull();
        assertThat(after.layers().get(1).end().toInstant()).isBeforeOrEqualTo(latestEnd);
        assertThat(account.plan(edited).steps()).isEmpty();
    }

    private static DesiredState withSchedule(DesiredState state, String name,
            java.util.function.UnaryOperator<Schedule> edit) {
        List<Schedule> schedules = state.schedules().stream()
                .map(schedule -> schedule.name().equals(name) ? edit.apply(schedule) : schedule)
                .toList();
        return state.withSchedules(schedules);
    }
}
