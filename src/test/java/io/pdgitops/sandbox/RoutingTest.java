package io.pdgitops.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoutingTest {

    private final TestSandbox pd = new TestSandbox();

    @Test
    void unknownPathIsNotFoundWithCode2100() {
        TestSandbox.Result result = pd.get("/incidents");
        assertThat(result.status()).isEqualTo(404);
        assertThat(result.error().path("code").asInt()).isEqualTo(2100);
        assertThat(result.error().path("message").asText()).isEqualTo("Not Found");
    }

    @Test
    void methodNotServedOnAKnownPathIsNotFound() {
        assertThat(pd.call("PATCH", "/services", "{}").status()).isEqualTo(404);
        assertThat(pd.call("GET", "/services/PABC123/integrations", null).status()).isEqualTo(404);
    }

    @Test
    void trailingSlashIsTheSamePath() {
        assertThat(pd.get("/users/").status()).isEqualTo(200);
    }

    @Test
    void bodyThatIsNotJsonIsInvalidInput() {
        TestSandbox.Result result = pd.post("/teams", "{\"team\": ");
        assertThat(result.status()).isEqualTo(400);
        assertThat(result.error().path("errors").get(0).asText()).startsWith("The request body is not valid JSON");
    }

    @Test
    void bodyWithoutItsWrapperIsInvalidInput() {
        TestSandbox.Result result = pd.post("/teams", "{\"type\":\"team\",\"name\":\"Unwrapped\"}");
        assertThat(result.status()).isEqualTo(400);
        assertThat(result.error().path("errors").get(0).asText()).contains("'team' object");
    }
}
