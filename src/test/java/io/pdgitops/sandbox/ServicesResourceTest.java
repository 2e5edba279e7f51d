package io.pdgitops.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ServicesResourceTest {

    private final TestSandbox pd = new TestSandbox();

    @Test
    void createFillsPagerDutysDefaults() {
        String policy = pd.policy("Primary", "taro@example.com");
        JsonNode service = pd.get("/services/" + pd.service("Payments API", policy)).body().path("service");

        assertThat(service.path("auto_resolve_timeout").asInt()).isEqualTo(14400);
        assertThat(service.path("acknowledgement_timeout").asInt()).isEqualTo(1800);
        assertThat(service.path("status").asText()).isEqualTo("active");
        assertThat(service.path("alert_creation").asText()).isEqualTo("create_alerts_and_incidents");
        assertThat(service.path("incident_urgency_rule").path("type").asText()).isEqualTo("constant");
        assertThat(service.path("incident_urgency_rule").path("urgency").asText()).isEqualTo("high");
        assertThat(service.path("escalation_policy").path("summary").asText()).isEqualTo("Primary");
        assertThat(service.path("created_at").asText()).isEqualTo("2026-03-02T00:00:00Z");
        assertThat(service.path("html_url").asText()).contains("/service-directory/");
    }

    @Test
    void unknownFieldsAreKeptAndNullTimeoutsStayNull() {
        String policy = pd.policy("Primary", "taro@example.com");
        JsonNode service = pd.post("/services", """
                {"service":{"type":"service","name":"Grouped","escalation_policy":{"id":"%s","type":"escalation_policy_reference"},
                 "auto_resolve_timeout":null,"alert_grouping_parameters":{"type":"time","config":{"timeout":2}}}}"""
                .formatted(policy)).body().path("service");

        assertThat(service.path("auto_resolve_timeout").isNull()).isTrue();
        assertThat(service.path("alert_grouping_parameters").path("config").path("timeout").asInt()).isEqualTo(2);
    }

    @Test
    void putChangesOnlyTheFieldsSent() {
        String policy = pd.policy("Primary", "taro@example.com");
        String id = pd.post("/services", """
                {"service":{"type":"service","name":"Grouped","escalation_policy":{"id":"%s","type":"escalation_policy_reference"},
                 "acknowledgement_timeout":600,"alert_grouping_parameters":{"type":"intelligent"}}}""".formatted(policy))
                .body().path("service").path("id").asText();

        JsonNode updated = pd.put("/services/" + id, "{\"service\":{\"description\":\"Card payments\"}}").body().path("service");

        assertThat(updated.path("description").asText()).isEqualTo("Card payments");
        assertThat(updated.path("acknowledgement_timeout").asInt()).isEqualTo(600);
        assertThat(updated.path("alert_grouping_parameters").path("type").asText()).isEqualTo("intelligent");
    }

    @Test
    void missingEscalationPolicyIsInvalid() {
        TestSandbox.Result result = pd.post("/services", "{\"service\":{\"type\":\"service\",\"name\":\"Lonely\"}}");
        assertThat(result.status()).isEqualTo(400);
        assertThat(result.error().path("errors").get(0).asText()).isEqualTo("Escalation policy can't be blank");
    }

    @Test
    void unknownEscalationPolicyIs5001() {
        TestSandbox.Result result = pd.post("/services",
                "{\"service\":{\"type\":\"service\",\"name\":\"X\",\"escalation_policy\":{\"id\":\"PNOPE00\",\"type\":\"escalation_policy_reference\"}}}");
        assertThat(result.error().path("code").asInt()).isEqualTo(5001);
    }

    @Test
    void duplicateServiceNameIsRejected() {
        String policy = pd.policy("Primary", "taro@example.com");
        pd.service("Payments API", policy);
        TestSandbox.Result again = pd.post("/services",
                "{\"service\":{\"type\":\"service\",\"name\":\"Payments API\",\"escalation_policy\":{\"id\":\"" + policy
                        + "\",\"type\":\"escalation_policy_reference\"}}}");
        assertThat(again.error().path("errors").get(0).asText()).isEqualTo("Name has already been taken");
    }

    @Test
    void teamsComeFromTheEscalationPolicy() {
        String policy = pd.policy("Primary", "taro@example.com");
        String tokyo = pd.teamId("Ops Tokyo");
        pd.put("/teams/" + tokyo + "/escalation_policies/" + policy, null);
        String service = pd.service("Payments API", policy);

        assertThat(pd.get("/services/" + service).body().path("service").path("teams").get(0).path("id").asText()).isEqualTo(tokyo);
        assertThat(pd.get("/services?team_ids[]=" + tokyo).body().path("services")).hasSize(1);
        assertThat(pd.get("/services?team_ids[]=" + pd.teamId("Ops Osaka")).body().path("services")).isEmpty();
    }

    @Test
    void includeEscalationPoliciesAndTeamsExpandThem() {
        String policy = pd.policy("Primary", "taro@example.com");
        pd.put("/teams/" + pd.teamId("Ops Tokyo") + "/escalation_policies/" + policy, null);
        String id = pd.service("Payments API", policy);

        JsonNode service = pd.get("/services/" + id + "?include[]=escalation_policies&include[]=teams").body().path("service");
        assertThat(service.path("escalation_policy").path("type").asText()).isEqualTo("escalation_policy");
        assertThat(service.path("escalation_policy").path("escalation_rules")).hasSize(1);
        assertThat(service.path("escalation_policy").path("escalation_rules").get(0).path("targets").get(0).path("summary").asText())
                .as("an included object reads like the object itself").isEqualTo("Taro Yamada");
        assertThat(service.path("teams").get(0).path("type").asText()).isEqualTo("team");
        assertThat(service.path("teams").get(0).path("default_role").asText()).isEqualTo("manager");
    }

    @Test
    void sortByNameAndExactNameFilter() {
        String policy = pd.policy("Primary", "taro@example.com");
        pd.service("b-service", policy);
        pd.service("A-service", policy);
        assertThat(pd.get("/services?sort_by=name").body().path("services")).extracting(s -> s.path("name").asText())
                .containsExactly("A-service", "b-service");
        assertThat(pd.get("/services?sort_by=name:desc").body().path("services")).extracting(s -> s.path("name").asText())
                .containsExactly("b-service", "A-service");
        assertThat(pd.get("/services?name=b-service").body().path("services")).hasSize(1);
    }

    @Test
    void statusMustBeActiveOnCreate() {
        String policy = pd.policy("Primary", "taro@example.com");
        TestSandbox.Result result = pd.post("/services", "{\"service\":{\"type\":\"service\",\"name\":\"X\",\"status\":\"disabled\","
                + "\"escalation_policy\":{\"id\":\"" + policy + "\",\"type\":\"escalation_policy_reference\"}}}");
        assertThat(result.status()).isEqualTo(400);
    }
}
