package io.pdgitops.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.NullNode;
import io.pdgitops.pagerduty.dto.IntegrationDto;
import io.pdgitops.pagerduty.dto.IntegrationWrite;
import io.pdgitops.pagerduty.dto.JsonNullable;
import io.pdgitops.pagerduty.dto.Reference;
import io.pdgitops.pagerduty.dto.ServiceDto;
import io.pdgitops.pagerduty.dto.ServiceWrite;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ServicesApiTest {

    private static final String SERVICE = """
            {"service":{"id":"PSVC001","type":"service","name":"Payments API","status":"active",
             "auto_resolve_timeout":null,"acknowledgement_timeout":1800,
             "escalation_policy":{"id":"PEP0001","type":"escalation_policy_reference","summary":"Payments Primary"},
             "teams":[{"id":"PTEAM01","type":"team_reference"}],
             "integrations":[{"id":"PINT001","type":"events_api_v2_inbound_integration","name":"Events",
               "integration_key":"0123456789abcdef0123456789abcdef"}],
             "incident_urgency_rule":{"type":"constant","urgency":"high"},
             "alert_creation":"create_alerts_and_incidents"}}""";

    private final MockPagerDuty pagerDuty = new MockPagerDuty();

    @AfterEach
    void close() {
        pagerDuty.close();
    }

    @Test
    void readsAServiceWithItsIntegrations() {
        pagerDuty.enqueueJson(SERVICE);

        ServiceDto service = pagerDuty.client.services().get("PSVC001");

        assertThat(service.autoResolveTimeout()).isNull();
        assertThat(service.acknowledgementTimeout()).isEqualTo(1800);
        assertThat(service.escalationPolicy().id()).isEqualTo("PEP0001");
        assertThat(service.integrations()).extracting(IntegrationDto::integrationKey)
                .containsExactly("0123456789abcdef0123456789abcdef");
        assertThat(service.incidentUrgencyRule().path("urgency").asText()).isEqualTo("high");
        assertThat(service.unmodeled().get("alert_creation").asText()).isEqualTo("create_alerts_and_incidents");
        assertThat(pagerDuty.take().getUrl().queryParameterValues("include[]"))
                .containsExactly("integrations", "teams");
    }

    @Test
    void anUpdateSendsOnlyWhatIsSetAndNullsThatDisable() {
        pagerDuty.enqueueJson(SERVICE);

        pagerDuty.client.services().update("PSVC001", new ServiceWrite(null, "Card payments", null,
                JsonNullable.ofNull(), JsonNullable.of(600), null, null, NullNode.instance, null, null));

        assertThat(Golden.json(pagerDuty.take().getBody().utf8())).isEqualTo(Golden.json("""
                {"service":{"description":"Card payments","auto_resolve_timeout":null,
                 "acknowledgement_timeout":600,"support_hours":null,"type":"service"}}"""));
    }

    @Test
    void aCreateSendsTheEscalationPolicyReference() {
        pagerDuty.server.enqueue(new MockResponse.Builder().code(201).body(SERVICE).build());

        ServiceDto created = pagerDuty.client.services().create(new ServiceWrite("Payments API", null,
                Reference.escalationPolicy("PEP0001"), JsonNullable.of(14400), JsonNullable.of(1800), null, null,
                null, null, null));

        assertThat(created.id()).isEqualTo("PSVC001");
        assertThat(Golden.json(pagerDuty.take().getBody().utf8()).get("service")).isEqualTo(Golden.json("""
                {"name":"Payments API","escalation_policy":{"id":"PEP0001","type":"escalation_policy_reference"},
                 "auto_resolve_timeout":14400,"acknowledgement_timeout":1800,"type":"service"}"""));
    }

    @Test
    void integrationsAreWrittenUnderTheirService() {
        pagerDuty.server.enqueue(new MockResponse.Builder().code(201).body("""
                {"integration":{"id":"PINT002","type":"generic_email_inbound_integration","name":"Legacy mail",
                 "integration_email":"pay-legacy@acme.pagerduty.com"}}""").build());

        IntegrationDto created = pagerDuty.client.integrations().create("PSVC001",
                IntegrationWrite.email("Legacy mail", "pay-legacy@acme.pagerduty.com"));

        assertThat(created.integrationKey()).isNull();
        var request = pagerDuty.take();
        assertThat(request.getTarget()).isEqualTo("/services/PSVC001/integrations");
        assertThat(Golden.json(request.getBody().utf8())).isEqualTo(Golden.json("""
                {"integration":{"type":"generic_email_inbound_integration","name":"Legacy mail",
                 "integration_email":"pay-legacy@acme.pagerduty.com"}}"""));
    }
}
