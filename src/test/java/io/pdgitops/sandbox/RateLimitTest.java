package io.pdgitops.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    @Test
    void everyAnswerCarriesTheHeaders() {
        TestSandbox pd = new TestSandbox();
        TestSandbox.Result first = pd.get("/abilities");
        assertThat(first.header("ratelimit-limit")).isEqualTo("960");
        assertThat(first.header("ratelimit-remaining")).isEqualTo("959");
        assertThat(first.header("ratelimit-reset")).isEqualTo("60");
        pd.clock.advance(Duration.ofSeconds(45));
        TestSandbox.Result notFound = pd.get("/services/PNOPE00");
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.header("ratelimit-remaining")).isEqualTo("958");
        assertThat(notFound.header("ratelimit-reset")).isEqualTo("15");
    }

    @Test
    void the961stRequestInAMinuteIs429UntilTheWindowResets() {
        TestSandbox pd = new TestSandbox();
        for (int i = 0; i < 960; i++) {
            assertThat(pd.get("/abilities").status()).isEqualTo(200);
            pd.clock.advance(Duration.ofMillis(50));
        }
        TestSandbox.Result limited = pd.get("/abilities");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.error().path("message").asText()).isEqualTo("Rate Limit Exceeded");
        assertThat(limited.error().path("code").asInt()).isEqualTo(2020);
        assertThat(limited.header("ratelimit-remaining")).isEqualTo("0");
        assertThat(limited.header("ratelimit-reset")).isEqualTo("12");

        pd.clock.advance(Duration.ofSeconds(12));
        assertThat(pd.get("/abilities").status()).isEqualTo(200);
    }

    @Test
    void limitIsPerTokenAndConfigurable() {
        TestSandbox pd = new TestSandbox(SandboxConfig.withToken("a").withToken("b", TokenAccess.FULL).withRateLimit(2));
        pd.token = "a";
        pd.get("/abilities");
        pd.get("/abilities");
        assertThat(pd.get("/abilities").status()).isEqualTo(429);
        pd.token = "b";
        assertThat(pd.get("/abilities").status()).isEqualTo(200);
    }
}
