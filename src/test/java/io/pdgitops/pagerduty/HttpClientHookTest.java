package io.pdgitops.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

class HttpClientHookTest {

    @Test
    void aGivenOkHttpClientKeepsItsInterceptorsAndTakesTheConfiguredTimeouts() {
        List<String> seen = new ArrayList<>();
        OkHttpClient answering = new OkHttpClient.Builder().callTimeout(Duration.ofMinutes(9)).addInterceptor(chain -> {
            seen.add(chain.request().method() + " " + chain.request().url().encodedPath() + " " + chain.call().timeout().timeoutNanos());
            return new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1).code(200).message("OK")
                    .body(ResponseBody.create("{\"abilities\":[\"teams\"]}", MediaType.get("application/json"))).build();
        }).build();
        PagerDutyClientConfig config = PagerDutyClientConfig.builder("hook-test-token-1234")
                .baseUrl("http://pagerduty.invalid").callTimeout(Duration.ofSeconds(7)).build();

        PagerDutyClient client = PagerDutyClient.builder(config).httpClient(answering)
                .rateLimiter(RateLimiter.unlimited()).build();

        assertThat(client.abilities()).containsExactly("teams");
        assertThat(seen).containsExactly("GET /abilities " + Duration.ofSeconds(7).toNanos());
    }
}
