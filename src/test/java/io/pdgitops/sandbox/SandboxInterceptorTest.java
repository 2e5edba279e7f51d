package io.pdgitops.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class SandboxInterceptorTest {

    private static OkHttpClient client(Sandbox sandbox, String prefix) {
        return new OkHttpClient.Builder().addInterceptor(new SandboxInterceptor(sandbox, prefix)).build();
    }

    private static Request.Builder request(String url) {
        return new Request.Builder().url(url).header("Authorization", "Token token=" + TestSandbox.TOKEN);
    }

    @Test
    void answersInProcessWithoutTheNetwork() throws Exception {
        Sandbox sandbox = new Sandbox(SandboxConfig.withToken(TestSandbox.TOKEN), TestSandbox.seed());
        OkHttpClient client = client(sandbox, "");
        try (Response created = client.newCall(request("https://api.pagerduty.com/teams")
                .post(RequestBody.create("{\"team\":{\"type\":\"team\",\"name\":\"Night\"}}", MediaType.get("application/json")))
                .build()).execute()) {
            assertThat(created.code()).isEqualTo(201);
        }
        try (Response listed = client.newCall(request("https://api.pagerduty.com/teams?query=night&include[]=x").build()).execute()) {
            assertThat(listed.code()).isEqualTo(200);
            assertThat(listed.header("ratelimit-limit")).isEqualTo("960");
            JsonNode body = Json.MAPPER.readTree(listed.body().string());
            assertThat(body.path("teams")).extracting(t -> t.path("name").asText()).containsExactly("Night");
        }
    }

    @Test
    void pathPrefixIsRemoved() throws Exception {
        Sandbox sandbox = new Sandbox(SandboxConfig.withToken(TestSandbox.TOKEN), TestSandbox.seed());
        try (Response response = client(sandbox, "/sandbox").newCall(request("http://localhost/sandbox/users").build()).execute()) {
            assertThat(response.code()).isEqualTo(200);
        }
    }

    @Test
    void droppedConnectionIsAnIoException() {
        Sandbox sandbox = new Sandbox(SandboxConfig.withToken(TestSandbox.TOKEN).withFaults(new Faults(0, 0, 0, 1.0, 0, true, 1)),
                TestSandbox.seed());
        assertThatThrownBy(() -> client(sandbox, "").newCall(request("https://api.pagerduty.com/users").build()).execute())
                .isInstanceOf(IOException.class).hasMessageContaining("dropped");
    }
}
