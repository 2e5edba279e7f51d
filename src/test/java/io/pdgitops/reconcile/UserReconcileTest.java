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
 * A User document reaches PagerDuty as one update step of its user, a second plan is empty and writes nothing, and a
 * rule deleted behind Git's back is drift of that user and planned again. Its {@code tags:} are the user's whole set,
 * the {@code tags} field of the same step, applied through change_tags; the lists a document leaves out stay as
 * PagerDuty made them.
 */
class UserReconcileTest {

    private static final String ANN = "ann@example.com";

    private final SandboxAccount account = new SandboxAccount(CallBudgetTest.USERS);

    @TempDir
    Path repo;

    @Test
    void aUsersPhoneAndRulesAreOneUpdateStepAndThenThePlanIsEmpty() throws IOException {
        DesiredState desired = load("""
                kind: User
                email: ann@example.com
                contact_methods:
                  - {label: Work phone, type: phone, address: "+81 3-1234-5678"}
                  - {label: Work mail, type: email, address: ann@example.com}
                notification_rules:
                  - {urgency: high, after: 0m, via: Work mail}
                  - {urgency: high, after: 5m, via: Work phone}
                handoff_notifications:
                  - {when: oncall_start, advance: 30m, via: Work mail}
                """);

        List<PlanStep> steps = account.plan(desired).steps();

        assertThat(steps).singleElement().satisfies(step -> {
            assertThat(step.key().kind()).isEqualTo(ResourceKind.USER);
            assertThat(step.action()).isEqualTo(StepAction.UPDATE);
            // The login address is PagerDuty's Default method, relabelled; the rule PagerDuty made on it for high
            // urgency says what the first declared rule says and stays, its low-urgency one is declared nowhere.
            assertThat(step.changes()).extracting(FieldChange::path)
                    .containsExactly("contact_methods[\"Work phone\"]", "contact_methods[\"Work mail\"]",
                            "notification_rules", "handoff_notifications", "notification_rules");
            assertThat(step.changes().get(0).desired()).contains("phone +81 312345678");
        });
        String text = new TextPlanRenderer(false).render(account.plan(desired));
        assertThat(text).contains("update User `ann@example.com`", "+ contact_methods[\"Work phone\"]: phone +81 312345678",
                "+ notification_rules: high after 5m via Work phone",
                "+ handoff_notifications: 30m before oncall_start via Work mail",
                "- notification_rules: low after 0m via Default");
        assertThat(text).doesNotContain("notification_rules: high after 0m");
        assertThat(account.apply(desired).succeeded()).isTrue();
        long writes = account.writes();
        assertThat(account.plan(desired).steps()).isEmpty();
        assertThat(account.apply(desired).succeeded()).isTrue();
        assertThat(account.writes()).isEqualTo(writes);

        String ann = account.client.users().findByEmail(ANN).orElseThrow().id();
        List<NotificationRuleDto> rules = account.client.users().notificationRules(ann).list();
        account.client.users().notificationRules(ann).delete(rules.get(0).id());
        DriftReport drift = DriftReport.of(account.reconciler().plan(desired, Inventory.none(),
                PlanOptions.from(desired.settings().sync(), false)).diff());
        assertThat(drift.entries()).filteredOn(entry -> entry.status() == DriftStatus.DRIFTED)
                .singleElement().satisfies(entry -> {
                    assertThat(entry.key()).isEqualTo(ResourceKey.user(ANN));
                    assertThat(entry.changes()).extracting(FieldChange::path).containsExactly("notification_rules");
                });
        assertThat(account.plan(desired).steps()).singleElement()
                .satisfies(step -> assertThat(step.changes()).extracting(FieldChange::path)
                        .containsExactly("notification_rules"));
        assertThat(account.apply(desired).succeeded()).isTrue();
        assertThat(account.plan(desired).steps()).isEmpty();
        assertThat(account.client.users().contactMethods(ann).list()).extracting(ContactMethodDto::label)
                .containsExactlyInAnyOrder("Work phone", "Work mail");
    }

    @Test
    void aUsersTagsAreOneUpdateStepThenThePlanIsEmptyAndTheRestOfTheUserStaysAsItWas() throws IOException {
        List<String> declared = List.of("Shift-Leader", "customer-acme");
        DesiredState desired = tagged(declared);
        String ann = account.client.users().findByEmail(ANN).orElseThrow().id();
        List<NotificationRuleDto> rulesBefore = account.client.users().notificationRules(ann).list();
        List<ContactMethodDto> methodsBefore = account.client.users().contactMethods(ann).list();

        List<PlanStep> steps = account.plan(desired).steps();

        assertThat(steps).singleElement().satisfies(step -> {
            assertThat(step.key()).isEqualTo(ResourceKey.user(ANN));
            assertThat(step.action()).isEqualTo(StepAction.UPDATE);
            assertThat(step.changes()).extracting(FieldChange::path).containsExactly("tags");
        });
        assertThat(new TextPlanRenderer(false).render(account.plan(desired)))
                .contains("update User `" + ANN + "`", "tags", declared.get(0), declared.get(1));
        assertThat(account.apply(desired).succeeded()).isTrue();
        assertThat(tagLabels(ann)).containsExactlyInAnyOrderElementsOf(declared);
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
        DesiredState desired = tagged(List.of("shift-leader"));
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
        assertThat(tagLabels(ann)).containsExactly("shift-leader");

        DesiredState cleared = tagged(List.of());
        assertThat(account.plan(cleared).steps()).flatExtracting(PlanStep::changes).extracting(FieldChange::path)
                .containsExactly("tags");
        assertThat(account.apply(cleared).succeeded()).isTrue();
        assertThat(tagLabels(ann)).isEmpty();
        assertThat(account.plan(cleared).steps()).isEmpty();
    }

    private List<String> tagLabels(String userId) {
        return account.client.tags().of("users", userId).stream().map(TagDto::label).toList();
    }

    @Test
    void movingTagsFromAMembershipToTheUserDocumentPlansNothing() throws IOException {
        Files.writeString(repo.resolve("teams.yaml"),
                "kind: Team\nname: Acme Ops\nmembers:\n  - {user: " + ANN + ", tags: [shift-leader]}\n");
        DesiredState onMembership = load("kind: User\nemail: " + ANN + "\ncontact_methods: []\n");
        assertThat(account.apply(onMembership).succeeded()).isTrue();

        Files.writeString(repo.resolve("teams.yaml"), "kind: Team\nname: Acme Ops\nmembers:\n  - {user: " + ANN + "}\n");
        DesiredState onDocument = load("kind: User\nemail: " + ANN + "\ncontact_methods: []\ntags: [shift-leader]\n");

        assertThat(account.plan(onDocument).steps()).isEmpty();
    }

    /** Ann's User document with these tags and no other list. */
    private DesiredState tagged(List<String> tags) throws IOException {
        return load("kind: User\nemail: " + ANN + "\ntags: [" + String.join(", ", tags) + "]\n");
    }

    private DesiredState load(String user) throws IOException {
        Files.writeString(repo.resolve("pd-gitops.yaml"), "manage_users: true\n");
        Files.writeString(repo.resolve("people.yaml"), user);
        LoadResult result = ConfigLoader.load(repo);
        assertThat(result.violations()).isEmpty();
        return result.state();
    }
}
