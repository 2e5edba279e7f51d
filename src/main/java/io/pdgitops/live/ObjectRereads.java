package io.pdgitops.live;

import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.PagerDutyException;
import io.pdgitops.pagerduty.dto.EscalationPolicyDto;
import io.pdgitops.pagerduty.dto.Reference;
import io.pdgitops.pagerduty.dto.ScheduleDto;
import io.pdgitops.pagerduty.dto.ServiceDto;
import io.pdgitops.pagerduty.dto.TeamDto;
import io.pdgitops.pagerduty.dto.TeamMemberDto;
import io.pdgitops.pagerduty.dto.UserDto;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Brings kept records up to date by reading again, one call each, the objects the audit trail says changed: an
 * object PagerDuty no longer has (404) leaves the records. A changed team's members are read again too, since a
 * membership change is filed under the team and the kept user list no longer tells it.
 */
final class ObjectRereads {

    private ObjectRereads() {
    }

    /**
     * @param changed root resources of the trail's records
     * @param readMembers which teams (by name) need their members with roles
     * @param members reads one team's members
     */
    static LiveRecords apply(PagerDutyClient client, LiveRecords records, Collection<Reference> changed,
            Predicate<String> readMembers, Function<TeamDto, List<TeamMemberDto>> members) {
        List<UserDto> users = new ArrayList<>(records.users());
        List<TeamDto> teams = new ArrayList<>(records.teams());
        List<ScheduleDto> schedules = new ArrayList<>(records.schedules());
        List<EscalationPolicyDto> policies = new ArrayList<>(records.policies());
        List<ServiceDto> services = new ArrayList<>(records.services());
        Map<String, List<TeamMemberDto>> teamMembers = new HashMap<>(records.members());
        for (Reference ref : changed) {
            String id = ref.id();
            switch (ref.type()) {
                case "user_reference" -> replace(users, UserDto::id, id, () -> client.users().get(id));
                case "schedule_reference" -> replace(schedules, ScheduleDto::id, id, () -> client.schedules().get(id));
                case "escalation_policy_reference" ->
                        replace(policies, EscalationPolicyDto::id, id, () -> client.escalationPolicies().get(id));
                case "service_reference" -> replace(services, ServiceDto::id, id, () -> client.services().get(id));
                case "team_reference" -> {
                    teamMembers.remove(id);
                    replace(teams, TeamDto::id, id, () -> client.teams().get(id)).ifPresent(team ->
                            teamMembers.put(id, members.apply(team)));
                }
                default -> {
                    // Incidents, extensions and the like: nothing the live state holds.
                }
            }
        }
        // Teams whose roles are now needed and were not read before (a new team, or YAML that now gives roles).
        for (TeamDto team : teams) {
            if (readMembers.test(team.name()) && !teamMembers.containsKey(team.id())) {
                teamMembers.put(team.id(), members.apply(team));
            }
        }
        return new LiveRecords(users, teams, schedules, policies, services, records.vendors(), teamMembers);
    }

    /** @return the object as PagerDuty has it now, empty when it has it no more */
    static <T> Optional<T> replace(List<T> list, Function<T, String> idOf, String id, Supplier<T> read) {
        T fresh;
        try {
            fresh = read.get();
        } catch (PagerDutyException e) {
            if (e.status() != 404) {
                throw e;
            }
            fresh = null;
        }
        int at = -1;
        for (int i = 0; i < list.size(); i++) {
            if (id.equals(idOf.apply(list.get(i)))) {
                at = i;
                break;
            }
        }
        if (fresh == null) {
            if (at >= 0) {
                list.remove(at);
            }
            return Optional.empty();
        }
        if (at >= 0) {
            list.set(at, fresh);
        } else {
            list.add(fresh);
        }
        return Optional.of(fresh);
    }
}
