package io.pdgitops.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.diff.LiveWindow;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.MaintenanceWindow;
import io.pdgitops.model.Origin;
import io.pdgitops.model.RepoSettings;
import io.pdgitops.model.SourceLocation;
import io.pdgitops.model.WindowTiming;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.PagerDutyClientConfig;
import io.pdgitops.pagerduty.RateLimiter;
import io.pdgitops.pagerduty.dto.MaintenanceWindowWrite;
import io.pdgitops.pagerduty.dto.Reference;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.sandbox.SandboxConfig;
import io.pdgitops.sandbox.SandboxInterceptor;
import io.pdgitops.testing.AcmeServices;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The account read carries the open maintenance windows, by service name, only when they are of use; with the
 * account cache they are read on every plan, as time alone opens and ends them and no audit record says so.
 */
class LiveStateReaderWindowsTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
    private static final Origin ORIGIN = Origin.at(SourceLocation.startOf("windows.yaml"));

    private final PagerDutyClient client = PagerDutyClient.builder(PagerDutyClientConfig.builder("test-token")
                    .baseUrl("https://sandbox.invalid").maxRetries(0).build())
            .httpClient(SandboxInterceptor.inProcessClient(new Sandbox(SandboxConfig.permissiveDefaults(),
                    LiveStateReaderTest.USERS, Clock.fixed(NOW, ZoneOffset.UTC), millis -> { })))
            .rateLimiter(RateLimiter.unlimited())
            .build();

    @Test
    void windowsAreReadWhenDeclaredOrRecordedAndAgainOnEveryReadThroughTheAccountCache() {
        String web = service("Acme Web");
        window("Acme upgrade", web, 1);
        DesiredState declaring = state(List.of(new MaintenanceWindow("Acme upgrade", List.of("Acme Web"),
                new WindowTiming.Once(at(1), at(1).plusHours(2)), ORIGIN)));
        DesiredState none = state(List.of());
        LiveStateReader cached = new LiveStateReader(client).withAccountCache(new AccountCache(Duration.ofHours(1)));

        assertThat(new LiveStateReader(client).read(none, NOW).state().windows()).isEmpty();
        assertThat(new LiveStateReader(client).read(none, NOW, Set.of(ResourceKind.MAINTENANCE_WINDOW)).state().windows()).hasSize(1);
        assertThat(cached.read(declaring, NOW).state().windows()).extracting(LiveWindow::window)
                .singleElement().satisfies(window -> assertThat(window.services()).containsExactly("Acme Web"));

        window("Clicked in the UI", web, 2);

        assertThat(cached.read(declaring, NOW).state().windows()).extracting(window -> window.window().name())
                .containsExactly("Acme upgrade", "Clicked in the UI");
    }

    private String service(String name) {
        return AcmeServices.create(client, name);
    }

    private void window(String description, String serviceId, int daysAhead) {
        client.maintenanceWindows().create(new MaintenanceWindowWrite(description, at(daysAhead),
                at(daysAhead).plusHours(2), List.of(Reference.to("service", serviceId))));
    }

    private static OffsetDateTime at(int daysAhead) {
        return NOW.atOffset(ZoneOffset.UTC).plusDays(daysAhead);
    }

    private static DesiredState state(List<MaintenanceWindow> windows) {
        return new DesiredState(RepoSettings.defaults(), List.of(), List.of(), List.of(), List.of(), 1, List.of(),
                windows);
    }
}
