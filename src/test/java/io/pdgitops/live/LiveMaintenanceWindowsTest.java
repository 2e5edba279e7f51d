package io.pdgitops.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.diff.LiveWindow;
import io.pdgitops.model.WindowOccurrence;
import io.pdgitops.pagerduty.ApiCall;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.PagerDutyClientConfig;
import io.pdgitops.pagerduty.RateLimiter;
import io.pdgitops.pagerduty.dto.EscalationPolicyWrite;
import io.pdgitops.pagerduty.dto.EscalationRuleDto;
import io.pdgitops.pagerduty.dto.MaintenanceWindowWrite;
import io.pdgitops.pagerduty.dto.Reference;
import io.pdgitops.pagerduty.dto.ServiceWrite;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.sandbox.SandboxConfig;
import io.pdgitops.sandbox.SandboxInterceptor;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Open windows come back with service names, in one list call per hundred; ended ones are not read at all. */
class LiveMaintenanceWindowsTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    private final List<ApiCall> calls = new ArrayList<>();
    private final PagerDutyClient client = PagerDutyClient.builder(PagerDutyClientConfig.builder("test-token")
                    .baseUrl("https://sandbox.invalid").maxRetries(0).build())
            .httpClient(SandboxInterceptor.inProcessClient(new Sandbox(SandboxConfig.permissiveDefaults(),
                    LiveStateReaderTest.USERS, Clock.fixed(NOW, ZoneOffset.UTC), millis -> { })))
            .rateLimiter(RateLimiter.unlimited())
            .listener(calls::add)
            .build();

    @Test
    void openWindowsAreReadWithServiceNamesInOneCallAndEndedOnesAreLeftOut() {
        String ann = client.users().findByEmail("ann@example.com").orElseThrow().id();
        String policy = client.escalationPolicies().create(new EscalationPolicyWrite("Primary", null, null, null,
                List.of(new EscalationRuleDto(null, 30, List.of(Reference.user(ann)))), null)).id();
        String web = client.services().create(new ServiceWrite("Acme Web", null, Reference.escalationPolicy(policy),
                null, null, null, null, null, null, null)).id();
        OffsetDateTime now = NOW.atOffset(ZoneOffset.UTC);
        List<Reference> services = List.of(Reference.to("service", web));
        String running = client.maintenanceWindows().create(
                new MaintenanceWindowWrite("Running", now.minusHours(1), now.plusHours(1), services)).id();
        client.maintenanceWindows().create(new MaintenanceWindowWrite("Next week", now.plusDays(7),
                now.plusDays(7).plusHours(3), services));
        String ended = client.maintenanceWindows().create(
                new MaintenanceWindowWrite("Ended", now.minusHours(1), now.plusHours(1), services)).id();
        client.maintenanceWindows().delete(ended); // a running window deleted has ended now
        calls.clear();

        List<LiveWindow> live = LiveMaintenanceWindows.read(client, Map.of(web, "Acme Web"));

        assertThat(live).extracting(window -> window.window().name()).containsExactly("Running", "Next week");
        assertThat(live.get(0).id()).isEqualTo(running);
        assertThat(live.get(0).window()).isEqualTo(new WindowOccurrence("Running", List.of("Acme Web"), NOW,
                NOW.plusSeconds(3600)));
        assertThat(calls).hasSize(1);
        assertThat(LiveMaintenanceWindows.read(client, Map.of()).get(0).window().services()).containsExactly(web);
    }
}
