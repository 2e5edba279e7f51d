package io.pdgitops.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.service.TempDataDir;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A webhook limit set lower than the default lowers the HTTP layer's limit with it: a body over it is refused before
 * any route reads it, even on a route whose own limit is larger and even without a declared length.
 */
@QuarkusTest
@TestProfile(LoweredWebhookLimitTest.SmallWebhooks.class)
class LoweredWebhookLimitTest {

    static final int WEBHOOK_LIMIT = 4096;

    public static class SmallWebhooks implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pd-gitops.webhook.max-body-bytes", String.valueOf(WEBHOOK_LIMIT),
                    "pd-gitops.http.max-api-body-bytes", String.valueOf(16 * WEBHOOK_LIMIT),
                    "pd-gitops.repo.url", "git://127.0.0.1:1/config.git",
                    "pd-gitops.data-dir", TempDataDir.create("pd-gitops-lowered-webhook-limit"));
        }
    }

    @TestHTTPResource("/api/v1/validate")
    URI validate;

    @Test
    void aChunkedBodyOverTheWebhookLimitIsRefusedByTheHttpLayer() throws Exception {
        int over = 4 * WEBHOOK_LIMIT;
        assertThat(over).as("within the route's own limit").isLessThan(16 * WEBHOOK_LIMIT);

        assertThat(postChunked(WEBHOOK_LIMIT / 2)).as("a body under the limit reaches the route").isNotEqualTo(413);
        assertThat(postChunked(over)).isEqualTo(413);
    }

    /** Posts a JSON body of about {@code size} bytes without a Content-Length: only the HTTP layer counts it. */
    private int postChunked(int size) throws Exception {
        byte[] body = ("{\"ref\": \"" + "x".repeat(size) + "\"}").getBytes();
        HttpRequest request = HttpRequest.newBuilder(validate).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
