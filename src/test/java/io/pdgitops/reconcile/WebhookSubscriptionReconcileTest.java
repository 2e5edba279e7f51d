package io.pdgitops.reconcile;

import static io.pdgitops.reconcile.WebhookSubscriptionStates.KEY_VALUE;
import static io.pdgitops.reconcile.WebhookSubscriptionStates.TICKETING;
import static io.pdgitops.reconcile.WebhookSubscriptionStates.ticketing;
import static io.pdgitops.reconcile.WebhookSubscriptionStates.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.apply.ApplyResult;
import io.pdgitops.diff.FieldChange;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.diff.WebhookSubscriptionFields;
import io.pdgitops.drift.DriftReport;
import io.pdgitops.drift.DriftStatus;
import io.pdgitops.drift.UnmanagedObject;
import io.pdgitops.model.DesiredState;
import io.pdgitops.pagerduty.dto.DeliveryMethodDto;
import io.pdgitops.pagerduty.dto.OAuthClientWrite;
import io.pdgitops.pagerduty.dto.Reference;
import io.pdgitops.pagerduty.dto.WebhookSubscriptionDto;
import io.pdgitops.plan.Inventory;
import io.pdgitops.plan.Plan;
import io.pdgitops.plan.PlanOptions;
import io.pdgitops.plan.PlanStep;
import io.pdgitops.plan.StepAction;
import io.pdgitops.sandbox.Faults;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Declared webhook subscriptions reach PagerDuty after the services they filter on, and a second plan is empty. */
class WebhookSubscriptionReconcileTest {

    private static final PlanOptions OPTIONS = new PlanOptions(false, 10, false);
    private static final String OAUTH_SECRET = "oauth-client-secret-3e9f";

    private final SandboxAccount account = new SandboxAccount(CallBudgetTest.USERS);
    private final Reconciler reconciler = account.reconciler().withEnvironment(WebhookSubscriptionStates.ENVIRONMENT);

    @Test
    void aSubscriptionIsCreatedAfterItsServiceWithItsHeaderThenThePlanIsEmpty() {
        DesiredState desired = with(ticketing());

        List<PlanStep> steps = plan(desired).steps();
        PlanStep create = steps.stream().filter(step -> step.key().kind() == ResourceKind.WEBHOOK_SUBSCRIPTION)
                .findFirst().orElseThrow();
        assertThat(steps).last().isEqualTo(create);
        assertThat(create.changes()).extracting(FieldChange::path)
                .containsExactly("url", "events", "filter", "active", "custom_headers");
        assertThat(create.dependsOn()).singleElement().isEqualTo(steps.stream()
                .filter(step -> step.key().name().equals("Kaede DB")).findFirst().orElseThrow().id());

        assertThat(apply(desired).succeeded()).isTrue();

        WebhookSubscriptionDto live = live();
        assertThat(live.deliveryMethod().url()).isEqualTo(ticketing().url());
        assertThat(live.events()).containsExactlyInAnyOrderElementsOf(ticketing().events());
        assertThat(live.filter().id()).isEqualTo(account.client.services().findByName("Kaede DB").get(0).id());
        assertThat(live.deliveryMethod().customHeaders()).singleElement()
                .satisfies(header -> assertThat(header.name()).isEqualTo("X-Api-Key"));
        long writes = account.writes();
        assertThat(plan(desired).steps()).isEmpty();
        assertThat(apply(desired).succeeded()).isTrue();
        assertThat(account.writes()).isEqualTo(writes);
    }

    @Test
    void changedEventsAreOneUpdateOfTheSameSubscription() {
        assertThat(apply(with(ticketing())).succeeded()).isTrue();
        String id = live().id();
        DesiredState changed = with(ticketing(ticketing().url(), List.of("incident.resolved"), Optional.of(false)));

        Plan plan = plan(changed);

        assertThat(plan.steps()).singleElement().satisfies(step -> {
            assertThat(step.action()).isEqualTo(StepAction.UPDATE);
            assertThat(step.changes()).extracting(FieldChange::path).containsExactly("events", "active");
        });
        assertThat(plan.notes()).noneMatch(note -> note.contains("replaced"));
        assertThat(apply(changed).succeeded()).isTrue();
        assertThat(live().id()).isEqualTo(id);
        assertThat(live().active()).isFalse();
        assertThat(plan(changed).steps()).isEmpty();
    }

