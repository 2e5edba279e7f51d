package io.pdgitops.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An https-style remote that demands credentials: the token goes out in the Authorization header only. */
class GitSourceHttpTokenTest {

    private static final String TOKEN = "ghp-s3cret-token";

    @TempDir
    Path temp;

    @Test
    void tokenIsSentAsBasicCredentialsAndNeverShownInTheError() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    return new MockResponse.Builder().code(401)
                            .addHeader("WWW-Authenticate", "Basic realm=\"git\"").build();
                }
            });
            server.start();
            String url = server.url("/acme/pd-config.git").toString();
            GitRemote remote = GitRemote.of(url, "main").withToken(GitToken.of(TOKEN));

            try (GitSource source = GitSource.open(remote, temp.resolve("data"),
                    new SourceLimits(1024, 10, Duration.ofSeconds(10)))) {
                assertThatThrownBy(source::fetchTrackedBranch)
                        .isInstanceOf(GitSourceException.class)
                        .hasMessageStartingWith("cannot fetch branch 'main' from " + url + ": ")
                        .hasMessageContaining("not authorized")
                        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN));
            }

            String expected = "Basic " + Base64.getEncoder()
                    .encodeToString(("x-access-token:" + TOKEN).getBytes(StandardCharsets.UTF_8));
            assertThat(authorizationHeaders(server)).contains(expected);
        }
    }

    private static List<String> authorizationHeaders(MockWebServer server) throws InterruptedException {
        List<String> headers = new ArrayList<>();
        RecordedRequest request;
        while ((request = server.takeRequest(100, TimeUnit.MILLISECONDS)) != null) {
            String authorization = request.getHeaders().get("Authorization");
            if (authorization != null) {
                headers.add(authorization);
            }
        }
        return headers;
    }
}
