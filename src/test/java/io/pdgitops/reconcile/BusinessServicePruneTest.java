package io.pdgitops.reconcile;

import static io.pdgitops.reconcile.BusinessServiceStates.BANKING;
import static io.pdgitops.reconcile.BusinessServiceStates.banking;
import static io.pdgitops.reconcile.BusinessServiceStates.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.drift.DriftEntry;
import io.pdgitops.drift.DriftReport;
import io.pdgitops.drift.DriftStatus;
import io.pdgitops.drift.UnmanagedObject;
import io.pdgitops.model.DesiredState;
import io.pdgitops.pagerduty.dto.BusinessServiceDto;
import io.pdgitops.pagerduty.dto.BusinessServiceWrite;
import io.pdgitops.pagerduty.dto.ServiceDependencyDto;
import io.pdgitops.plan.Inventory;
import io.pdgitops.plan.Plan;
import io.pdgitops.plan.PlanOptions;
import io.pdgitops.plan.PlanStep;
import io.pdgitops.plan.StepAction;
import io.pdgitops.reconcile.Reconciler.Planned;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Prune deletes a business service only when the last apply recorded it and Git no longer declares it, and finds
 * it although the repository then declares no business service at all; drift sees a changed or hand-made one.
 */
class BusinessServicePruneTest {

    private static final PlanOptions PRUNE = new PlanOptions(true, 10, false);

    private final SandboxAccount account = new SandboxAccount(CallBudgetTest.USERS);

    @Test
    void aRecordedBusinessServiceNoLongerDeclaredIsDeletedAndAHandMadeOneIsNot() {
        DesiredState declared = with(banking(List.of("Kaede Web")));
        assertThat(account.apply(declared).succeeded()).isTrue();
        account.client.businessServices().create(BusinessServiceWrite.named("Made by hand"));
        DesiredState removed = with();

        Planned planned = account.reconciler().plan(removed, Inventory.declaredBy(declared), PRUNE);

        assertThat(planned.plan().steps()).singleElement().satisfies(step -> {
            assertThat(step.action()).isEqualTo(StepAction.DELETE);
            assertThat(step.key()).isEqualTo(key(BANKING));
        });
        assertThat(account.reconciler().apply(planned, outcome -> { }).succeeded()).isTrue();
        assertThat(account.client.businessServices().list()).extracting(BusinessServiceDto::name)
                .containsExactly("Made by hand");
        Plan again = account.reconciler().plan(removed, Inventory.declaredBy(removed), PRUNE).plan();
        assertThat(again.steps()).isEmpty();
    }

    @Test
    void withoutARecordNothingIsPrunedAndNoBusinessServiceIsRead() {
        DesiredState declared = with(banking(List.of("Kaede Web")));
        assertThat(account.apply(declared).succeeded()).isTrue();

        Plan plan = account.reconciler().plan(with(), Inventory.none(), PRUNE).plan();

        assertThat(plan.steps()).noneMatch(step -> step.key().kind() == ResourceKind.BUSINESS_SERVICE);
        assertThat(account.client.businessServices().list()).hasSize(1);
    }

    @Test
    void driftReportsAChangedBusinessServiceAndAnUndeclaredOne() {
        DesiredState declared = with(banking(List.of("Kaede Web", "Kaede DB")));
        assertThat(account.apply(declared).succeeded()).isTrue();
        String id = account.client.businessServices().findByName(BANKING).get(0).id();
        account.client.businessServices().update(id, new BusinessServiceWrite(null, null, "Someone else", null));
        account.client.serviceDependencies().disassociate(List.of(ServiceDependencyDto.supporting(id, account.client.services().findByName("Kaede DB").get(0).id())));
        String other = account.client.businessServices().create(BusinessServiceWrite.named("Made by hand")).id();

        Planned planned = account.reconciler().plan(declared, Inventory.declaredBy(declared), PRUNE);
        DriftReport drift = DriftReport.of(planned.diff());

        DriftEntry entry = drift.entries().stream().filter(candidate -> candidate.key().equals(key(BANKING)))
                .findFirst().orElseThrow();
        assertThat(entry.status()).isEqualTo(DriftStatus.DRIFTED);
        assertThat(entry.changes()).extracting(change -> change.path()).containsExactlyInAnyOrder("point_of_contact", "supported_by");
        assertThat(drift.unmanaged()).extracting(UnmanagedObject::key).contains(key("Made by hand"));
        assertThat(drift.unmanaged()).extracting(UnmanagedObject::liveId).contains(other);
        assertThat(planned.plan().steps()).extracting(PlanStep::action).containsExactly(StepAction.UPDATE);
    }

    private static ResourceKey key(String name) {
        return new ResourceKey(ResourceKind.BUSINESS_SERVICE, name, Optional.empty());
    }
}