    @Test
    void aNewUrlReplacesTheSubscriptionAndThePlanSaysItGetsANewSecret() {
        assertThat(apply(with(ticketing())).succeeded()).isTrue();
        String id = live().id();
        DesiredState moved = with(ticketing("https://new-tickets.kaede.example/pd", ticketing().events(),
                Optional.of(true)));

        Plan plan = plan(moved);

        assertThat(plan.steps()).singleElement().satisfies(step ->
                assertThat(step.changes()).extracting(FieldChange::path).containsExactly("url"));
        assertThat(plan.notes()).anyMatch(note -> note.contains(TICKETING) && note.contains("new signing secret"));
        assertThat(apply(moved).succeeded()).isTrue();
        assertThat(account.client.webhookSubscriptions().list()).singleElement().satisfies(live -> {
            assertThat(live.id()).isNotEqualTo(id);
            assertThat(live.deliveryMethod().url()).isEqualTo("https://new-tickets.kaede.example/pd");
        });
        assertThat(plan(moved).steps()).isEmpty();
    }

    @Test
    void aSubscriptionPagerDutyDisabledIsDriftAndApplyEnablesItWithoutAnUpdate() {
        DesiredState desired = with(ticketing());
        assertThat(apply(desired).succeeded()).isTrue();
        String id = live().id();
        account.disableWebhookSubscription(id);

        Reconciler.Planned planned = reconciler.plan(desired, Inventory.none(), OPTIONS);

        FieldChange reenable = FieldChange.of(WebhookSubscriptionFields.TEMPORARILY_DISABLED, "false", "true");
        assertThat(planned.plan().steps()).singleElement().satisfies(step -> {
            assertThat(step.action()).isEqualTo(StepAction.UPDATE);
            assertThat(step.liveId()).contains(id);
            assertThat(step.changes()).containsExactly(reenable);
        });
        assertThat(planned.plan().notes()).anyMatch(note -> note.contains(TICKETING) && note.contains("disabled by PagerDuty"));
        assertThat(DriftReport.of(planned.diff()).entries())
                .filteredOn(entry -> entry.key().kind() == ResourceKind.WEBHOOK_SUBSCRIPTION).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.status()).isEqualTo(DriftStatus.DRIFTED);
                    assertThat(entry.changes()).containsExactly(reenable);
                });
        long updatesBefore = writesTo("/webhook_subscriptions/{id}");

        assertThat(reconciler.apply(planned, outcome -> { }).succeeded()).isTrue();

        assertThat(live().deliveryMethod().temporarilyDisabled()).isFalse();
        assertThat(live().id()).isEqualTo(id);
        assertThat(writesTo("/webhook_subscriptions/{id}/enable")).isEqualTo(1);
        assertThat(writesTo("/webhook_subscriptions/{id}")).isEqualTo(updatesBefore);
        assertThat(plan(desired).steps()).isEmpty();
    }

    @Test
    void aDisabledSubscriptionWithChangedEventsIsUpdatedAndEnabledByTheApplyAfterOneCutShort() {
        assertThat(apply(with(ticketing())).succeeded()).isTrue();
        account.disableWebhookSubscription(live().id());
        DesiredState changed = with(ticketing(ticketing().url(), List.of("incident.acknowledged"), Optional.of(true)));
        account.faults(new Faults(0, 0, 0, 0, 0, true, 7, 1.0, 504));

        apply(changed);
        account.faults(Faults.NONE);

        assertThat(apply(changed).succeeded()).isTrue();
        assertThat(live().deliveryMethod().temporarilyDisabled()).isFalse();
        assertThat(live().events()).containsExactly("incident.acknowledged");
        assertThat(plan(changed).steps()).isEmpty();
    }

    @Test
    void ignoringTheFlagLeavesADisabledSubscriptionAlone() {
        DesiredState desired = with(ticketing());
        assertThat(apply(desired).succeeded()).isTrue();
        account.disableWebhookSubscription(live().id());
        DesiredState ignoring = WebhookSubscriptionStates.ignoring(desired, WebhookSubscriptionFields.TEMPORARILY_DISABLED);

        assertThat(plan(ignoring).steps()).isEmpty();
        assertThat(plan(desired).steps()).hasSize(1);
    }

    @Test
    void aSubscriptionNamesAnOAuthClientMadeInPagerDutyAndMovesToAnotherWithOneUpdate() {
        String first = account.client.oauthClients().create(OAuthClientWrite.clientCredentials("Kaede ITSM",
                "pagerduty", OAUTH_SECRET, null, "https://itsm.kaede.example/token")).id();
        String second = account.client.oauthClients().create(OAuthClientWrite.clientCredentials("Kaede ITSM (new)",
                "pagerduty", OAUTH_SECRET, null, "https://itsm.kaede.example/token")).id();
        DesiredState desired = with(WebhookSubscriptionStates.withOAuthClient(ticketing(), "Kaede ITSM"));

        assertThat(apply(desired).succeeded()).isTrue();

        assertThat(live().oauthClient().id()).isEqualTo(first);
        assertThat(plan(desired).steps()).isEmpty();
        String id = live().id();
        DesiredState moved = with(WebhookSubscriptionStates.withOAuthClient(ticketing(), "Kaede ITSM (new)"));
        assertThat(plan(moved).steps()).singleElement().satisfies(step -> {
            assertThat(step.action()).isEqualTo(StepAction.UPDATE);
            assertThat(step.changes()).containsExactly(
                    FieldChange.of("oauth_client", "\"Kaede ITSM (new)\"", "\"Kaede ITSM\""));
        });
        assertThat(apply(moved).succeeded()).isTrue();
        assertThat(live().id()).isEqualTo(id);
        assertThat(live().oauthClient().id()).isEqualTo(second);
        assertThat(plan(moved).steps()).isEmpty();
    }

    @Test
    void aReplacementKeepsTheOAuthClientGitLeavesUnmanaged() {
        assertThat(apply(with(ticketing())).succeeded()).isTrue();
        String oauth = account.client.oauthClients().create(OAuthClientWrite.clientCredentials("Kaede ITSM",
                "pagerduty", OAUTH_SECRET, null, "https://itsm.kaede.example/token")).id();
        String old = live().id();
        account.client.webhookSubscriptions().update(old,
                WebhookSubscriptionDto.update(null, null, null, null).withOAuthClientId(oauth));
        DesiredState moved = with(ticketing("https://new-tickets.kaede.example/pd", ticketing().events(),
                Optional.of(true)));

        assertThat(apply(moved).succeeded()).isTrue();

        assertThat(live().id()).isNotEqualTo(old);
        assertThat(live().deliveryMethod().url()).isEqualTo("https://new-tickets.kaede.example/pd");
        assertThat(live().oauthClient().id()).isEqualTo(oauth);
        assertThat(plan(moved).steps()).isEmpty();
    }

    @Test
    void aReplacementNamingAnOAuthClientPagerDutyLacksFailsBeforeTheOldSubscriptionIsDeleted() {
        assertThat(apply(with(ticketing())).succeeded()).isTrue();
        String old = live().id();
        DesiredState moved = with(WebhookSubscriptionStates.withOAuthClient(ticketing(
                "https://new-tickets.kaede.example/pd", ticketing().events(), Optional.of(true)), "Kaede ISTM"));

        assertThat(apply(moved).succeeded()).isFalse();

        assertThat(account.client.webhookSubscriptions().list()).singleElement()
                .satisfies(kept -> assertThat(kept.id()).isEqualTo(old));
    }

    @Test
    void anOAuthClientPagerDutyDoesNotHaveFailsTheStepNamingItAndCreatesNothing() {
        account.client.oauthClients().create(OAuthClientWrite.clientCredentials("Kaede ITSM", "pagerduty",
                OAUTH_SECRET, null, "https://itsm.kaede.example/token"));
        DesiredState desired = with(WebhookSubscriptionStates.withOAuthClient(ticketing(), "Kaede ISTM"));

        ApplyResult result = apply(desired);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.outcomes()).filteredOn(outcome -> outcome.error().isPresent()).singleElement()
                .satisfies(outcome -> assertThat(outcome.error().orElseThrow())
                        .contains("no OAuth client named `Kaede ISTM`", "`Kaede ITSM`").doesNotContain(OAUTH_SECRET));
        assertThat(account.client.webhookSubscriptions().list()).isEmpty();
    }

    @Test
    void aMissingVariableFailsTheStepNamingTheVariableAndNothingIsCreated() {
        Reconciler bare = account.reconciler().withEnvironment(name -> Optional.empty());
        DesiredState desired = with(ticketing());

        ApplyResult result = bare.apply(bare.plan(desired, Inventory.none(), OPTIONS), outcome -> { });

        assertThat(result.succeeded()).isFalse();
        assertThat(result.outcomes()).filteredOn(outcome -> outcome.error().isPresent()).singleElement()
                .satisfies(outcome -> assertThat(outcome.error().orElseThrow())
                        .contains(WebhookSubscriptionStates.KEY_VARIABLE).doesNotContain(KEY_VALUE));
        assertThat(account.client.webhookSubscriptions().list()).isEmpty();
    }

    @Test
    void aReplacementWhoseHeaderVariableIsMissingLeavesTheOldSubscriptionDelivering() {
        assertThat(apply(with(ticketing())).succeeded()).isTrue();
        WebhookSubscriptionDto before = live();
        Reconciler bare = account.reconciler().withEnvironment(name -> Optional.empty());
        DesiredState moved = with(ticketing("https://new-tickets.kaede.example/pd", ticketing().events(),
                Optional.of(true)));

        ApplyResult result = bare.apply(bare.plan(moved, Inventory.none(), OPTIONS), outcome -> { });

        assertThat(result.succeeded()).isFalse();
        assertThat(account.client.webhookSubscriptions().list()).singleElement().satisfies(live -> {
            assertThat(live.id()).isEqualTo(before.id());
            assertThat(live.deliveryMethod().url()).isEqualTo(before.deliveryMethod().url());
        });
        assertThat(apply(moved).succeeded()).as("with the variable set, the replacement goes through").isTrue();
        assertThat(live().deliveryMethod().url()).isEqualTo("https://new-tickets.kaede.example/pd");
    }

    @Test
    void aCreateWhoseAnswerIsLostIsAdoptedNotMadeTwice() {
        DesiredState desired = with(ticketing());
        assertThat(apply(with()).succeeded()).isTrue();
        account.faults(new Faults(0, 0, 0, 0, 0, true, 7, 1.0, 504));

        apply(desired);
        account.faults(Faults.NONE);
        assertThat(apply(desired).succeeded()).isTrue();

        assertThat(account.client.webhookSubscriptions().list()).hasSize(1);
        assertThat(plan(desired).steps()).isEmpty();
    }

    @Test
    void aRecordedSubscriptionNoLongerDeclaredIsPrunedAndAHandMadeOneIsListedAsUnmanaged() {
        DesiredState declared = with(ticketing());
        assertThat(apply(declared).succeeded()).isTrue();
        String handMade = account.client.webhookSubscriptions().create(WebhookSubscriptionDto.create("Made by hand",
                DeliveryMethodDto.http("https://elsewhere.example", null),
                List.of("incident.triggered"), new Reference(null, "account_reference", null),
                null)).id();
        DesiredState removed = with();
        PlanOptions prune = new PlanOptions(true, 10, false);

        Reconciler.Planned planned = reconciler.plan(removed, Inventory.declaredBy(declared), prune);

        assertThat(DriftReport.of(planned.diff()).unmanaged())
                .extracting(UnmanagedObject::liveId).contains(handMade);
        assertThat(planned.plan().steps()).singleElement().satisfies(step -> {
            assertThat(step.action()).isEqualTo(StepAction.DELETE);
            assertThat(step.key().name()).isEqualTo(TICKETING);
        });
        assertThat(reconciler.apply(planned, outcome -> { }).succeeded()).isTrue();
        assertThat(account.client.webhookSubscriptions().list()).extracting(WebhookSubscriptionDto::id)
                .containsExactly(handMade);
        assertThat(reconciler.plan(removed, Inventory.declaredBy(removed), prune).plan().steps()).isEmpty();
        assertThat(reconciler.plan(removed, Inventory.none(), prune).plan().steps()).isEmpty();
    }

    private long writesTo(String route) {
        return account.stats().path("paths").path(route).path("writes").asLong();
    }

    private WebhookSubscriptionDto live() {
        return account.client.webhookSubscriptions().findByName(TICKETING).get(0);
    }

    private Plan plan(DesiredState desired) {
        return reconciler.plan(desired, Inventory.none(), OPTIONS).plan();
    }

    private ApplyResult apply(DesiredState desired) {
        return reconciler.apply(reconciler.plan(desired, Inventory.none(), OPTIONS), outcome -> { });
    }

}
