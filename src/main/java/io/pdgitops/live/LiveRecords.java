package io.pdgitops.live;

import io.pdgitops.pagerduty.dto.EscalationPolicy;
import io.pdgitops.pagerduty.dto.Schedule;
import io.pdgitops.pagerduty.dto.Service;
import io.pdgitops.pagerduty.dto.Team;
import io.pdgitops.pagerduty.dto.TeamMember;
import io.pdgitops.pagerduty.dto.User;
import io.pdgitops.pagerduty.dto.Vendor;
import java.util.List;
import java.util.Map;

/**
 * An account as PagerDuty returned it, before normalisation: what {@link LiveStateReader} maps into the model,
 * and what export reads for the settings the model has no place for.
 *
 * @param members by team id, only for the teams whose members were read
 */
public record LiveRecords(
        List<User> users,
        List<Team> teams,
        List<Schedule> schedules,
        List<EscalationPolicy> policies,
        List<Service> services,
        List<Vendor> vendors,
        Map<String, List<TeamMember>> members) {

    public LiveRecords {
        users = List.copyOf(users);
        teams = List.copyOf(teams);
        schedules = List.copyOf(schedules);
        policies = List.copyOf(policies);
        services = List.copyOf(services);
        vendors = List.copyOf(vendors);
        members = Map.copyOf(members);
    }
}
