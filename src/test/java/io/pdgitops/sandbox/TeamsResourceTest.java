package io.pdgitops.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class TeamsResourceTest {

    private final TestSandbox pd = new TestSandbox();

    @Test
    void membersArePagedWithRoles() {
        String tokyo = pd.teamId("Ops Tokyo");
        JsonNode page = pd.get("/teams/" + tokyo + "/members?limit=2").body();

        assertThat(page.path("members")).hasSize(2);
        assertThat(page.path("more").asBoolean()).isTrue();
        assertThat(page.path("members").get(0).path("role").asText()).isEqualTo("manager");
        assertThat(page.path("members").get(0).path("user").path("summary").asText()).isEqualTo("Taro Yamada");
    }

    @Test
    void membershipPutTakesAnUnwrappedRoleAndAnswers204() {
        String osaka = pd.teamId("Ops Osaka");
        String taro = pd.userId("taro@example.com");

        assertThat(pd.put("/teams/" + osaka + "/users/" + taro, "{\"role\":\"observer\"}").status()).isEqualTo(204);
        JsonNode members = pd.get("/teams/" + osaka + "/members").body().path("members");
        assertThat(members).extracting(m -> m.path("role").asText()).containsExactly("responder", "observer");

        assertThat(pd.put("/teams/" + osaka + "/users/" + taro, "{\"role\":\"king\"}").status()).isEqualTo(400);
        assertThat(pd.delete("/teams/" + osaka + "/users/" + taro).status()).isEqualTo(204);
        assertThat(pd.get("/teams/" + osaka + "/members").body().path("members")).hasSize(1);
    }

    @Test
    void readOnlyUsersCannotJoinATeam() {
        TestSandbox.Result result = pd.put("/teams/" + pd.teamId("Ops Osaka") + "/users/" + pd.userId("reed@example.com"),
                "{\"role\":\"responder\"}");
        assertThat(result.status()).isEqualTo(400);
    }

    @Test
    void duplicateTeamNameIsRejected() {
        TestSandbox.Result result = pd.post("/teams", "{\"team\":{\"type\":\"team\",\"name\":\"ops tokyo\"}}");
        assertThat(result.status()).isEqualTo(400);
        assertThat(result.error().path("errors").get(0).asText()).isEqualTo("Name has already been taken");
    }

    @Test
    void teamWithAnEscalationPolicyCannotBeDeleted() {
        String tokyo = pd.teamId("Ops Tokyo");
        String policy = pd.policy("Tokyo Primary", "taro@example.com");
        assertThat(pd.put("/teams/" + tokyo + "/escalation_policies/" + policy, null).status()).isEqualTo(204);
        assertThat(pd.get("/escalation_policies/" + policy).body().path("escalation_policy").path("teams").get(0)
                .path("id").asText()).isEqualTo(tokyo);

        TestSandbox.Result blocked = pd.delete("/teams/" + tokyo);
        assertThat(blocked.status()).isEqualTo(400);
        assertThat(blocked.error().path("code").asInt()).isEqualTo(6006);

        assertThat(pd.delete("/teams/" + tokyo + "/escalation_policies/" + policy).status()).isEqualTo(204);
        assertThat(pd.delete("/teams/" + tokyo).status()).isEqualTo(204);
        assertThat(pd.get("/teams/" + tokyo).status()).isEqualTo(404);
    }

    @Test
    void teamWithASubteamCannotBeDeleted() {
        String tokyo = pd.teamId("Ops Tokyo");
        TestSandbox.Result child = pd.post("/teams",
                "{\"team\":{\"type\":\"team\",\"name\":\"Tokyo Night\",\"parent\":{\"id\":\"" + tokyo + "\",\"type\":\"team_reference\"}}}");
        assertThat(child.status()).isEqualTo(201);
        assertThat(pd.delete("/teams/" + tokyo).error().path("code").asInt()).isEqualTo(6006);
    }

    @Test
    void unknownParentTeamIs6001() {
        TestSandbox.Result result = pd.post("/teams",
                "{\"team\":{\"type\":\"team\",\"name\":\"Orphan\",\"parent\":{\"id\":\"PNOPE00\",\"type\":\"team_reference\"}}}");
        assertThat(result.status()).isEqualTo(400);
        assertThat(result.error().path("code").asInt()).isEqualTo(6001);
    }
}
