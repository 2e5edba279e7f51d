package io.pdgitops.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.diff.LiveWindow;
import io.pdgitops.diff.WindowChange;
import io.pdgitops.diff.WindowDiff;
import io.pdgitops.live.LiveMaintenanceWindows;
import io.pdgitops.model.MaintenanceWindow;
import io.pdgitops.model.Origin;
import io.pdgitops.model.SourceLocation;
import io.pdgitops.model.WindowTiming;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.PagerDutyClientConfig;
import io.pdgitops.pagerduty.RateLimiter;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.sandbox.SandboxConfig;
import io.pdgitops.sandbox.SandboxInterceptor;
import io.pdgitops.sandbox.Seed;
import io.pdgitops.testing.AcmeServices;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Applying window changes converges, also when a run stops half way and the next one starts from a fresh read. */
class WindowApplierTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
    private static final Seed ANN = new Seed(List.of(new Seed.User("Ann", "ann@example.com", "Asia/Tokyo", "user", null)),
            List.of());

    private final PagerDutyClient client = PagerDutyClient.builder(PagerDutyClientConfig.builder("test-token")
                    .baseUrl("https://sandbox.invalid").maxRetries(0).build())
            .httpClient(SandboxInterceptor.inProcessClient(new Sandbox(SandboxConfig.permissiveDefaults(), ANN,
                    Clock.fixed(NOW, ZoneOffset.UTC), millis -> { })))
            .rateLimiter(RateLimiter.unlimited())
            .build();

    @Test
    void aRunStoppedHalfWayIsFinishedByTheNextWithoutDuplicatesAndThenNothingIsLeftToDo() {
        Map<String, String> serviceIds = Map.of("Acme Web", service("Acme Web"), "Acme Mail", service("Acme Mail"));
        MaintenanceWindow weekly = new MaintenanceWindow("Acme weekly", List.of("Acme Web", "Acme Mail"),
                new WindowTiming.Weekly(List.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY), LocalTime.of(23, 0),
                        Duration.ofHours(3), ZoneId.of("Asia/Tokyo"), 3), Origin.at(SourceLocation.startOf("w.yaml")));
        List<WindowChange> first = WindowDiff.between(List.of(weekly), read(serviceIds), NOW);

        WindowApplier.apply(client.maintenanceWindows(), first.subList(0, first.size() / 2), serviceIds);
        List<WindowChange> rest = WindowDiff.between(List.of(weekly), read(serviceIds), NOW);
        assertThat(rest).hasSize(first.size() - first.size() / 2)
                .extracting(WindowChange::action).containsOnly(WindowChange.Action.CREATE);
        WindowApplier.apply(client.maintenanceWindows(), rest, serviceIds);

        assertThat(read(serviceIds)).hasSize(first.size());
        assertThat(WindowDiff.between(List.of(weekly), read(serviceIds), NOW)).isEmpty();

        MaintenanceWindow fewer = new MaintenanceWindow("Acme weekly", List.of("Acme Web"), weekly.timing(), weekly.origin());
        List<WindowChange> updates = WindowDiff.between(List.of(fewer), read(serviceIds), NOW);
        assertThat(updates).hasSize(first.size()).extracting(WindowChange::action).containsOnly(WindowChange.Action.UPDATE);
        WindowApplier.apply(client.maintenanceWindows(), updates, serviceIds);
        assertThat(WindowDiff.between(List.of(fewer), read(serviceIds), NOW)).isEmpty();
    }

    private List<LiveWindow> read(Map<String, String> serviceIds) {
        Map<String, String> names = new HashMap<>();
        serviceIds.forEach((name, id) -> names.put(id, name));
        return LiveMaintenanceWindows.read(client, names);
    }

    private String service(String name) {
        return AcmeServices.create(client, name);
    }
}
