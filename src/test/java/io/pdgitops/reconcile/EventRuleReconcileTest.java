package io.pdgitops.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdgitops.diff.FieldChange;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.drift.DriftReport;
import io.pdgitops.drift.DriftStatus;
import io.pdgitops.load.ConfigLoader;
import io.pdgitops.load.LoadResult;
import io.pdgitops.model.DesiredState;
import io.pdgitops.pagerduty.dto.OrchestrationDto;
import io.pdgitops.pagerduty.dto.OrchestrationRuleDto;
import io.pdgitops.pagerduty.dto.OrchestrationSetDto;
import io.pdgitops.plan.Inventory;
import io.pdgitops.plan.Plan;
import io.pdgitops.plan.PlanOptions;
import io.pdgitops.plan.PlanStep;
import io.pdgitops.plan.StepAction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service's event rules and alert grouping reach the sandbox through plan and apply, and a second plan is empty. */
class EventRuleReconcileTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String POLICY = """
            kind: EscalationPolicy
            name: Kaede Primary
            rules:
              - escalation_delay: 30m
                targets: [{user: ann@example.com}]
            ---
            kind: Service
            name: Kaede Web
            escalation_policy: Kaede Primary
            ---
            """;
    private static final String DB = """
            kind: Service
            name: Kaede DB
            escalation_policy: Kaede Primary
            alert_grouping_parameters: {type: content_based, config: {aggregate: all, fields: [source], time_window: 30m}}
            event_rules:
              - label: Recovery mails open no incident
                when: "event.summary matches part 'RECOVERY'"
                suppress: true
              - label: Critical from the subject
                when: ["event.summary matches part 'CRITICAL'", "event.summary matches part 'DOWN'"]
                severity: %s
              - label: One alert per host
                variables: [{name: host, path: event.summary, value: "Host: (\\\\S+)"}]
                extractions: [{target: event.dedup_key, template: "{{variables.host}}"}]
            """;

    private final SandboxAccount account = new SandboxAccount(CallBudgetTest.USERS);

    @TempDir
    Path repo;

    @Test
    void rulesAreWrittenWithTheirServiceInOrderAndTheNextPlanIsEmpty() throws IOException {
        DesiredState desired = load("critical");

        PlanStep create = serviceStep(desired, "Kaede DB");
        assertThat(create.action()).isEqualTo(StepAction.CREATE);
        assertThat(create.changes()).extracting(FieldChange::path)
                .contains("alert_grouping_parameters", "event_rules", "event_rules[0]", "event_rules[1]", "event_rules[2]");
        assertThat(account.apply(desired).succeeded()).isTrue();

        String id = account.client.services().findByName("Kaede DB").get(0).id();
        List<OrchestrationRuleDto> rules = account.client.eventOrchestrations().ofService(id).sets().get(0).rules();
        assertThat(rules).extracting(OrchestrationRuleDto::label).containsExactly("Recovery mails open no incident",
                "Critical from the subject", "One alert per host");
        assertThat(rules.get(1).conditions()).hasSize(2);
        assertThat(rules.get(1).actions().path("severity").asText()).isEqualTo("critical");
        assertThat(rules.get(2).actions().path("variables").get(0).path("type").asText()).isEqualTo("regex");
        assertThat(account.client.eventOrchestrations().active(id)).isTrue();
        assertThat(account.client.services().get(id).alertGroupingParameters().path("config").path("time_window").asInt())
                .isEqualTo(1800);
        long writes = account.writes();
        assertThat(account.plan(desired).steps()).isEmpty();
        assertThat(account.apply(desired).succeeded()).isTrue();
        assertThat(account.writes()).isEqualTo(writes);
    }

    @Test
    void aChangedRuleIsOneFieldAndWritesTheOrchestrationNotTheService() throws IOException {
        assertThat(account.apply(load("critical")).succeeded()).isTrue();
        DesiredState changed = load("error");

        List<PlanStep> steps = account.plan(changed).steps();

        assertThat(steps).singleElement().satisfies(step -> {
            assertThat(step.action()).isEqualTo(StepAction.UPDATE);
            assertThat(step.changes()).singleElement().satisfies(change -> {
                assertThat(change.path()).isEqualTo("event_rules[1]");
                assertThat(change.desired()).hasValueSatisfying(text -> assertThat(text).contains("severity error"));
                assertThat(change.live()).hasValueSatisfying(text -> assertThat(text).contains("severity critical"));
            });
        });
        JsonNode before = account.stats().path("paths");
        assertThat(account.apply(changed).succeeded()).isTrue();
        JsonNode after = account.stats().path("paths");
        assertThat(writes(after, "/services/{id}")).isEqualTo(writes(before, "/services/{id}"));
        assertThat(account.plan(changed).steps()).isEmpty();
    }

    @Test
    void whatTheUiAddedBesideTheRulesIsDriftAndApplyRemovesIt() throws IOException {
        DesiredState desired = load("critical");
        assertThat(account.apply(desired).succeeded()).isTrue();
        String id = account.client.services().findByName("Kaede DB").get(0).id();
        OrchestrationDto live = account.client.eventOrchestrations().ofService(id);
        ObjectNode suppress = JSON.createObjectNode().put("suppress", true);
        account.client.eventOrchestrations().update(id, OrchestrationDto.write(List.of(live.sets().get(0),
                new OrchestrationSetDto("night", List.of())), new OrchestrationDto.OrchestrationCatchAll(suppress)));

        Plan plan = account.plan(desired);

        assertThat(plan.steps()).singleElement().satisfies(step -> {
            assertThat(step.changes()).extracting(FieldChange::path).containsExactly("event_rules", "event_rules.catch_all");
            assertThat(step.changes().get(0).live()).hasValueSatisfying(text -> assertThat(text).contains("night"));
            assertThat(step.changes().get(1).live()).hasValueSatisfying(text -> assertThat(text).contains("suppress"));
            assertThat(step.changes().get(1).desired()).hasValueSatisfying(text -> assertThat(text).endsWith("nothing"));
        });
        DriftReport drift = DriftReport.of(account.reconciler().plan(desired, Inventory.none(),
                PlanOptions.from(desired.settings().sync(), false)).diff());
        assertThat(drift.entries()).filteredOn(entry -> entry.status() != DriftStatus.IN_SYNC).singleElement().satisfies(entry -> {
            assertThat(entry.key().name()).isEqualTo("Kaede DB");
            assertThat(entry.changes()).extracting(FieldChange::path).containsExactly("event_rules", "event_rules.catch_all");
        });
        assertThat(account.apply(desired).succeeded()).isTrue();
        assertThat(account.client.eventOrchestrations().ofService(id).sets()).hasSize(1);
        assertThat(account.plan(desired).steps()).isEmpty();
    }

    @Test
    void aDeclaredCatchAllIsWrittenAndOneChangedInTheUiIsDriftThatApplyPutsBack() throws IOException {
        Files.writeString(repo.resolve("services.yaml"), POLICY + DB.formatted("critical")
                + "catch_all: {severity: warning, annotate: No rule matched this mail}\n");
        LoadResult loaded = ConfigLoader.load(repo);
        assertThat(loaded.violations()).isEmpty();
        DesiredState desired = loaded.state();
        assertThat(account.apply(desired).succeeded()).isTrue();
        String id = account.client.services().findByName("Kaede DB").get(0).id();
        OrchestrationDto live = account.client.eventOrchestrations().ofService(id);
        assertThat(live.catchAll().actions().path("severity").asText()).isEqualTo("warning");
        assertThat(account.plan(desired).steps()).isEmpty();
        account.client.eventOrchestrations().update(id, OrchestrationDto.write(live.sets(),
                new OrchestrationDto.OrchestrationCatchAll(JSON.createObjectNode().put("severity", "critical"))));

        Plan plan = account.plan(desired);

        assertThat(plan.steps()).singleElement().satisfies(step -> assertThat(step.changes()).singleElement()
                .satisfies(change -> {
                    assertThat(change.path()).isEqualTo("event_rules.catch_all");
                    assertThat(change.live()).hasValueSatisfying(text -> assertThat(text).contains("severity critical")
                            .doesNotContain("annotate"));
                    assertThat(change.desired()).hasValueSatisfying(text -> assertThat(text)
                            .contains("severity warning", "annotate No rule matched this mail"));
                }));
        assertThat(account.apply(desired).succeeded()).isTrue();
        assertThat(account.client.eventOrchestrations().ofService(id).catchAll().actions().path("severity").asText())
                .isEqualTo("warning");
        assertThat(account.plan(desired).steps()).isEmpty();
    }

    @Test
    void aServiceWithoutEventRulesHasItsOrchestrationNeitherReadNorWritten() throws IOException {
        DesiredState desired = load("critical");
        assertThat(account.apply(desired).succeeded()).isTrue();
        JsonNode before = account.stats().path("paths");

        assertThat(account.plan(desired).steps()).isEmpty();

        JsonNode after = account.stats().path("paths");
        String path = "/event_orchestrations/services/{service_id}";
        assertThat(after.path(path).path("reads").asLong() - before.path(path).path("reads").asLong())
                .as("one read, for Kaede DB only").isEqualTo(1);
        assertThat(after.path(path + "/active").path("reads").asLong()
                - before.path(path + "/active").path("reads").asLong()).as("its flag, for Kaede DB only").isEqualTo(1);
    }

    @Test
    void rulesSwitchedOffInTheUiAreDriftAndApplySwitchesThemOnWithoutWritingThemAgain() throws IOException {
        DesiredState desired = load("critical");
        assertThat(account.apply(desired).succeeded()).isTrue();
        String id = account.client.services().findByName("Kaede DB").get(0).id();
        account.client.eventOrchestrations().activate(id, false);

        Plan plan = account.plan(desired);

        assertThat(plan.steps()).singleElement().satisfies(step -> {
            assertThat(step.key().name()).isEqualTo("Kaede DB");
            assertThat(step.changes()).singleElement().satisfies(change -> {
                assertThat(change.path()).isEqualTo("event_rules.active");
                assertThat(change.live()).contains("false");
                assertThat(change.desired()).contains("true");
            });
        });
        DriftReport drift = DriftReport.of(account.reconciler().plan(desired, Inventory.none(),
                PlanOptions.from(desired.settings().sync(), false)).diff());
        assertThat(drift.entries()).filteredOn(entry -> entry.status() == DriftStatus.DRIFTED).singleElement()
                .satisfies(entry -> assertThat(entry.changes()).extracting(FieldChange::path)
                        .containsExactly("event_rules.active"));
        String path = "/event_orchestrations/services/{service_id}";
        JsonNode before = account.stats().path("paths");
        assertThat(account.apply(desired).succeeded()).isTrue();
        JsonNode after = account.stats().path("paths");
        assertThat(account.client.eventOrchestrations().active(id)).isTrue();
        assertThat(writes(after, path + "/active") - writes(before, path + "/active")).isEqualTo(1);
        assertThat(writes(after, path)).as("the rules are as Git says: not written").isEqualTo(writes(before, path));
        assertThat(account.plan(desired).steps()).isEmpty();
    }

    private PlanStep serviceStep(DesiredState desired, String name) {
        return account.plan(desired).steps().stream()
                .filter(step -> step.key().kind() == ResourceKind.SERVICE && step.key().name().equals(name))
                .findFirst().orElseThrow();
    }

    private DesiredState load(String severity) throws IOException {
        Files.writeString(repo.resolve("services.yaml"), POLICY + DB.formatted(severity));
        LoadResult result = ConfigLoader.load(repo);
        assertThat(result.violations()).isEmpty();
        return result.state();
    }

    private static long writes(JsonNode paths, String path) {
        return paths.path(path).path("writes").asLong();
    }
}
