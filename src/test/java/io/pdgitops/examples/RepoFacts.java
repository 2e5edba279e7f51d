package io.pdgitops.examples;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Counts and facts about a configuration repository that the example and generated repositories must meet. */
final class RepoFacts {

    private RepoFacts() {}

    static List<Map<String, Object>> integrations(ConfigRepository repo) {
        return repo.ofKind("Service").stream().flatMap(s -> s.list("integrations").stream()).toList();
    }

    static Set<String> integrationTypes(ConfigRepository repo) {
        return new TreeSet<>(integrations(repo).stream().map(i -> (String) i.get("type")).toList());
    }

    /** Names of the schedules in which every member can be on call on exactly seven minus daysOff weekdays. */
    static Set<String> schedulesWhereEveryMemberHasDaysOff(ConfigRepository repo, int daysOff) {
        Set<String> names = new TreeSet<>();
        for (ConfigDocument schedule : repo.ofKind("Schedule")) {
            if (WorkingDays.perMember(schedule).values().stream().allMatch(days -> days.size() == 7 - daysOff)) {
                names.add(schedule.name());
            }
        }
        return names;
    }
}
