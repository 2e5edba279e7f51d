package io.pdgitops.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.PagerDutyException;
import io.pdgitops.pagerduty.dto.BusinessServiceDto;
import io.pdgitops.pagerduty.dto.BusinessServiceWrite;
import io.pdgitops.pagerduty.dto.EscalationPolicyWrite;
import io.pdgitops.pagerduty.dto.EscalationRuleDto;
import io.pdgitops.pagerduty.dto.Reference;
import io.pdgitops.pagerduty.dto.ServiceDependencyDto;
import io.pdgitops.pagerduty.dto.ServiceWrite;
import io.pdgitops.pagerduty.dto.TeamWrite;
import java.util.List;

/**
 * Business services and the service graph through the client: a business service created for a team, renamed in
 * part, refused a second time under its name; two services made to support it, one association sent twice, one
 * removed; one technical service made to support another, seen from both ends and removed; a deleted service gone
 * from the graph; and the business service deleted with what is left of it.
 */
final class BusinessServiceScenario {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PagerDutyClient pd;

    BusinessServiceScenario(PagerDutyClient pd) {
        this.pd = pd;
    }

    void run() {
        String team = pd.teams().create(TeamWrite.named("Banking Team", null)).id();
        BusinessServiceDto banking = pd.businessServices().create(new BusinessServiceWrite("Online banking",
                "What customers log in to", "Service desk", Reference.team(team)));
        assertThat(banking.team().id()).isEqualTo(team);
        pd.businessServices().update(banking.id(), new BusinessServiceWrite(null, null, "Kaede service desk", null));
        BusinessServiceDto read = pd.businessServices().get(banking.id());
        assertThat(read.pointOfContact()).isEqualTo("Kaede service desk");
        assertThat(read.description()).isEqualTo("What customers log in to");
        assertThat(pd.businessServices().findByName("Online banking")).extracting(BusinessServiceDto::id)
                .containsExactly(banking.id());
        assertThatThrownBy(() -> pd.businessServices().create(BusinessServiceWrite.named("Online banking")))
                .isInstanceOf(PagerDutyException.class).hasMessageContaining("HTTP 400");

        String policy = pd.escalationPolicies().create(new EscalationPolicyWrite("Banking Policy", null, 0, null,
                List.of(new EscalationRuleDto(null, 30, List.of(Reference.user(
                        pd.users().findByEmail("taro@example.com").orElseThrow().id())))), null)).id();
        String web = service("Banking Web", policy);
        String db = service("Banking DB", policy);
        pd.serviceDependencies().associate(List.of(ServiceDependencyDto.supporting(banking.id(), web),
                ServiceDependencyDto.supporting(banking.id(), db)));
        pd.serviceDependencies().associate(List.of(ServiceDependencyDto.supporting(banking.id(), web)));
        assertThat(supporting(banking.id())).containsExactlyInAnyOrder(web, db);
        assertThat(pd.serviceDependencies().ofTechnicalService(web))
                .extracting(edge -> edge.dependentService().id()).containsExactly(banking.id());

        pd.serviceDependencies().disassociate(List.of(ServiceDependencyDto.supporting(banking.id(), web)));
        assertThat(supporting(banking.id())).containsExactly(db);
        technicalEdge(web, db, banking.id());
        pd.services().delete(db);
        assertThat(supporting(banking.id())).isEmpty();
        assertThatThrownBy(() -> pd.serviceDependencies().associate(
                List.of(ServiceDependencyDto.supporting(banking.id(), db))))
                .isInstanceOf(PagerDutyException.class).hasMessageContaining("HTTP 404");

        pd.serviceDependencies().associate(List.of(ServiceDependencyDto.supporting(banking.id(), web)));
        pd.businessServices().delete(banking.id());
        assertThat(pd.serviceDependencies().ofTechnicalService(web)).isEmpty();
        assertThat(pd.businessServices().list()).extracting(BusinessServiceDto::id).doesNotContain(banking.id());
        pd.services().delete(web);
        pd.escalationPolicies().delete(policy);
        pd.teams().delete(team);
    }

    /**
     * {@code db}, which supports {@code banking}, is made to support {@code web} too: both ends list the new edge with
     * technical references, business edges beside it keep their own type, and it can be removed alone.
     */
    private void technicalEdge(String web, String db, String banking) {
        pd.serviceDependencies().associate(List.of(ServiceDependencyDto.technical(web, db)));
        assertThat(pd.serviceDependencies().ofTechnicalService(web))
                .flatExtracting(edge -> edge.technicalSupportOf(web).stream().toList()).containsExactly(db);
        assertThat(pd.serviceDependencies().ofTechnicalService(db))
                .filteredOn(edge -> edge.supportingService().id().equals(db))
                .extracting(edge -> edge.dependentService().kind(), edge -> edge.dependentService().id())
                .containsExactlyInAnyOrder(tuple("technical_service", web), tuple("business_service", banking));
        pd.serviceDependencies().disassociate(List.of(ServiceDependencyDto.technical(web, db)));
        assertThat(pd.serviceDependencies().ofTechnicalService(web))
                .flatExtracting(edge -> edge.technicalSupportOf(web).stream().toList()).isEmpty();
        assertThat(supporting(banking)).containsExactly(db);
    }

    private List<String> supporting(String businessServiceId) {
        return pd.serviceDependencies().ofBusinessService(businessServiceId).stream()
                .filter(edge -> edge.dependentService().id().equals(businessServiceId))
                .map(edge -> edge.supportingService().id())
                .toList();
    }

    private String service(String name, String policy) {
        return pd.services().create(new ServiceWrite(name, null, Reference.escalationPolicy(policy), null, null, null,
                JSON.createObjectNode().put("type", "constant").put("urgency", "high"), null, null, null)).id();
    }
}
