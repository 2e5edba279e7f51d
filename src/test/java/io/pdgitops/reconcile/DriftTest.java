package io.pdgitops.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.diff.FieldChange;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.drift.DriftEntry;
import io.pdgitops.drift.DriftReport;
import io.pdgitops.drift.DriftStatus;
import io.pdgitops.drift.UnmanagedObject;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.ObjectKey;
import io.pdgitops.model.ObjectKind;
import io.pdgitops.pagerduty.dto.JsonNullable;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.dto.EscalationPolicyDto;
import io.pdgitops.pagerduty.dto.EscalationPolicyWrite;
import io.pdgitops.pagerduty.dto.EscalationRuleDto;
import io.pdgitops.pagerduty.dto.LayerWrite;
import io.pdgitops.pagerduty.dto.Reference;
import io.pdgitops.pagerduty.dto.ScheduleDto;
import io.pdgitops.pagerduty.dto.ScheduleLayerDto;
import io.pdgitops.pagerduty.dto.ScheduleWrite;
import io.pdgitops.pagerduty.dto.ServiceDto;
import io.pdgitops.pagerduty.dto.ServiceWrite;
import io.pdgitops.plan.Inventory;
import io.pdgitops.plan.PlanOptions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Edits made in PagerDuty's UI (here: through the API, as the UI does) show as drift, and apply heals them. */
class DriftTest {

    static final DesiredState EXAMPLE = SandboxAccount.load(SandboxAccount.EXAMPLE_REPO);
    static final String ROUND_THE_CLOCK = "Ops Tokyo/Osaka 24x7";

    SandboxAccount account;
    PagerDutyClient ui;

    @BeforeEach
    void applyTheExampleThenEditItInTheUi() {
        account = SandboxAccount.example();
        assertThat(account.apply(EXAMPLE).succeeded()).isTrue();
        ui = account.client;

        EscalationPolicyDto backup = ui.escalationPolicies().findByName("Backup Jobs").get(0);
        String kenta = ui.users().findByEmail("kenta.sato@example.com").orElseThrow().id();
        List<EscalationRuleDto> rules = List.of(backup.escalationRules().get(0),
                new EscalationRuleDto(backup.escalationRules().get(1).id(), 120, List.of(Reference.user(kenta))),
                backup.escalationRules().get(2));
        ui.escalationPolicies().update(backup.id(), new EscalationPolicyWrite(null, null, null, null, rules, null));

        ServiceDto relay = ui.services().findByName("Naniwa Clinic Mail Relay").get(0);
        ui.services().update(relay.id(), new ServiceWrite(null, null, null, null, JsonNullable.of(7200), null, null,
                null, null, null));

        ScheduleDto rota = ui.schedules().findByName(ROUND_THE_CLOCK).get(0);
        ScheduleLayerDto kept = rota.layers().get(0);
        // PagerDuty ends a layer that an update leaves out: here the roster's night shift.
        ui.schedules().update(rota.id(), new ScheduleWrite(null, null, null, List.of(new LayerWrite(kept.id(),
                kept.name(), kept.start(), null, kept.rotationVirtualStart(), kept.rotationTurnLengthSeconds(),
                kept.users(), kept.restrictions())), null));

        ServiceDto reservations = ui.services().findByName("Naniwa Clinic Reservations").get(0);
        String uptime = reservations.integrations().stream()
                .filter(integration -> integration.name().equals("Uptime checks")).findFirst().orElseThrow().id();
        ui.integrations().delete(reservations.id(), uptime);

        ui.services().create(new ServiceWrite("Shadow IT", "made in the UI", Reference.escalationPolicy(backup.id()),
                null, null, null, null, null, null, null));
    }

    @Test
    void driftNamesEveryEditedFieldWithGitAndPagerDutyValues() {
        DriftReport drift = drift();

        assertThat(drift.hasDrift()).isTrue();
        assertThat(drift.count(DriftStatus.DRIFTED)).isEqualTo(3);
        assertThat(drift.count(DriftStatus.MISSING)).isEqualTo(1);
        assertThat(changes(drift, ObjectKind.ESCALATION_POLICY, "Backup Jobs"))
                .singleElement().satisfies(change -> {
                    assertThat(change.path()).isEqualTo("rules[1].targets");
                    assertThat(change.desired()).hasValueSatisfying(v -> assertThat(v).contains("makoto.inoue@example.com"));
                    assertThat(change.live()).hasValueSatisfying(v -> assertThat(v).contains("kenta.sato@example.com"));
                });
        assertThat(changes(drift, ObjectKind.SERVICE, "Naniwa Clinic Mail Relay"))
                .containsExactly(FieldChange.of("acknowledgement_timeout", "1h", "2h"));
        assertThat(changes(drift, ObjectKind.SCHEDULE, ROUND_THE_CLOCK))
                .isNotEmpty()
                .allSatisfy(change -> {
                    assertThat(change.path()).startsWith("layers[1]");
                    assertThat(change.live()).isEmpty();
                })
                .anySatisfy(change -> assertThat(change.desired()).hasValue("\"Night shift\""));
        assertThat(entry(drift, ResourceKey.integration("Naniwa Clinic Reservations", "Uptime checks")).status())
                .isEqualTo(DriftStatus.MISSING);
        assertThat(drift.unmanaged()).extracting(UnmanagedObject::key)
                .containsExactly(ResourceKey.of(new ObjectKey(ObjectKind.SERVICE, "Shadow IT")));
        assertThat(drift.entries()).extracting(DriftEntry::key).extracting(ResourceKey::name).doesNotContain("Shadow IT");
    }

    @Test
    void applyHealsAllDriftAndLeavesTheUnmanagedServiceAlone() {
        assertThat(account.apply(EXAMPLE).succeeded()).isTrue();

        DriftReport drift = drift();

        assertThat(drift.hasDrift()).isFalse();
        assertThat(drift.count(DriftStatus.IN_SYNC)).isEqualTo(drift.entries().size());
        assertThat(drift.unmanaged()).extracting(object -> object.key().name()).containsExactly("Shadow IT");
        assertThat(ui.services().findByName("Shadow IT")).hasSize(1);
    }

    private DriftReport drift() {
        return DriftReport.of(account.reconciler().plan(EXAMPLE, Inventory.none(),
                PlanOptions.from(EXAMPLE.settings().sync(), false)).diff());
    }

    private static List<FieldChange> changes(DriftReport drift, ObjectKind kind, String name) {
        DriftEntry entry = entry(drift, ResourceKey.of(new ObjectKey(kind, name)));
        assertThat(entry.status()).isEqualTo(DriftStatus.DRIFTED);
        return entry.changes();
    }

    private static DriftEntry entry(DriftReport drift, ResourceKey key) {
        return drift.entries().stream().filter(entry -> entry.key().equals(key)).findFirst().orElseThrow();
    }
}
