package io.pdgitops.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.apply.ApplyResult;
import io.pdgitops.apply.StepOutcome;
import io.pdgitops.diff.FieldChange;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.drift.DriftEntry;
import io.pdgitops.drift.DriftReport;
import io.pdgitops.drift.DriftStatus;
import io.pdgitops.drift.ExportHint;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.EscalationRule;
import io.pdgitops.model.MaintenanceOccurrences;
import io.pdgitops.model.MaintenanceWindow;
import io.pdgitops.model.Origin;
import io.pdgitops.model.RepoSettings;
import io.pdgitops.model.Service;
import io.pdgitops.model.SourceLocation;
import io.pdgitops.model.Target;
import io.pdgitops.model.WindowTiming;
import io.pdgitops.pagerduty.dto.MaintenanceWindowDto;
import io.pdgitops.pagerduty.dto.MaintenanceWindowWrite;
import io.pdgitops.pagerduty.dto.Reference;
import io.pdgitops.plan.Inventory;
import io.pdgitops.plan.Plan;
import io.pdgitops.plan.PlanOptions;
import io.pdgitops.plan.PlanStep;
import io.pdgitops.plan.StepAction;
import io.pdgitops.sandbox.Faults;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Maintenance windows through plan, apply, prune and drift against the sandbox, at the real clock as it runs. */
class MaintenanceWindowSyncTest {

