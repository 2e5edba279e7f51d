package io.pdgitops.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.diff.FieldChange;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.EscalationRule;
import io.pdgitops.model.RepoSettings;
import io.pdgitops.model.Target;
import io.pdgitops.model.Team;
import io.pdgitops.model.TeamMember;
import io.pdgitops.pagerduty.dto.TagChange;
import io.pdgitops.pagerduty.dto.TagDto;
import io.pdgitops.plan.PlanStep;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Declared tags reach PagerDuty through change_tags; undeclared tags are left alone. */
class TagReconcileTest {

    private final SandboxAccount account = new SandboxAccount(CallBudgetTest.USERS);

    @Test
    void declaredTagsAreAppliedThenThePlanIsEmpty() {
        DesiredState desired = state(Optional.of(List.of("acme", "tier-1")), Optional.of(List.of("acme")));

        assertThat(account.apply(desired).succeeded()).isTrue();

        assertThat(labels("teams", "Acme Ops")).containsExactlyInAnyOrder("acme", "tier-1");
        assertThat(labels("escalation_policies", "Acme Primary")).containsExactly("acme");
        long writes = account.writes();
        assertThat(account.plan(desired).steps()).isEmpty();
        assertThat(account.apply(desired).succeeded()).isTrue();
        assertThat(account.writes()).isEqualTo(writes);
    }

    @Test
    void aChangedListIsPlannedAndAppliedAndAnEmptyListRemovesEveryTag() {
        assertThat(account.apply(state(Optional.of(List.of("acme", "tier-1")), Optional.of(List.of("acme"))))
                .succeeded()).isTrue();
        DesiredState changed = state(Optional.of(List.of("ACME", "tier-2")), Optional.of(List.of()));

        List<PlanStep> steps = account.plan(changed).steps();

        assertThat(steps).flatExtracting(PlanStep::changes).extracting(FieldChange::path).containsOnly("tags");
        assertThat(steps).extracting(step -> step.key().name()).containsExactlyInAnyOrder("Acme Ops", "Acme Primary");
        assertThat(account.apply(changed).succeeded()).isTrue();
        // "ACME" is the tag "acme" already on the team: labels match without regard to case.
        assertThat(labels("teams", "Acme Ops")).containsExactlyInAnyOrder("acme", "tier-2");
        assertThat(labels("escalation_policies", "Acme Primary")).isEmpty();
        assertThat(account.plan(changed).steps()).isEmpty();
    }

    @Test
    void anObjectWithoutTagsLeavesItsTagsAlone() {
        assertThat(account.apply(state(Optional.empty(), Optional.empty())).succeeded()).isTrue();
        String teamId = account.client.teams().findByName("Acme Ops").get(0).id();
        account.client.tags().change("teams", teamId, new TagChange(List.of(TagDto.labelled("hand-made")), List.of()));

        assertThat(account.plan(state(Optional.empty(), Optional.empty())).steps()).isEmpty();
        assertThat(account.apply(state(Optional.empty(), Optional.of(List.of("acme")))).succeeded()).isTrue();
        assertThat(labels("teams", "Acme Ops")).containsExactly("hand-made");
    }

    @Test
    void userTagsDeclaredOnAMembershipAreAppliedAndPlannedUnderTheMember() {
        String ann = "ann@example.com";
        DesiredState tagged = withMembers(List.of(new TeamMember(ann, Optional.empty(), Optional.of(List.of("on-site"))),
                new TeamMember("bob@example.com", Optional.empty())));
        assertThat(account.apply(tagged).succeeded()).isTrue();
        assertThat(userLabels(ann)).containsExactly("on-site");
        assertThat(userLabels("bob@example.com")).isEmpty();
        assertThat(account.plan(tagged).steps()).isEmpty();

        DesiredState cleared = withMembers(List.of(new TeamMember(ann, Optional.empty(), Optional.of(List.of())),
                new TeamMember("bob@example.com", Optional.empty())));
        assertThat(account.plan(cleared).steps()).flatExtracting(PlanStep::changes).extracting(FieldChange::path)
                .containsExactly("members[\"" + ann + "\"].tags");
        assertThat(account.apply(cleared).succeeded()).isTrue();
        assertThat(userLabels(ann)).isEmpty();
    }

    private List<String> userLabels(String email) {
        String id = account.client.users().findByEmail(email).orElseThrow().id();
        return account.client.tags().of("users", id).stream().map(TagDto::label).toList();
    }

    private static DesiredState withMembers(List<TeamMember> members) {
        Team team = new Team("Acme Ops", Optional.empty(), Optional.empty(), Optional.of(members), Optional.empty(),
                CallBudgetTest.ORIGIN);
        return new DesiredState(RepoSettings.defaults(), List.of(team), List.of(), List.of(), List.of(), 1);
    }

    private List<String> labels(String entityType, String name) {
        String id = entityType.equals("teams")
                ? account.client.teams().findByName(name).get(0).id()
                : account.client.escalationPolicies().findByName(name).get(0).id();
        return account.client.tags().of(entityType, id).stream().map(TagDto::label).toList();
    }

    private static DesiredState state(Optional<List<String>> teamTags, Optional<List<String>> policyTags) {
        Team team = new Team("Acme Ops", Optional.empty(), Optional.empty(), Optional.empty(), teamTags,
                CallBudgetTest.ORIGIN);
        EscalationPolicy policy = new EscalationPolicy("Acme Primary", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(List.of("Acme Ops")),
                List.of(new EscalationRule(Duration.ofMinutes(30), List.of(Target.user("ann@example.com")))),
                policyTags, CallBudgetTest.ORIGIN);
        return new DesiredState(RepoSettings.defaults(), List.of(team), List.of(), List.of(policy), List.of(), 1);
    }
}
