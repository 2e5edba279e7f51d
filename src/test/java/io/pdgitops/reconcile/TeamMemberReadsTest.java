package io.pdgitops.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.diff.ResourceKind;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.RepoSettings;
import io.pdgitops.model.Team;
import io.pdgitops.model.TeamMember;
import io.pdgitops.plan.Plan;
import io.pdgitops.plan.PlanStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Who is in a team comes with the user list; only teams whose YAML gives roles cost a members call, since no
 * other PagerDuty endpoint has a member's role.
 */
class TeamMemberReadsTest {

    static final int TEAMS_WITHOUT_ROLES = 6;
    static final int TEAMS_WITH_ROLES = 2;

    @Test
    void aNoOpPlanReadsMembersOnlyForTeamsWhoseYamlGivesRoles() {
        SandboxAccount account = new SandboxAccount(CallBudgetTest.USERS);
        DesiredState desired = desired();
        assertThat(account.apply(desired).succeeded()).isTrue();

        long before = account.reads();
        assertThat(account.plan(desired).steps()).isEmpty();
        long reads = account.reads() - before;

        long listPages = GeneratedAccount.pages(CallBudgetTest.USERS.users().size())
                + GeneratedAccount.pages(desired.teams().size()) + 3; // schedules, policies, services: one empty page each
        assertThat(reads).isEqualTo(listPages + TEAMS_WITH_ROLES);
    }

    @Test
    void aMemberRemovedInPagerDutyIsSeenWithoutReadingTheTeamsMembers() {
        SandboxAccount account = new SandboxAccount(CallBudgetTest.USERS);
        DesiredState desired = desired();
        assertThat(account.apply(desired).succeeded()).isTrue();
        String teamId = account.client.teams().findByName("Plain 0").get(0).id();
        String bob = account.client.users().list().stream()
                .filter(user -> user.email().equals("bob@example.com")).findFirst().orElseThrow().id();
        account.client.teams().removeMember(teamId, bob);

        Plan plan = account.plan(desired);

        assertThat(plan.steps()).extracting(PlanStep::key)
                .anySatisfy(key -> {
                    assertThat(key.kind()).isEqualTo(ResourceKind.TEAM);
                    assertThat(key.name()).isEqualTo("Plain 0");
                });
        assertThat(account.apply(desired).succeeded()).isTrue();
        assertThat(account.client.teams().members(teamId)).extracting(member -> member.user().id()).contains(bob);
    }

    private static DesiredState desired() {
        List<Team> teams = new ArrayList<>();
        List<TeamMember> plain = List.of(new TeamMember("ann@example.com", Optional.empty()),
                new TeamMember("bob@example.com", Optional.empty()));
        List<TeamMember> withRoles = List.of(new TeamMember("ann@example.com", Optional.of("manager")),
                new TeamMember("bob@example.com", Optional.empty()));
        for (int i = 0; i < TEAMS_WITHOUT_ROLES; i++) {
            teams.add(new Team("Plain " + i, Optional.empty(), Optional.empty(), Optional.of(plain), CallBudgetTest.ORIGIN));
        }
        for (int i = 0; i < TEAMS_WITH_ROLES; i++) {
            teams.add(new Team("Roles " + i, Optional.empty(), Optional.empty(), Optional.of(withRoles),
                    CallBudgetTest.ORIGIN));
        }
        return new DesiredState(RepoSettings.defaults(), teams, List.of(), List.of(), List.of(), 1);
    }
}
