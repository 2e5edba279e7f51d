package io.pdgitops.oncall;

import io.pdgitops.model.DesiredState;
import io.pdgitops.model.DstHandOffs;
import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.EscalationRule;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.Service;
import io.pdgitops.model.Target;
import io.pdgitops.schedule.Entry;
import io.pdgitops.model.Suggestions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the {@link EscalationChain} of a declared service at an instant. */
public final class EscalationChains {

    private EscalationChains() {
    }

    /** @throws IllegalArgumentException when the service or its escalation policy is not declared */
    public static EscalationChain at(DesiredState state, String serviceName, Instant at) {
        Service service = state.service(serviceName)
                .orElseThrow(() -> new IllegalArgumentException("no service named `" + serviceName + "` in the repository"
                        + Suggestions.hint(serviceName, state.services().stream().map(Service::name).toList())));
        EscalationPolicy policy = state.escalationPolicy(service.escalationPolicy())
                .orElseThrow(() -> new IllegalArgumentException("service `" + serviceName + "` uses escalation policy `"
                        + service.escalationPolicy() + "`, which the repository does not declare"));
        return chain(state, service.name(), policy, at);
    }

    /**
     * Whom the policy reaches at that instant, whichever service it serves: the chain of an incident opened then on
     * any of its services. The service is empty in the chain.
     */
    public static EscalationChain forPolicy(DesiredState state, EscalationPolicy policy, Instant at) {
        return chain(state, "", policy, at);
    }

    private static EscalationChain chain(DesiredState state, String serviceName, EscalationPolicy policy, Instant at) {
        List<EscalationChain.Level> levels = new ArrayList<>();
        long minutes = 0;
        for (int i = 0; i < policy.rules().size(); i++) {
            EscalationRule rule = policy.rules().get(i);
            levels.add(level(state, rule, i + 1, minutes, at));
            minutes += rule.escalationDelay().toMinutes();
        }
        return new EscalationChain(serviceName, policy.name(), at, policy.numLoops().orElse(0), levels);
    }

    private static EscalationChain.Level level(DesiredState state, EscalationRule rule, int number, long minutes, Instant at) {
        List<EscalationChain.Reached> reached = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        for (Target target : rule.targets()) {
            if (target.type() == Target.Type.USER) {
                reached.add(new EscalationChain.Reached(target.reference(), Optional.empty()));
                continue;
            }
            Optional<String> person = state.schedule(target.reference())
                    .flatMap(schedule -> onCall(schedule, at, state.settings().dstHandOffs()));
            person.ifPresentOrElse(
                    email -> reached.add(new EscalationChain.Reached(email, Optional.of(target.reference()))),
                    () -> empty.add(target.reference()));
        }
        return new EscalationChain.Level(number, minutes, reached, empty);
    }

    /** Who is on call in the schedule at that instant. */
    public static Optional<String> onCall(Schedule schedule, Instant at, DstHandOffs rule) {
        List<Entry> shifts = SchedulePreview.of(schedule, new TimeRange(at, at), rule).shifts();
        return shifts.stream().filter(shift -> !shift.start().isAfter(at) && shift.end().isAfter(at))
                .map(Entry::user).findFirst();
    }
}
