package io.pdgitops.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.load.ConfigLoader;
import io.pdgitops.load.LoadResult;
import io.pdgitops.model.DesiredState;
import io.pdgitops.plan.Inventory;
import io.pdgitops.plan.Plan;
import io.pdgitops.plan.PlanOptions;
import io.pdgitops.plan.PlanStatus;
import io.pdgitops.plan.StepAction;
import io.pdgitops.plan.render.MarkdownPlanRenderer;
import io.pdgitops.plan.render.TextPlanRenderer;
import io.pdgitops.reconcile.Reconciler.Planned;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Removing {@code event_rules:} from a service that the last apply wrote rules to resets its orchestration, the way
 * prune deletes an object Git stopped declaring: only with a record of that apply, only with prune on, within
 * {@code max_deletions}, and never for a service that is itself gone.
 */
class EventRulePruneTest {

    private static final PlanOptions PRUNE = new PlanOptions(true, 10, false);
    private static final String RULES_PATH = "/event_orchestrations/services/{service_id}";
    private static final String BASE = """
            kind: EscalationPolicy
            name: Mail Primary
            rules:
              - escalation_delay: 30m
                targets: [{user: ann@example.com}]
            ---
            kind: Service
            name: Mail Web
            escalation_policy: Mail Primary
            """;
    private static final String MAIL_DB = """
            ---
            kind: Service
            name: Mail DB
            escalation_policy: Mail Primary
            """;
    private static final String RULES = """
            event_rules:
              - label: Recovery mails open no incident
                when: "event.summary matches part 'RECOVERY'"
                suppress: true
              - label: Critical from the subject
                when: "event.summary matches part 'CRITICAL'"
                severity: critical
            """;

    private final SandboxAccount account = new SandboxAccount(CallBudgetTest.USERS);

    @TempDir
    Path repo;

    @Test
    void rulesNoLongerDeclaredAreResetInAStepThatSaysSoAndTheNextPlanIsEmpty() throws IOException {
        DesiredState declared = applied(BASE + MAIL_DB + RULES);
        DesiredState removed = load(BASE + MAIL_DB);
        String id = account.client.services().findByName("Mail DB").get(0).id();

        Planned planned = account.reconciler().plan(removed, Inventory.declaredBy(declared), PRUNE);

        assertThat(planned.plan().steps()).singleElement().satisfies(step -> {
            assertThat(step.action()).isEqualTo(StepAction.DELETE);
            assertThat(step.key()).isEqualTo(ResourceKey.eventRules("Mail DB"));
            assertThat(step.liveId()).contains(id);
            assertThat(step.changes()).singleElement().satisfies(change -> {
                assertThat(change.path()).isEqualTo("event_rules");
                assertThat(change.live()).contains("2 rules");
                assertThat(change.desired()).hasValueSatisfying(text -> assertThat(text).contains("no longer declared"));
            });
        });
        assertThat(new TextPlanRenderer(false).render(planned.plan()))
                .contains("reset event rules of Service `Mail DB` [" + id + "] (no longer declared)");
        assertThat(new MarkdownPlanRenderer().render(planned.plan()))
                .contains("| 1 | reset | event rules of Service `Mail DB`");
        assertThat(account.reconciler().apply(planned, outcome -> { }).succeeded()).isTrue();
        assertThat(account.client.eventOrchestrations().ofService(id).sets()).singleElement()
                .satisfies(set -> assertThat(set.rules()).isEmpty());

        // A run cut off after the reset keeps the old record: the next plan reads the rules again and finds none.
        assertThat(account.reconciler().plan(removed, Inventory.declaredBy(declared), PRUNE).plan().steps()).isEmpty();
        JsonNode before = account.stats().path("paths");
        assertThat(account.reconciler().plan(removed, Inventory.declaredBy(removed), PRUNE).plan().steps()).isEmpty();
        assertThat(reads(account.stats().path("paths")) - reads(before)).as("rules no longer recorded are not read")
                .isZero();
    }

