package io.pdgitops.examples;

import io.pdgitops.model.DesiredState;
import io.pdgitops.model.Integration;
import io.pdgitops.model.IntegrationType;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.Service;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Counts and facts about a configuration repository that the example and generated repositories must meet. */
final class RepoFacts {

    private RepoFacts() {}

    static List<Integration> integrations(DesiredState state) {
        return state.services().stream().flatMap(s -> integrations(s).stream()).toList();
    }

    static List<Integration> integrations(Service service) {
        return service.integrations().orElse(List.of());
    }

    static Set<IntegrationType> integrationTypes(DesiredState state) {
        Set<IntegrationType> types = EnumSet.noneOf(IntegrationType.class);
        integrations(state).forEach(integration -> types.add(integration.type()));
        return types;
    }

    /** Names of the schedules in which every member can be on call on exactly seven minus daysOff weekdays. */
    static Set<String> schedulesWhereEveryMemberHasDaysOff(DesiredState state, int daysOff) {
        Set<String> names = new TreeSet<>();
        for (Schedule schedule : state.schedules()) {
            Map<String, Set<DayOfWeek>> working = state.rosterOf(schedule)
                    .map(WorkingDays::perMember)
                    .orElseGet(() -> WorkingDays.perMember(schedule));
            if (working.values().stream().allMatch(days -> days.size() == 7 - daysOff)) {
                names.add(schedule.name());
            }
        }
        return names;
    }
}
