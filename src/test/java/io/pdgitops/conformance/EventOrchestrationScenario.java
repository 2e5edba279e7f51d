package io.pdgitops.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.PagerDutyException;
import io.pdgitops.pagerduty.dto.EscalationPolicyWrite;
import io.pdgitops.pagerduty.dto.EscalationRuleDto;
import io.pdgitops.pagerduty.dto.OrchestrationDto;
import io.pdgitops.pagerduty.dto.OrchestrationRuleDto;
import io.pdgitops.pagerduty.dto.OrchestrationSetDto;
import io.pdgitops.pagerduty.dto.Reference;
import io.pdgitops.pagerduty.dto.ServiceWrite;
import java.util.List;

/**
 * A service's event orchestration through the client: the default of a new service, a write with a rule set
 * routed to and a catch-all with actions, a second write that keeps the rule ids it sends back and gets a new version, a blank condition and an
 * unknown service refused, the active flag turned off and on, alert grouping on the service itself, and the
 * orchestration gone with its service.
 */
final class EventOrchestrationScenario {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PagerDutyClient pd;

    EventOrchestrationScenario(PagerDutyClient pd) {
        this.pd = pd;
    }

    void run() {
        String taro = pd.users().findByEmail("taro@example.com").orElseThrow().id();
        String policy = pd.escalationPolicies().create(new EscalationPolicyWrite("Orchestrated policy", null, null, null,
                List.of(new EscalationRuleDto(null, 30, List.of(Reference.user(taro)))), null)).id();
        String service = pd.services().create(new ServiceWrite("Orchestrated DB", null, Reference.escalationPolicy(policy),
                null, null, null, null, null, null, null)).id();
        OrchestrationDto initial = pd.eventOrchestrations().ofService(service);
        assertThat(initial.sets()).extracting(OrchestrationSetDto::id).containsExactly("start");
        assertThat(initial.sets().get(0).rules()).isEmpty();
        assertThat(pd.eventOrchestrations().active(service)).isTrue();

        OrchestrationDto written = pd.eventOrchestrations().update(service, OrchestrationDto.write(List.of(
                new OrchestrationSetDto("start", List.of(
                        rule(null, "Recovery", "event.summary matches part 'RECOVERY'", actions().put("suppress", true)),
                        rule(null, "Database", "event.source matches part 'db'", actions().put("route_to", "db")))),
                new OrchestrationSetDto("db", List.of(
                        rule(null, "Critical", "event.summary matches part 'CRITICAL'", actions().put("severity", "critical"))))),
                new OrchestrationDto.OrchestrationCatchAll(actions().put("severity", "warning").put("annotate", "unmatched"))));
        assertThat(written.version()).isNotEqualTo(initial.version());
        assertThat(written.catchAll().actions().path("severity").asText()).isEqualTo("warning");
        List<OrchestrationRuleDto> start = written.sets().get(0).rules();
        assertThat(start).extracting(OrchestrationRuleDto::label).containsExactly("Recovery", "Database");
        assertThat(start).allSatisfy(rule -> assertThat(rule.id()).isNotBlank());

        OrchestrationRuleDto kept = start.get(0);
        OrchestrationDto again = pd.eventOrchestrations().update(service, OrchestrationDto.write(List.of(
                new OrchestrationSetDto("start", List.of(kept))), new OrchestrationDto.OrchestrationCatchAll(actions())));
        assertThat(again.sets()).extracting(OrchestrationSetDto::id).containsExactly("start");
        assertThat(again.sets().get(0).rules()).extracting(OrchestrationRuleDto::id).containsExactly(kept.id());
        assertThat(again.version()).isNotEqualTo(written.version());
        assertThat(pd.eventOrchestrations().ofService(service)).isEqualTo(again);

        assertThatThrownBy(() -> pd.eventOrchestrations().update(service, OrchestrationDto.write(List.of(
                new OrchestrationSetDto("start", List.of(rule(null, "Blank", " ", actions())))), null)))
                .isInstanceOf(PagerDutyException.class).hasMessageContaining("HTTP 400");
        assertThatThrownBy(() -> pd.eventOrchestrations().ofService("PNOSUCH"))
                .isInstanceOf(PagerDutyException.class).hasMessageContaining("HTTP 404");

        pd.eventOrchestrations().activate(service, false);
        assertThat(pd.eventOrchestrations().active(service)).isFalse();
        pd.eventOrchestrations().activate(service, true);
        assertThat(pd.eventOrchestrations().active(service)).isTrue();

        ObjectNode grouping = JSON.createObjectNode().put("type", "content_based");
        grouping.putObject("config").put("aggregate", "all").put("time_window", 1800).putArray("fields").add("source");
        pd.services().update(service, new ServiceWrite(null, null, null, null, null, null, null, null, null, null,
                grouping));
        assertThat(pd.services().get(service).alertGroupingParameters()).isEqualTo(grouping);

        pd.services().delete(service);
        pd.escalationPolicies().delete(policy);
        assertThatThrownBy(() -> pd.eventOrchestrations().ofService(service))
                .isInstanceOf(PagerDutyException.class).hasMessageContaining("HTTP 404");
    }

    private static OrchestrationRuleDto rule(String id, String label, String condition, ObjectNode actions) {
        return new OrchestrationRuleDto(id, label, List.of(new OrchestrationRuleDto.Condition(condition)), actions, null);
    }

    private static ObjectNode actions() {
        return JSON.createObjectNode();
    }
}
