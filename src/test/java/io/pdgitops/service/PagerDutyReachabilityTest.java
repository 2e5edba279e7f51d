package io.pdgitops.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.pagerduty.ApiCall;
import io.pdgitops.pagerduty.PagerDutyException;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PagerDutyReachabilityTest {

    static Stream<Object[]> unusableAnswers() {
        return Stream.of(
                new Object[] {PagerDutyException.NO_RESPONSE, "GET /services answered nothing (network error)"},
                new Object[] {500, "GET /services answered HTTP 500"},
                new Object[] {503, "GET /services answered HTTP 503"},
                new Object[] {401, "PagerDuty refused the API key (HTTP 401)"},
                new Object[] {403, "PagerDuty refused the API key (HTTP 403)"});
    }

    @ParameterizedTest
    @MethodSource("unusableAnswers")
    void noAnswerServerErrorsAndARefusedKeyMakeThePagerDutyHalfOfReadinessDown(int status, String problem) {
        assertThat(PagerDutyReachability.problemAfter(call(status))).contains(problem);
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 204, 400, 404, 429})
    void anyOtherAnswerComesFromAReachablePagerDuty(int status) {
        assertThat(PagerDutyReachability.problemAfter(call(status))).isEmpty();
    }

    private static ApiCall call(int status) {
        return new ApiCall("GET", "/services", status, Duration.ofMillis(3), 0);
    }
}