    @Test
    void aRunCutOffBeforeTheResetResetsOnTheNextApply() throws IOException {
        DesiredState declared = applied(BASE + MAIL_DB + RULES);
        DesiredState removed = load(BASE + MAIL_DB);
        Planned cutOff = account.reconciler().plan(removed, Inventory.declaredBy(declared), PRUNE);
        assertThat(cutOff.plan().steps()).hasSize(1);

        // Nothing written, nothing recorded: the same record plans the same reset.
        Planned next = account.reconciler().plan(removed, Inventory.declaredBy(declared), PRUNE);

        assertThat(next.plan().steps()).extracting(step -> step.key()).containsExactly(ResourceKey.eventRules("Mail DB"));
        assertThat(account.reconciler().apply(next, outcome -> { }).succeeded()).isTrue();
        assertThat(account.reconciler().plan(removed, Inventory.declaredBy(declared), PRUNE).plan().steps()).isEmpty();
    }

    @Test
    void withPruneOffTheResetIsANoteAndMaxDeletionsCountsIt() throws IOException {
        DesiredState declared = applied(BASE + MAIL_DB + RULES);
        DesiredState removed = load(BASE + MAIL_DB);

        Plan off = account.reconciler().plan(removed, Inventory.declaredBy(declared), new PlanOptions(false, 10, false))
                .plan();
        Plan guarded = account.reconciler().plan(removed, Inventory.declaredBy(declared), new PlanOptions(true, 0, false))
                .plan();

        assertThat(off.steps()).isEmpty();
        assertThat(off.notes()).anySatisfy(note -> assertThat(note)
                .startsWith("would prune event rules of Service `Mail DB`").endsWith("(prune disabled)"));
        assertThat(guarded.status()).isEqualTo(PlanStatus.REFUSED);
        assertThat(guarded.summary().delete()).isEqualTo(1);
    }

    @Test
    void aServiceThatIsItselfGoneNeedsNoReset() throws IOException {
        DesiredState declared = applied(BASE + MAIL_DB + RULES);
        DesiredState removed = load(BASE);

        Plan plan = account.reconciler().plan(removed, Inventory.declaredBy(declared), PRUNE).plan();

        assertThat(plan.steps()).singleElement().satisfies(step -> {
            assertThat(step.action()).isEqualTo(StepAction.DELETE);
            assertThat(step.key().kind()).isEqualTo(ResourceKind.SERVICE);
            assertThat(step.key().name()).isEqualTo("Mail DB");
        });
    }

    @Test
    void aRecordWithoutRulesNeverResetsThem() throws IOException {
        DesiredState declared = applied(BASE + MAIL_DB + RULES);
        DesiredState removed = load(BASE + MAIL_DB);
        // As a state written before rules were recorded reads: every object, but no EventRules entry.
        Inventory older = Inventory.of(Inventory.declaredBy(declared).keys().stream()
                .filter(key -> key.kind() != ResourceKind.EVENT_RULES).collect(Collectors.toList()));

        assertThat(account.reconciler().plan(removed, older, PRUNE).plan().steps()).isEmpty();
        assertThat(account.reconciler().plan(removed, Inventory.none(), PRUNE).plan().steps()).isEmpty();
        String id = account.client.services().findByName("Mail DB").get(0).id();
        assertThat(account.client.eventOrchestrations().ofService(id).sets().get(0).rules()).hasSize(2);
    }

    @Test
    void rulesStillDeclaredAreRecordedAndNeverReset() throws IOException {
        DesiredState declared = applied(BASE + MAIL_DB + RULES);

        assertThat(Inventory.declaredBy(declared).keys()).contains(ResourceKey.eventRules("Mail DB"))
                .doesNotContain(ResourceKey.eventRules("Mail Web"));
        assertThat(account.reconciler().plan(declared, Inventory.declaredBy(declared), PRUNE).plan().steps()).isEmpty();
    }

    private DesiredState applied(String yaml) throws IOException {
        DesiredState desired = load(yaml);
        assertThat(account.apply(desired).succeeded()).isTrue();
        return desired;
    }

    private DesiredState load(String yaml) throws IOException {
        Files.writeString(repo.resolve("services.yaml"), yaml);
        LoadResult result = ConfigLoader.load(repo);
        assertThat(result.violations()).isEmpty();
        return result.state();
    }

    private static long reads(JsonNode paths) {
        return paths.path(RULES_PATH).path("reads").asLong() + paths.path(RULES_PATH + "/active").path("reads").asLong();
    }
}
