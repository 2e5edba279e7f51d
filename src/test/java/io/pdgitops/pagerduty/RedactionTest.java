package io.pdgitops.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.pdgitops.pagerduty.dto.IntegrationDto;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RedactionTest {

    private static final String TOKEN = MockPagerDuty.TOKEN;

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            logged.add(formatter.format(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger root = Logger.getLogger("");
    private final List<Logger> verbose = List.of(root, Logger.getLogger("okhttp3"), Logger.getLogger("io.pdgitops"));
    private final List<Level> levels = verbose.stream().map(Logger::getLevel).toList();
    private final Handler[] consoleHandlers = root.getHandlers();

    /** Everything down to FINEST (OkHttp's own debug output included) goes to the capture, nothing to the console. */
    @BeforeEach
    void captureAllLogging() {
        for (Handler handler : consoleHandlers) {
            root.removeHandler(handler);
        }
        verbose.forEach(logger -> logger.setLevel(Level.ALL));
        capture.setLevel(Level.ALL);
        root.addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        root.removeHandler(capture);
        for (int i = 0; i < verbose.size(); i++) {
            verbose.get(i).setLevel(levels.get(i));
        }
        for (Handler handler : consoleHandlers) {
            root.addHandler(handler);
        }
    }

    @Test
    void theTokenAppearsInNoMessageStringOrLog() {
        String echo = "{\"error\":{\"message\":\"bad header Token token=" + TOKEN + "\",\"code\":2006}}";
        try (MockPagerDuty pagerDuty = new MockPagerDuty()) {
            pagerDuty.enqueue(503, "<p>upstream saw Token token=" + TOKEN + "</p>");
            pagerDuty.enqueue(401, echo);

            PagerDutyException error = catchThrowableOfType(PagerDutyException.class,
                    () -> pagerDuty.client.teams().get("PT1"));

            assertThat(error.status()).isEqualTo(401);
            assertThat(error.getMessage()).contains("bad header").doesNotContain(TOKEN);
            assertThat(error.errorMessage()).doesNotContain(TOKEN);
            assertThat(error.details()).noneMatch(detail -> detail.contains(TOKEN));
            assertThat(pagerDuty.client.toString()).doesNotContain(TOKEN);
            assertThat(pagerDuty.listener.calls()).extracting(ApiCall::toString)
                    .noneMatch(text -> text.contains(TOKEN));
        }
        assertThat(logged).as("the retry of the 503 is logged").anyMatch(line -> line.contains("retry 1 of 3"));
        assertThat(logged).as("OkHttp's debug output is captured too").anyMatch(line -> line.contains("okhttp3"));
        assertThat(logged).noneMatch(line -> line.contains(TOKEN));
    }

    @Test
    void aShortSandboxTokenDoesNotGarbleMessages() {
        try (MockPagerDuty pagerDuty = new MockPagerDuty()) {
            PagerDutyClient sandbox = pagerDuty.client("team", "/", ApiCallListener.NONE, config -> config);
            pagerDuty.enqueue(404, "{\"error\":{\"message\":\"no such team\",\"code\":6001}}");

            assertThatThrownBy(() -> sandbox.teams().get("PT1")).hasMessageContaining("no such team");
        }
    }

    @Test
    void theConfigurationPrintsWithoutItsToken() {
        PagerDutyClientConfig config = PagerDutyClientConfig.builder(TOKEN).region(PagerDutyRegion.EU).build();

        assertThat(config.toString()).doesNotContain(TOKEN).contains("(redacted)")
                .contains("https://api.eu.pagerduty.com");
    }

    @Test
    void anIntegrationPrintsWithoutItsKey() {
        IntegrationDto integration = new IntegrationDto("PI1", "events_api_v2_inbound_integration", "Events", null, null,
                null, "a1b2c3d4e5f60718293a4b5c6d7e8f90", null, null, null, null, null, null, null, Map.of());

        assertThat(integration.toString()).doesNotContain("a1b2c3d4e5f60718293a4b5c6d7e8f90").contains("PI1");
    }
}
