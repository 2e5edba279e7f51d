package io.pdgitops.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class AdminEndpointsTest {

    private final TestSandbox pd = new TestSandbox();

    @Test
    void faultsCanBeReadAndChangedPartially() {
        assertThat(pd.get("/sandbox-admin/faults").body().path("errorRate").asDouble()).isZero();
        TestSandbox.Result changed = pd.put("/sandbox-admin/faults", "{\"rateLimitBurst\":2}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().path("rateLimitBurst").asInt()).isEqualTo(2);
        assertThat(pd.get("/abilities").status()).isEqualTo(429);
        assertThat(pd.get("/abilities").status()).isEqualTo(429);
        assertThat(pd.get("/abilities").status()).isEqualTo(200);
    }

    @Test
    void lostAnswersAreTurnedOnAndKeepTheOtherFaults() {
        pd.put("/sandbox-admin/faults", "{\"rateLimitBurst\":1}");
        TestSandbox.Result changed = pd.put("/sandbox-admin/faults", "{\"lostAnswerRate\":0.5,\"lostAnswerStatus\":504}");

        assertThat(changed.status()).isEqualTo(200);
        JsonNode faults = pd.get("/sandbox-admin/faults").body();
        assertThat(faults.path("lostAnswerRate").asDouble()).isEqualTo(0.5);
        assertThat(faults.path("lostAnswerStatus").asInt()).isEqualTo(504);
        assertThat(faults.path("rateLimitBurst").asInt()).isEqualTo(1);
    }

    @Test
    void theAdminRoutesNeedAFullAccessToken() {
        String configured = pd.token;
        pd.token = null;
        assertThat(pd.put("/sandbox-admin/faults", "{\"errorRate\":1}").status()).isEqualTo(401);
        pd.token = "not-" + configured;
        assertThat(pd.get("/sandbox-admin/stats").status()).isEqualTo(401);
        pd.token = configured;
        assertThat(pd.get("/sandbox-admin/faults").body().path("errorRate").asDouble()).isZero();
    }

    @Test
    void badFaultSettingsAre400() {
        assertThat(pd.put("/sandbox-admin/faults", "{\"errorRate\":2}").status()).isEqualTo(400);
        assertThat(pd.put("/sandbox-admin/faults", "{\"nonsense\":1}").error().path("message").asText())
                .contains("Unknown fault setting 'nonsense'");
        assertThat(pd.put("/sandbox-admin/faults", "{not json").status()).isEqualTo(400);
    }

    @Test
    void statsCountReadsWritesAnd429sPerRoute() {
        pd.get("/users");
        pd.get("/users/PNOPE00");
        pd.post("/teams", "{\"team\":{\"type\":\"team\",\"name\":\"New\"}}");
        pd.put("/sandbox-admin/faults", "{\"rateLimitBurst\":1}");
        pd.get("/users");

        JsonNode stats = pd.get("/sandbox-admin/stats").body();
        assertThat(stats.path("paths").path("/users").path("reads").asInt()).isEqualTo(2);
        assertThat(stats.path("paths").path("/users").path("rate_limited").asInt()).isEqualTo(1);
        assertThat(stats.path("paths").path("/users/{id}").path("reads").asInt()).isEqualTo(1);
        assertThat(stats.path("paths").path("/teams").path("writes").asInt()).isEqualTo(1);
        assertThat(stats.path("totals").path("reads").asInt()).isEqualTo(3);
    }

    @Test
    void resetReturnsToTheSeedWithFreshIds() {
        String before = pd.teamId("Ops Tokyo");
        pd.post("/teams", "{\"team\":{\"type\":\"team\",\"name\":\"New\"}}");
        assertThat(pd.post("/sandbox-admin/reset", null).status()).isEqualTo(204);

        assertThat(pd.get("/teams").body().path("teams")).extracting(t -> t.path("name").asText())
                .containsExactly("Ops Tokyo", "Ops Osaka");
        assertThat(pd.teamId("Ops Tokyo")).isNotEqualTo(before);
        // Two reads since the reset: the team list and the id look-up.
        assertThat(pd.get("/sandbox-admin/stats").body().path("totals").path("reads").asInt()).isEqualTo(2);
    }

    @Test
    void unknownAdminPathIs404() {
        assertThat(pd.get("/sandbox-admin/nothing").status()).isEqualTo(404);
    }
}