    static final Origin ORIGIN = Origin.at(SourceLocation.startOf("windows.yaml"));
    static final PlanOptions PRUNE = new PlanOptions(true, 100, false);
    static final PlanOptions NO_PRUNE = new PlanOptions(false, 100, false);
    static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);

    final SandboxAccount account = new SandboxAccount(CallBudgetTest.USERS);

    final MaintenanceWindow weekly = new MaintenanceWindow("Acme weekly", List.of("Acme Web", "Acme DB"),
            new WindowTiming.Weekly(List.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY), LocalTime.of(23, 0),
                    Duration.ofHours(3), ZoneId.of("Asia/Tokyo"), 2), ORIGIN);
    final MaintenanceWindow running = once("Acme running", NOW.minusHours(1), NOW.plusHours(5), "Acme DB");
    final MaintenanceWindow upgrade = once("Acme upgrade", NOW.plusDays(3), NOW.plusDays(3).plusHours(4), "Acme Web");

    @Test
    void aWindowWaitsForTheServicesItNamesInTheSamePlanAndAnApplyConverges() {
        DesiredState desired = desired(weekly, running, upgrade);

        Plan plan = plan(desired, Inventory.none(), NO_PRUNE);

        for (MaintenanceWindow window : desired.maintenanceWindows()) {
            PlanStep step = step(plan, window.name());
            assertThat(step.action()).isEqualTo(StepAction.CREATE);
            Set<String> serviceSteps = plan.steps().stream()
                    .filter(candidate -> window.services().contains(candidate.key().name()))
                    .map(PlanStep::id).collect(Collectors.toSet());
            assertThat(step.dependsOn()).containsAll(serviceSteps).hasSize(serviceSteps.size());
        }
        assertThat(apply(desired, Inventory.none(), NO_PRUNE)).isTrue();
        assertThat(plan(desired, Inventory.none(), NO_PRUNE).steps()).isEmpty();
        assertThat(openNames()).containsOnly(weekly.name(), running.name(), upgrade.name());
    }

    @Test
    void pruneDeletesOrEndsTheWindowsOfRemovedDocumentsAndLeavesWindowsItNeverMadeAlone() {
        DesiredState applied = desired(weekly, running, upgrade);
        assertThat(apply(applied, Inventory.none(), NO_PRUNE)).isTrue();
        Inventory inventory = Inventory.declaredBy(applied);
        String web = account.client.services().findByName("Acme Web").get(0).id();
        account.client.maintenanceWindows().create(new MaintenanceWindowWrite("Clicked in the UI", NOW.plusDays(1),
                NOW.plusDays(1).plusHours(1), List.of(Reference.to("service", web))));
        DesiredState kept = desired(upgrade);

        Plan withoutPrune = plan(kept, inventory, NO_PRUNE);
        assertThat(withoutPrune.steps()).isEmpty();
        assertThat(withoutPrune.notes()).anyMatch(note -> note.startsWith("would prune MaintenanceWindow `Acme weekly`"))
                .anyMatch(note -> note.startsWith("would prune MaintenanceWindow `Acme running`"));

        Plan pruning = plan(kept, inventory, PRUNE);
        assertThat(pruning.steps()).extracting(step -> step.key().name()).containsExactlyInAnyOrder(weekly.name(),
                running.name());
        assertThat(pruning.steps()).extracting(PlanStep::action).containsOnly(StepAction.DELETE);
        assertThat(step(pruning, weekly.name()).changes()).as("every week of the rule is listed")
                .hasSize((int) openWindows().stream().filter(window -> window.description().equals(weekly.name())).count())
                .allSatisfy(change -> assertThat(change.desired()).isEmpty());

        assertThat(apply(kept, inventory, PRUNE)).isTrue();
        assertThat(openNames()).containsOnly(upgrade.name(), "Clicked in the UI");
        assertThat(plan(kept, Inventory.declaredBy(kept), PRUNE).steps()).isEmpty();
    }

    @Test
    void anApplyCutOffAfterEachWindowWriteThenRunAgainMakesEveryWindowOnce() {
        DesiredState desired = desired(weekly, upgrade);
        int windows = MaintenanceOccurrences.of(desired.maintenanceWindows(), Instant.now()).size();
        for (int writes = 0; writes <= windows; writes++) {
            SandboxAccount fresh = new SandboxAccount(CallBudgetTest.USERS);
            assertThat(fresh.apply(desired()).succeeded()).isTrue();
            Reconciler.Planned planned = fresh.reconciler().plan(desired, Inventory.none(), NO_PRUNE);

            ApplyResult cut = new Reconciler(CrashSafetyTest.crashingClient(fresh, writes), Clock.systemUTC(), 1)
                    .apply(planned, outcome -> { });
            ApplyResult resumed = fresh.apply(desired);

            assertThat(cut.succeeded()).as("cut after %d of %d window writes", writes, windows)
                    .isEqualTo(writes >= windows);
            assertThat(resumed.succeeded()).isTrue();
            assertThat(CrashSafetyTest.duplicateNames(fresh.client)).isEmpty();
            assertThat(fresh.client.maintenanceWindows().list()).hasSize(windows);
            assertThat(fresh.plan(desired).steps()).isEmpty();
        }
    }

    @Test
    void windowsWhoseCreateAnswersAreLostAreAdoptedNotMadeTwice() {
        DesiredState desired = desired(weekly, upgrade);
        assertThat(apply(desired(), Inventory.none(), NO_PRUNE)).isTrue();
        Reconciler.Planned planned = account.reconciler().plan(desired, Inventory.none(), NO_PRUNE);
        account.faults(new Faults(0, 0, 0, 0, 0, true, 1, 1.0, 502));

        ApplyResult result = account.reconciler().apply(planned, outcome -> { });
        account.faults(Faults.NONE);

        assertThat(result.succeeded()).isTrue();
        assertThat(result.outcomes()).extracting(StepOutcome::adopted).containsOnly(true)
                .hasSize(desired.maintenanceWindows().size());
        assertThat(CrashSafetyTest.duplicateNames(account.client)).isEmpty();
        assertThat(account.plan(desired).steps()).isEmpty();
    }

    @Test
    void windowsAreReadForPruneWhenGitDeclaresNoneAnyMoreButTheLastApplyRecordedSome() {
        DesiredState applied = desired(weekly);
        assertThat(apply(applied, Inventory.none(), NO_PRUNE)).isTrue();
        DesiredState none = desired();

        assertThat(plan(none, Inventory.none(), PRUNE).steps()).as("nothing recorded, nothing read or pruned").isEmpty();
        Plan pruning = plan(none, Inventory.declaredBy(applied), PRUNE);

        assertThat(pruning.steps()).singleElement().satisfies(step -> {
            assertThat(step.key()).isEqualTo(ResourceKey.window(weekly.name()));
            assertThat(step.action()).isEqualTo(StepAction.DELETE);
        });
        assertThat(apply(none, Inventory.declaredBy(applied), PRUNE)).isTrue();
        assertThat(openNames()).isEmpty();
    }

    @Test
    void driftShowsAChangedWindowAndAMissingWeekAndApplyHealsThem() {
        DesiredState desired = desired(weekly, upgrade);
        assertThat(apply(desired, Inventory.none(), NO_PRUNE)).isTrue();
        List<MaintenanceWindowDto> live = openWindows();
        MaintenanceWindowDto upgraded = live.stream().filter(window -> window.description().equals(upgrade.name()))
                .findFirst().orElseThrow();
        OffsetDateTime later = upgraded.endTime().plusHours(1);
        account.client.maintenanceWindows().update(upgraded.id(),
                new MaintenanceWindowWrite(null, null, later, null));
        MaintenanceWindowDto week = live.stream().filter(window -> window.description().equals(weekly.name()))
                .reduce((first, second) -> second).orElseThrow();
        account.client.maintenanceWindows().delete(week.id());

        DriftReport drift = DriftReport.of(account.reconciler()
                .plan(desired, Inventory.none(), NO_PRUNE).diff());

        assertThat(drift.hasDrift()).isTrue();
        assertThat(entry(drift, upgrade.name())).satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(DriftStatus.DRIFTED);
            assertThat(entry.changes()).singleElement().satisfies(change -> {
                assertThat(change.path()).endsWith(".end");
                assertThat(change.live()).contains(later.toInstant().toString());
            });
        });
        assertThat(entry(drift, weekly.name())).satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(DriftStatus.DRIFTED);
            assertThat(entry.changes()).singleElement().extracting(FieldChange::path)
                    .isEqualTo("windows[" + week.startTime().toInstant() + "]");
        });

        assertThat(apply(desired, Inventory.none(), NO_PRUNE)).isTrue();
        assertThat(DriftReport.of(account.reconciler().plan(desired, Inventory.none(), NO_PRUNE).diff()).hasDrift())
                .isFalse();
    }

    @Test
    void driftListsWindowsNoDocumentDeclaresOncePerDescriptionWithTheExportOfThatDescription() {
        DesiredState desired = desired(upgrade);
        assertThat(apply(desired, Inventory.none(), NO_PRUNE)).isTrue();
        String web = account.client.services().findByName("Acme Web").get(0).id();
        String db = account.client.services().findByName("Acme DB").get(0).id();
        List<String> clicked = new ArrayList<>();
        for (int week = 1; week <= 2; week++) {
            clicked.add(account.client.maintenanceWindows().create(new MaintenanceWindowWrite("Clicked in the UI",
                    NOW.plusWeeks(week), NOW.plusWeeks(week).plusHours(1),
                    List.of(Reference.to("service", week == 1 ? web : db)))).id());
        }

        DriftReport drift = DriftReport.of(account.reconciler().plan(desired, Inventory.none(), NO_PRUNE).diff());

        assertThat(drift.unmanaged()).filteredOn(object -> object.key().kind() == ResourceKind.MAINTENANCE_WINDOW)
                .singleElement().satisfies(object -> {
                    assertThat(object.key()).isEqualTo(ResourceKey.window("Clicked in the UI"));
                    assertThat(object.liveId().split(", ")).containsExactlyInAnyOrderElementsOf(clicked);
                    assertThat(ExportHint.command(object))
                            .isEqualTo("pd-gitops export --kind MaintenanceWindow --name-regex '^Clicked in the UI$' adopted");
                });
        assertThat(entry(drift, upgrade.name()).status()).isEqualTo(DriftStatus.IN_SYNC);
    }

    private static MaintenanceWindow once(String name, OffsetDateTime start, OffsetDateTime end, String... services) {
        return new MaintenanceWindow(name, List.of(services), new WindowTiming.Once(start, end), ORIGIN);
    }

    private static DesiredState desired(MaintenanceWindow... windows) {
        EscalationPolicy policy = new EscalationPolicy("Acme policy", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(),
                List.of(new EscalationRule(Duration.ofMinutes(30), List.of(Target.user("ann@example.com")))), ORIGIN);
        List<Service> services = List.of(service("Acme Web"), service("Acme DB"));
        return new DesiredState(RepoSettings.defaults(), List.of(), List.of(), List.of(policy), services, 1, List.of(),
                List.of(windows));
    }

    private static Service service(String name) {
        return new Service(name, Optional.empty(), "Acme policy", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), ORIGIN);
    }

    private Plan plan(DesiredState desired, Inventory inventory, PlanOptions options) {
        return account.reconciler().plan(desired, inventory, options).plan();
    }

    private boolean apply(DesiredState desired, Inventory inventory, PlanOptions options) {
        Reconciler reconciler = account.reconciler();
        return reconciler.apply(reconciler.plan(desired, inventory, options), outcome -> { }).succeeded();
    }

    private List<MaintenanceWindowDto> openWindows() {
        Instant now = Instant.now();
        return account.client.maintenanceWindows().list().stream()
                .filter(window -> window.endTime().toInstant().isAfter(now)).toList();
    }

    private Set<String> openNames() {
        return openWindows().stream().map(MaintenanceWindowDto::description).collect(Collectors.toSet());
    }

    private static PlanStep step(Plan plan, String window) {
        return plan.steps().stream().filter(step -> step.key().equals(ResourceKey.window(window))).findFirst()
                .orElseThrow(() -> new AssertionError("no step for window " + window + " in " + plan.steps()));
    }

    private static DriftEntry entry(DriftReport drift, String window) {
        return drift.entries().stream().filter(entry -> entry.key().equals(ResourceKey.window(window))).findFirst()
                .orElseThrow();
    }
}
