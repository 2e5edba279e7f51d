package io.pdgitops.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.apply.ApplyResult;
import io.pdgitops.apply.FailureText;
import io.pdgitops.apply.StepOutcome;
import io.pdgitops.apply.StepStatus;
import io.pdgitops.model.DesiredState;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.PagerDutyClientConfig;
import io.pdgitops.pagerduty.RateLimiter;
import io.pdgitops.plan.Inventory;
import io.pdgitops.plan.PlanOptions;
import io.pdgitops.sandbox.SandboxInterceptor;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** A bug below the applier (here: a transport throwing NullPointerException) is named and logged with its trace. */
class UnexpectedStepFailureTest {

    private static final DesiredState EXAMPLE = SandboxAccount.load(SandboxAccount.EXAMPLE_REPO);

    @Test
    void aNullPointerExceptionIsReportedByItsTypeAndLoggedOncePerStepWithItsTrace() {
        SandboxAccount account = SandboxAccount.example();
        Reconciler.Planned planned = account.reconciler()
                .plan(EXAMPLE, Inventory.none(), PlanOptions.from(EXAMPLE.settings().sync(), false));
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Logger logger = Logger.getLogger(FailureText.class.getName());
        Handler handler = recordingInto(records);
        logger.addHandler(handler);
        ApplyResult result;
        try {
            result = new Reconciler(writesThrowNullPointer(account), Clock.systemUTC(), 1).apply(planned, o -> { });
        } finally {
            logger.removeHandler(handler);
        }

        List<StepOutcome> failed = result.outcomes().stream().filter(o -> o.status() == StepStatus.FAILED).toList();
        assertThat(failed).isNotEmpty();
        assertThat(failed).extracting(o -> o.error().orElse(""))
                .allSatisfy(error -> assertThat(error).isEqualTo("NullPointerException"));
        assertThat(records).hasSize(failed.size())
                .allSatisfy(record -> assertThat(record.getThrown()).isInstanceOf(NullPointerException.class));
    }

    @Test
    void aMessageIsKeptAfterTheType() {
        assertThat(FailureText.describe(new IllegalArgumentException("bad value"))).isEqualTo("IllegalArgumentException: bad value");
        assertThat(FailureText.describe(new UnsupportedOperationException())).isEqualTo("UnsupportedOperationException");
    }

    private static Handler recordingInto(List<LogRecord> records) {
        return new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }

    /** Reads pass to the sandbox; every write fails as a bug in the transport would, with no message. */
    private static PagerDutyClient writesThrowNullPointer(SandboxAccount account) {
        SandboxInterceptor sandbox = new SandboxInterceptor(account.sandbox);
        PagerDutyClientConfig config = PagerDutyClientConfig.builder("test-token").baseUrl("https://sandbox.invalid")
                .maxRetries(0).build();
        return PagerDutyClient.builder(config)
                .httpClient(new OkHttpClient.Builder().addInterceptor(chain -> {
                    if (!chain.request().method().equals("GET")) {
                        Optional<String> none = Optional.empty();
                        throw new NullPointerException(none.orElse(null));
                    }
                    return sandbox.intercept(chain);
                }).build())
                .rateLimiter(RateLimiter.unlimited())
                .sleeper(duration -> { })
                .build();
    }
}
