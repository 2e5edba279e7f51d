package io.pdgitops.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthTest {

    @Test
    void missingTokenIs401WithCode2006() {
        TestSandbox pd = new TestSandbox();
        pd.token = null;
        TestSandbox.Result result = pd.get("/users");
        assertThat(result.status()).isEqualTo(401);
        assertThat(result.error().path("code").asInt()).isEqualTo(2006);
        assertThat(result.header("ratelimit-limit")).isEqualTo("960");
    }

    @Test
    void unknownTokenIs401AndNeverEchoed() {
        TestSandbox pd = new TestSandbox();
        pd.token = "wrong-secret-value";
        TestSandbox.Result result = pd.get("/users");
        assertThat(result.status()).isEqualTo(401);
        assertThat(result.response().bodyText()).doesNotContain("wrong-secret-value");
    }

    @Test
    void malformedHeaderIs401() {
        TestSandbox pd = new TestSandbox();
        pd.token = null;
        assertThat(pd.call("GET", "/users", null, Map.of("Authorization", TestSandbox.TOKEN)).status()).isEqualTo(401);
    }

    @Test
    void permissiveModeAcceptsAnyToken() {
        TestSandbox pd = new TestSandbox(SandboxConfig.permissiveDefaults());
        pd.token = "anything";
        assertThat(pd.get("/users").status()).isEqualTo(200);
    }

    @Test
    void readOnlyTokenReadsButGets403OnWrites() {
        TestSandbox pd = new TestSandbox(SandboxConfig.withToken(TestSandbox.TOKEN).withToken("viewer", TokenAccess.READ_ONLY));
        pd.token = "viewer";
        assertThat(pd.get("/teams").status()).isEqualTo(200);
        TestSandbox.Result write = pd.post("/teams", "{\"team\":{\"type\":\"team\",\"name\":\"New\"}}");
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.error().path("code").asInt()).isEqualTo(2010);
    }

    @Test
    void otherApiVersionsAreRefused() {
        TestSandbox pd = new TestSandbox();
        assertThat(pd.call("GET", "/users", null, Map.of("Accept", "application/vnd.pagerduty+json;version=3")).status())
                .isEqualTo(400);
        assertThat(pd.call("GET", "/users", null, Map.of("Accept", "application/json")).status()).isEqualTo(200);
    }

    @Test
    void configToStringHidesTokens() {
        assertThat(SandboxConfig.withToken("s3cr3t-token").toString()).doesNotContain("s3cr3t-token");
    }
}
