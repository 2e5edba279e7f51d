package io.pdgitops.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.diff.FieldChange;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.drift.DriftReport;
import io.pdgitops.drift.DriftStatus;
import io.pdgitops.load.ConfigLoader;
import io.pdgitops.load.LoadResult;
import io.pdgitops.model.DesiredState;
import io.pdgitops.pagerduty.dto.ContactMethodDto;
import io.pdgitops.pagerduty.dto.NotificationRuleDto;
import io.pdgitops.pagerduty.dto.TagChange;
import io.pdgitops.pagerduty.dto.TagDto;
import io.pdgitops.plan.Inventory;
import io.pdgitops.plan.PlanOptions;
import io.pdgitops.plan.PlanStep;
import io.pdgitops.plan.StepAction;
import io.pdgitops.plan.render.TextPlanRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A User document's {@code tags:} are the user's whole set: planned as the {@code tags} field of the user's step,
 * applied through change_tags, empty on the next plan, and a tag added behind Git's back is drift of that user. The
 * lists the document leaves out (here all of them) stay as PagerDuty made them.
 */
class UserTagReconcileTest {

    private static final String ANN = "ann@example.com";

    private final SandboxAccount account = new SandboxAccount(CallBudgetTest.USERS);

    @TempDir
    Path repo;

    @Test
    void aUsersTagsAreOneUpdateStepThenThePlanIsEmptyAndTheRestOfTheUserStaysAsItWas() throws IOException {
        List<String> declared = List.of("Shift-Leader", "customer-acme");
        DesiredState desired = load(declared);
        String ann = account.client.users().findByEmail(ANN).orElseThrow().id();
        List<NotificationRuleDto> rulesBefore = account.client.users().notificationRules(ann).list();
        List<ContactMethodDto> methodsBefore = account.client.users().contactMethods(ann).list();

        List<PlanStep> steps = account.plan(desired).steps();

        assertThat(steps).filteredOn(step -> step.key().kind() == ResourceKind.USER).singleElement().satisfies(step -> {
            assertThat(step.key()).isEqualTo(ResourceKey.user(ANN));
            assertThat(step.action()).isEqualTo(StepAction.UPDATE);
            assertThat(step.changes()).extracting(FieldChange::path).containsExactly("tags");
        });
        assertThat(new TextPlanRenderer(false).render(account.plan(desired)))
                .contains("update User `" + ANN + "`", "tags", declared.get(0), declared.get(1));
        assertThat(account.apply(desired).succeeded()).isTrue();
        assertThat(labels(ann)).containsExactlyInAnyOrderElementsOf(declared);
        long writes = account.writes();
        assertThat(account.plan(desired).steps()).isEmpty();
        assertThat(account.apply(desired).succeeded()).isTrue();
        assertThat(account.writes()).isEqualTo(writes);
        assertThat(account.client.users().notificationRules(ann).list()).as("rules left out are not managed")
                .isEqualTo(rulesBefore);
        assertThat(account.client.users().contactMethods(ann).list()).isEqualTo(methodsBefore);
    }

    @Test
    void aTagAddedBehindGitsBackIsDriftOfTheUserAndAnEmptyListRemovesEveryTag() throws IOException {
        DesiredState desired = load(List.of("shift-leader"));
        assertThat(account.apply(desired).succeeded()).isTrue();
        String ann = account.client.users().findByEmail(ANN).orElseThrow().id();
        account.client.tags().change("users", ann, new TagChange(List.of(TagDto.labelled("hand-made")), List.of()));

        DriftReport drift = DriftReport.of(account.reconciler().plan(desired, Inventory.none(),
                PlanOptions.from(desired.settings().sync(), false)).diff());

        assertThat(drift.entries()).filteredOn(entry -> entry.status() == DriftStatus.DRIFTED)
                .singleElement().satisfies(entry -> {
                    assertThat(entry.key()).isEqualTo(ResourceKey.user(ANN));
                    assertThat(entry.changes()).singleElement().satisfies(change -> {
                        assertThat(change.path()).isEqualTo("tags");
                        assertThat(change.live()).hasValueSatisfying(live -> assertThat(live).contains("hand-made"));
                    });
                });
        assertThat(account.apply(desired).succeeded()).isTrue();
        assertThat(labels(ann)).containsExactly("shift-leader");

        DesiredState cleared = load(List.of());
        assertThat(account.plan(cleared).steps()).flatExtracting(PlanStep::changes).extracting(FieldChange::path)
                .containsExactly("tags");
        assertThat(account.apply(cleared).succeeded()).isTrue();
        assertThat(labels(ann)).isEmpty();
        assertThat(account.plan(cleared).steps()).isEmpty();
    }

    private List<String> labels(String userId) {
        return account.client.tags().of("users", userId).stream().map(TagDto::label).toList();
    }

    /** Ann's User document with these tags, and a team (made by the first apply) whose membership declares none. */
    private DesiredState load(List<String> tags) throws IOException {
        Files.writeString(repo.resolve("pd-gitops.yaml"), "manage_users: true\n");
        Files.writeString(repo.resolve("people.yaml"), "kind: User\nemail: " + ANN + "\ntags: [" + String.join(", ", tags)
                + "]\n");
        Files.writeString(repo.resolve("teams.yaml"), "kind: Team\nname: Acme Ops\nmembers:\n  - user: " + ANN + "\n");
        LoadResult result = ConfigLoader.load(repo);
        assertThat(result.violations()).isEmpty();
        return result.state();
    }
}
