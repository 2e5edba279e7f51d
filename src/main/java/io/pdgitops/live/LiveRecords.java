package io.pdgitops.live;

import io.pdgitops.pagerduty.dto.EscalationPolicyDto;
import io.pdgitops.pagerduty.dto.ScheduleDto;
import io.pdgitops.pagerduty.dto.ServiceDto;
import io.pdgitops.pagerduty.dto.TeamDto;
import io.pdgitops.pagerduty.dto.TeamMemberDto;
import io.pdgitops.pagerduty.dto.UserDto;
import io.pdgitops.pagerduty.dto.VendorDto;
import java.util.List;
import java.util.Map;

/**
 * An account as PagerDuty returned it, before normalisation: what {@link LiveStateReader} maps into the model,
 * and what export reads for the settings the model has no place for.
 *
 * @param members by team id, only for the teams whose members were read
 */
public record LiveRecords(
        List<UserDto> users,
        List<TeamDto> teams,
        List<ScheduleDto> schedules,
        List<EscalationPolicyDto> policies,
        List<ServiceDto> services,
        List<VendorDto> vendors,
        Map<String, List<TeamMemberDto>> members) {

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
