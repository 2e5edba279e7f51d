package io.pdgitops.reconcile;

import static io.pdgitops.reconcile.BusinessServiceStates.BANKING;
import static io.pdgitops.reconcile.BusinessServiceStates.banking;
import static io.pdgitops.reconcile.BusinessServiceStates.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.diff.FieldChange;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.model.DesiredState;
import io.pdgitops.pagerduty.dto.BusinessServiceDto;
import io.pdgitops.pagerduty.dto.BusinessServiceWrite;
import io.pdgitops.pagerduty.dto.ServiceDependencyDto;
import io.pdgitops.plan.PlanStep;
import io.pdgitops.plan.StepAction;
import io.pdgitops.sandbox.Faults;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Declared business services and the services that support them reach PagerDuty, and a second plan is empty. */
class BusinessServiceReconcileTest {

    private static final List<String> SERVICES = BusinessServiceStates.SERVICES;

    private final SandboxAccount account = new SandboxAccount(CallBudgetTest.USERS);

    @Test
    void aBusinessServiceIsCreatedAfterItsTeamAndServicesThenThePlanIsEmpty() {
        DesiredState desired = with(banking(Optional.of(BusinessServiceStates.TEAM), Optional.of(List.of("Kaede Web", "Kaede DB"))));

        List<PlanStep> steps = account.plan(desired).steps();
        PlanStep create = steps.stream().filter(step -> step.key().kind() == ResourceKind.BUSINESS_SERVICE)
                .findFirst().orElseThrow();
        assertThat(steps).last().isEqualTo(create);
        assertThat(create.changes()).extracting(FieldChange::path)
                .contains("point_of_contact", "team", "supported_by");
        assertThat(create.dependsOn()).hasSize(3); // the team and both supporting services are created first

        assertThat(account.apply(desired).succeeded()).isTrue();

        BusinessServiceDto live = liveBusiness();
        assertThat(live.pointOfContact()).isEqualTo("Kaede service desk");
        assertThat(live.team().id()).isEqualTo(account.client.teams().findByName(BusinessServiceStates.TEAM).get(0).id());
        assertThat(supporting(live.id())).containsExactlyInAnyOrder("Kaede Web", "Kaede DB");
        long writes = account.writes();
        assertThat(account.plan(desired).steps()).isEmpty();
        assertThat(account.apply(desired).succeeded()).isTrue();
        assertThat(account.writes()).isEqualTo(writes);
    }

    @Test
    void aChangedListIsOneFieldAndOnlyTheEdgesThatDifferAreWritten() {
        assertThat(account.apply(with(banking(Optional.empty(), Optional.of(List.of("Kaede Web", "Kaede DB")))))
                .succeeded()).isTrue();
        DesiredState changed = with(banking(Optional.empty(), Optional.of(List.of("Kaede DB", "Kaede Batch"))));

        List<PlanStep> steps = account.plan(changed).steps();

        assertThat(steps).singleElement().satisfies(step -> {
            assertThat(step.action()).isEqualTo(StepAction.UPDATE);
            assertThat(step.changes()).singleElement().satisfies(change -> {
                assertThat(change.path()).isEqualTo("supported_by");
                assertThat(change.desired()).contains("[\"Kaede Batch\", \"Kaede DB\"]");
                assertThat(change.live()).contains("[\"Kaede DB\", \"Kaede Web\"]");
            });
        });
        long writes = account.writes();
        assertThat(account.apply(changed).succeeded()).isTrue();
        assertThat(account.writes() - writes).as("one disassociate and one associate, no PUT").isEqualTo(2);
        assertThat(supporting(liveBusiness().id())).containsExactlyInAnyOrder("Kaede DB", "Kaede Batch");
        assertThat(account.plan(changed).steps()).isEmpty();
    }

    @Test
    void leftOutFieldsAndEdgesToOtherBusinessServicesAreLeftAlone() {
        assertThat(account.apply(with(banking(Optional.empty(), Optional.empty()))).succeeded()).isTrue();
        String id = liveBusiness().id();
        BusinessServiceDto other = account.client.businessServices().create(BusinessServiceWrite.named("Kaede Mobile"));
        account.client.serviceDependencies().associate(List.of(new ServiceDependencyDto(null,
                new io.pdgitops.pagerduty.dto.Reference(other.id(), "business_service", null),
                new io.pdgitops.pagerduty.dto.Reference(id, "business_service", null))));
        account.client.serviceDependencies().associate(List.of(ServiceDependencyDto.supporting(id,
                account.client.services().findByName("Kaede Web").get(0).id())));

        assertThat(account.plan(with(banking(Optional.empty(), Optional.empty()))).steps()).isEmpty();
        DesiredState none = with(banking(Optional.empty(), Optional.of(List.of())));
        assertThat(account.apply(none).succeeded()).isTrue();
        assertThat(supporting(id)).isEmpty();
        assertThat(account.client.serviceDependencies().ofBusinessService(id)).hasSize(1);
        assertThat(account.plan(none).steps()).isEmpty();
    }

    @Test
    void aCreateWhoseAnswerIsLostIsAdoptedAndItsEdgesAreNotSentTwice() {
        DesiredState desired = with(banking(Optional.of(BusinessServiceStates.TEAM), Optional.of(SERVICES)));
        assertThat(account.apply(with()).succeeded()).isTrue();
        account.faults(new Faults(0, 0, 0, 0, 0, true, 7, 1.0, 504));

        account.apply(desired);
        account.faults(Faults.NONE);
        assertThat(account.apply(desired).succeeded()).isTrue();

        assertThat(account.client.businessServices().list()).hasSize(1);
        assertThat(supporting(liveBusiness().id())).containsExactlyInAnyOrderElementsOf(SERVICES);
        assertThat(account.plan(desired).steps()).isEmpty();
    }

    private BusinessServiceDto liveBusiness() {
        return account.client.businessServices().findByName(BANKING).get(0);
    }

    private List<String> supporting(String businessId) {
        List<String> ids = account.client.serviceDependencies().ofBusinessService(businessId).stream()
                .flatMap(edge -> edge.technicalSupportOf(businessId).stream()).toList();
        return account.client.services().list().stream().filter(service -> ids.contains(service.id()))
                .map(service -> service.name()).toList();
    }
}
