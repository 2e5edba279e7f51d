package io.pdgitops.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EscalationPoliciesResourceTest {

    private final TestSandbox pd = new TestSandbox();

    private TestSandbox.Result create(String rules) {
        return pd.post("/escalation_policies",
                "{\"escalation_policy\":{\"type\":\"escalation_policy\",\"name\":\"Primary\",\"escalation_rules\":" + rules + "}}");
    }

    private String userTarget(String email) {
        return "{\"id\":\"" + pd.userId(email) + "\",\"type\":\"user_reference\"}";
    }

    @Test
    void createFillsDefaultsAndRuleIds() {
        TestSandbox.Result created = create("[{\"escalation_delay_in_minutes\":30,\"targets\":[" + userTarget("taro@example.com") + "]}]");

        assertThat(created.status()).isEqualTo(201);
        JsonNode policy = created.body().path("escalation_policy");
        assertThat(policy.path("num_loops").asInt()).isZero();
        assertThat(policy.path("on_call_handoff_notifications").asText()).isEqualTo("if_has_services");
        assertThat(policy.path("escalation_rules").get(0).path("id").asText()).matches("P[A-Z0-9]{6}");
        assertThat(policy.path("escalation_rules").get(0).path("targets").get(0).path("summary").asText()).isEqualTo("Taro Yamada");
    }

    @Test
    void targetsComeBackInIdOrderNotTheOrderSent() {
        String taro = pd.userId("taro@example.com");
        String hanako = pd.userId("hanako@example.com");
        String first = taro.compareTo(hanako) > 0 ? taro : hanako;
        String second = first.equals(taro) ? hanako : taro;
        JsonNode targets = create("[{\"escalation_delay_in_minutes\":30,\"targets\":[{\"id\":\"" + first
                + "\",\"type\":\"user_reference\"},{\"id\":\"" + second + "\",\"type\":\"user_reference\"}]}]")
                .body().path("escalation_policy").path("escalation_rules").get(0).path("targets");
        assertThat(targets).extracting(t -> t.path("id").asText()).containsExactly(second, first);
    }

    @Test
    void roundRobinIsRefusedOnThisPlan() {
        TestSandbox.Result result = pd.post("/escalation_policies", "{\"escalation_policy\":{\"type\":\"escalation_policy\",\"name\":\"RR\","
                + "\"escalation_rule_assignment_strategy\":{\"type\":\"round_robin\"},\"escalation_rules\":[{\"escalation_delay_in_minutes\":5,"
                + "\"targets\":[" + userTarget("taro@example.com") + "]}]}}");
        assertThat(result.status()).isEqualTo(403);
    }

    @Test
    void policyWithoutRulesIsInvalid() {
        TestSandbox.Result result = create("[]");
        assertThat(result.status()).isEqualTo(400);
        assertThat(result.error().path("code").asInt()).isEqualTo(2001);
        assertThat(result.error().path("message").asText()).isEqualTo("Invalid Input Provided");
    }

    @Test
    void ruleTargetsMustNumberOneToTen() {
        assertThat(create("[{\"escalation_delay_in_minutes\":30,\"targets\":[]}]").error().path("errors").get(0).asText())
                .isEqualTo("Escalation rules must have between 1 and 10 targets");
        String eleven = IntStream.range(0, 11).mapToObj(i -> userTarget("taro@example.com")).collect(Collectors.joining(","));
        assertThat(create("[{\"escalation_delay_in_minutes\":30,\"targets\":[" + eleven + "]}]").status()).isEqualTo(400);
    }

    @Test
    void delayBelowOneMinuteIsInvalid() {
        TestSandbox.Result result = create("[{\"escalation_delay_in_minutes\":0,\"targets\":[" + userTarget("taro@example.com") + "]}]");
        assertThat(result.error().path("errors").get(0).asText()).isEqualTo("Escalation delay in minutes must be at least 1");
    }

    @Test
    void unknownScheduleTargetIs3004() {
        TestSandbox.Result result = create("[{\"escalation_delay_in_minutes\":5,\"targets\":[{\"id\":\"PNOPE00\",\"type\":\"schedule_reference\"}]}]");
        assertThat(result.status()).isEqualTo(400);
        assertThat(result.error().path("code").asInt()).isEqualTo(3004);
    }

    @Test
    void duplicateNameIsAlreadyTaken() {
        pd.policy("Primary", "taro@example.com");
        TestSandbox.Result again = create("[{\"escalation_delay_in_minutes\":5,\"targets\":[" + userTarget("jiro@example.com") + "]}]");
        assertThat(again.error().path("errors").get(0).asText()).isEqualTo("Escalation Policy has already been taken");
    }

    @Test
    void onlyOneTeamIsAllowed() {
        String body = "{\"escalation_policy\":{\"type\":\"escalation_policy\",\"name\":\"Two teams\",\"teams\":[{\"id\":\""
                + pd.teamId("Ops Tokyo") + "\",\"type\":\"team_reference\"},{\"id\":\"" + pd.teamId("Ops Osaka")
                + "\",\"type\":\"team_reference\"}],\"escalation_rules\":[{\"escalation_delay_in_minutes\":5,\"targets\":["
                + userTarget("taro@example.com") + "]}]}}";
        assertThat(pd.post("/escalation_policies", body).error().path("errors").get(0).asText())
                .isEqualTo("An escalation policy can belong to only one team");
    }

    @Test
    void removingEveryRuleIsCannotDeleteOnlyRule() {
        String id = pd.policy("Primary", "taro@example.com");
        TestSandbox.Result result = pd.put("/escalation_policies/" + id, "{\"escalation_policy\":{\"escalation_rules\":[]}}");
        assertThat(result.error().path("errors").get(0).asText()).isEqualTo("Cannot Delete Only Rule For Escalation Policy");
    }

    @Test
    void putKeepsRuleIdsSentBack() {
        String id = pd.policy("Primary", "taro@example.com");
        String ruleId = pd.get("/escalation_policies/" + id).body().path("escalation_policy").path("escalation_rules").get(0)
                .path("id").asText();
        JsonNode updated = pd.put("/escalation_policies/" + id, "{\"escalation_policy\":{\"escalation_rules\":[{\"id\":\""
                + ruleId + "\",\"escalation_delay_in_minutes\":10,\"targets\":[" + userTarget("jiro@example.com") + "]}]}}")
                .body().path("escalation_policy");
        assertThat(updated.path("escalation_rules").get(0).path("id").asText()).isEqualTo(ruleId);
        assertThat(updated.path("escalation_rules").get(0).path("escalation_delay_in_minutes").asInt()).isEqualTo(10);
        assertThat(updated.path("name").asText()).isEqualTo("Primary");
    }

    @Test
    void policyUsedByAServiceCannotBeDeleted() {
        String id = pd.policy("Primary", "taro@example.com");
        String service = pd.service("Payments", id);

        TestSandbox.Result blocked = pd.delete("/escalation_policies/" + id);
        assertThat(blocked.status()).isEqualTo(400);
        assertThat(blocked.error().path("errors").get(0).asText()).contains("in use by one or more services");

        assertThat(pd.delete("/services/" + service).status()).isEqualTo(204);
        assertThat(pd.delete("/escalation_policies/" + id).status()).isEqualTo(204);
    }

    @Test
    void includeServicesAndTargetsExpandReferences() {
        String id = pd.policy("Primary", "taro@example.com");
        pd.service("Payments", id);
        JsonNode policy = pd.get("/escalation_policies/" + id + "?include[]=services&include[]=targets").body()
                .path("escalation_policy");
        assertThat(policy.path("services").get(0).path("type").asText()).isEqualTo("service");
        assertThat(policy.path("services").get(0).path("auto_resolve_timeout").asInt()).isEqualTo(14400);
        assertThat(policy.path("services").get(0).path("escalation_policy").path("summary").asText()).isEqualTo("Primary");
        assertThat(policy.path("escalation_rules").get(0).path("targets").get(0).path("email").asText()).isEqualTo("taro@example.com");
    }
}
