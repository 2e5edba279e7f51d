package io.pdgitops.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SandboxHttpServerTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private SandboxHttpServer server;

    private SandboxHttpServer start(SandboxConfig config) throws IOException {
        server = SandboxHttpServer.start(new Sandbox(config, TestSandbox.seed()), "127.0.0.1", 0);
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(server.baseUri() + pathAndQuery))
                .timeout(Duration.ofSeconds(5))
                .header("Accept", "application/vnd.pagerduty+json;version=2")
                .header("Authorization", "Token token=" + TestSandbox.TOKEN);
    }

    @Test
    void servesPagerDutyPathsWithHeadersAndRepeatedQueryKeys() throws Exception {
        start(SandboxConfig.withToken(TestSandbox.TOKEN));
        HttpResponse<String> teams = http.send(request("/teams").GET().build(), HttpResponse.BodyHandlers.ofString());
        String tokyo = Json.MAPPER.readTree(teams.body()).path("teams").get(0).path("id").asText();

        HttpResponse<String> users = http.send(request("/users?team_ids%5B%5D=" + tokyo + "&include%5B%5D=teams&limit=2")
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(users.statusCode()).isEqualTo(200);
        assertThat(users.headers().firstValue("ratelimit-remaining")).hasValue("958");
        assertThat(users.headers().firstValue("content-type")).hasValue("application/json");
        JsonNode body = Json.MAPPER.readTree(users.body());
        assertThat(body.path("users")).hasSize(2);
        assertThat(body.path("more").asBoolean()).isTrue();
        assertThat(body.path("users").get(0).path("teams").get(0).path("type").asText()).isEqualTo("team");
    }

    /** The latency of one answer must not hold up the others: each of four waits until all four are waiting. */
    @Test
    void answersWaitOutTheirLatencyAtTheSameTime() throws Exception {
        CyclicBarrier allFour = new CyclicBarrier(4);
        AtomicInteger together = new AtomicInteger();
        Sandbox sandbox = new Sandbox(SandboxConfig.withToken(TestSandbox.TOKEN).withLatency(1, 0), TestSandbox.seed(),
                Clock.systemUTC(), millis -> {
                    try {
                        allFour.await(30, TimeUnit.SECONDS);
                        together.incrementAndGet();
                    } catch (BrokenBarrierException | TimeoutException e) {
                        // Answered anyway: the count below tells that this one waited alone.
                    }
                });
        server = SandboxHttpServer.start(sandbox, "127.0.0.1", 0);
        HttpClient parallelHttp = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1).build();

        List<CompletableFuture<HttpResponse<String>>> answers = IntStream.range(0, 4)
                .mapToObj(i -> parallelHttp.sendAsync(request("/teams").timeout(Duration.ofSeconds(60)).GET().build(),
                        HttpResponse.BodyHandlers.ofString()))
                .toList();

        assertThat(answers).allSatisfy(answer -> assertThat(answer.get().statusCode()).isEqualTo(200));
        assertThat(together.get()).isEqualTo(4);
    }

    @Test
    void writesAndNoContentAnswers() throws Exception {
        start(SandboxConfig.withToken(TestSandbox.TOKEN));
        HttpResponse<String> created = http.send(request("/teams").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"team\":{\"type\":\"team\",\"name\":\"Night\"}}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        String id = Json.MAPPER.readTree(created.body()).path("team").path("id").asText();

        HttpResponse<String> deleted = http.send(request("/teams/" + id).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
    }

    @Test
    void droppedConnectionGivesTheClientAnIoError() throws Exception {
        start(SandboxConfig.withToken(TestSandbox.TOKEN).withFaults(new Faults(0, 0, 0, 1.0, 0, true, 1)));
        assertThatThrownBy(() -> http.send(request("/abilities").GET().build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
    }
}
