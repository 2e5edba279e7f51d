package io.pdgitops.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.PagerDutyException;
import io.pdgitops.sandbox.SandboxConfig;
import org.junit.jupiter.api.Test;

/** The client and the sandbox agree on PagerDuty's cap of 10,000 records through offset paging. */
class OffsetCapTest {

    @Test
    void aListPastTenThousandStopsAtTheCapWithAClearErrorAndNoRefusedPage() {
        try (RecordedSandbox pd = RecordedSandbox.inProcess(SandboxConfig.withToken(RecordedSandbox.TOKEN).withRateLimit(1_000_000))) {
            for (int i = 0; i < 10_050; i++) {
                pd.direct("POST", "/teams", "{\"team\":{\"type\":\"team\",\"name\":\"Team %05d\"}}".formatted(i));
            }
            PagerDutyClient client = pd.client();

            assertThatThrownBy(() -> client.teams().list())
                    .isInstanceOfSatisfying(PagerDutyException.class, e -> {
                        assertThat(e.retryable()).isFalse();
                        assertThat(e.getMessage()).contains("at most 10000 teams", "team_ids[]");
                    });
            // Every page up to the cap was answered; the client did not ask for the one PagerDuty would refuse.
            assertThat(pd.calls.counts().reads()).isEqualTo(100);
            assertThat(pd.calls.counts().failed()).isZero();
            assertThat(pd.recorder.exchanges()).last().satisfies(last ->
                    assertThat(last.url().queryParameter("offset")).isEqualTo("9900"));
        }
    }
}
