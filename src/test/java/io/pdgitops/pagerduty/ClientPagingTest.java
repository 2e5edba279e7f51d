package io.pdgitops.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdgitops.pagerduty.dto.ServiceDto;
import io.pdgitops.pagerduty.dto.UserDto;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClientPagingTest {

    private final MockPagerDuty pagerDuty = new MockPagerDuty();

    @AfterEach
    void close() {
        pagerDuty.close();
    }

    @Test
    void readsPagesWhileMoreAndAsksForOneHundredAtATime() {
        pagerDuty.enqueueJson(page("services", 0, 100, true));
        pagerDuty.enqueueJson(page("services", 100, 100, true));
        pagerDuty.enqueueJson(page("services", 200, 42, false));

        List<ServiceDto> services = pagerDuty.client.services().list();

        assertThat(services).hasSize(242);
        assertThat(services.get(241).id()).isEqualTo("P241");
        assertThat(offsetsAndLimits()).containsExactly("0/100", "100/100", "200/100");
    }

    @Test
    void advancesTheOffsetByTheItemsReceivedNotByTheLimit() {
        pagerDuty.enqueueJson(page("users", 0, 60, true));
        pagerDuty.enqueueJson(page("users", 60, 25, false));

        List<UserDto> users = pagerDuty.client.users().list();

        assertThat(users).hasSize(85);
        assertThat(offsetsAndLimits()).containsExactly("0/100", "60/100");
    }

    @Test
    void keepsAnItemThatShiftedOntoTheNextPageOnlyOnce() {
        // Someone created a service while we paged: P99 is pushed from the end of page 1 to the start of page 2.
        pagerDuty.enqueueJson(page("services", 0, 100, true));
        pagerDuty.enqueueJson(page("services", 99, 50, false));

        List<ServiceDto> services = pagerDuty.client.services().list();

        assertThat(services).extracting(ServiceDto::id).doesNotHaveDuplicates().hasSize(149);
    }

    @Test
    void sendsEveryIncludeAsItsOwnParameter() {
        pagerDuty.enqueueJson(page("services", 0, 1, false));

        pagerDuty.client.services().list();

        RecordedRequest request = pagerDuty.take();
        assertThat(request.getUrl().queryParameterValues("include[]")).containsExactly("integrations", "teams");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/services");
    }

    @Test
    void stopsAtTheOffsetCapWithAnExplanation() {
        answerEveryPage((offset, limit) -> page("schedules", offset, 100, true));

        assertThatThrownBy(() -> pagerDuty.client.schedules().list())
                .isInstanceOfSatisfying(PagerDutyException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.path()).isEqualTo("/schedules");
                })
                .hasMessageContaining("at most 10000 schedules")
                .hasMessageContaining("filter");
        assertThat(pagerDuty.server.getRequestCount()).isEqualTo(100);
    }

    @Test
    void aShortPageNearTheCapAsksOnlyForWhatTheCapAllows() {
        answerEveryPage((offset, limit) -> page("teams", offset, offset == 0 ? 50 : limit, offset + limit < 10_000));

        assertThat(pagerDuty.client.teams().list()).hasSize(10_000);
        assertThat(pagerDuty.listener.calls()).hasSize(101);
    }

    /** Answers every list request with the page {@code pages} makes for its offset and limit. */
    private void answerEveryPage(BiFunction<Integer, Integer, String> pages) {
        pagerDuty.server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                int offset = Integer.parseInt(request.getUrl().queryParameter("offset"));
                int limit = Integer.parseInt(request.getUrl().queryParameter("limit"));
                return new MockResponse.Builder().body(pages.apply(offset, limit)).build();
            }
        });
    }

    private List<String> offsetsAndLimits() {
        return IntStream.range(0, pagerDuty.server.getRequestCount())
                .mapToObj(i -> pagerDuty.take().getUrl())
                .map(url -> url.queryParameter("offset") + "/" + url.queryParameter("limit"))
                .toList();
    }

    /** A page of {@code count} objects with ids P{from}..., as PagerDuty lays it out. */
    static String page(String listKey, int from, int count, boolean more) {
        String items = IntStream.range(from, from + count)
                .mapToObj(i -> "{\"id\":\"P" + i + "\",\"name\":\"Object " + i + "\",\"email\":\"u" + i + "@example.com\"}")
                .collect(Collectors.joining(","));
        return "{\"" + listKey + "\":[" + items + "],\"limit\":100,\"offset\":" + from + ",\"more\":" + more
                + ",\"total\":null}";
    }
}
