package io.pdgitops.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.PagerDutyException;
import io.pdgitops.pagerduty.dto.EscalationPolicyWrite;
import io.pdgitops.pagerduty.dto.EscalationRuleDto;
import io.pdgitops.pagerduty.dto.MaintenanceWindowDto;
import io.pdgitops.pagerduty.dto.MaintenanceWindowWrite;
import io.pdgitops.pagerduty.dto.Reference;
import io.pdgitops.pagerduty.dto.ServiceWrite;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Maintenance windows through the client: a future window created, found by its description, moved and deleted;
 * a running one whose end changes, whose start may not, and which a delete ends, after which it is history that
 * can no longer be deleted (405).
 */
final class MaintenanceWindowScenario {

    private final PagerDutyClient pd;

    MaintenanceWindowScenario(PagerDutyClient pd) {
        this.pd = pd;
    }

    void run() {
        String taro = pd.users().findByEmail("taro@example.com").orElseThrow().id();
        String policy = pd.escalationPolicies().create(new EscalationPolicyWrite("Window Policy", null, null, null,
                List.of(new EscalationRuleDto(null, 30, List.of(Reference.user(taro)))), null)).id();
        String service = pd.services().create(new ServiceWrite("Window Service", null, Reference.escalationPolicy(policy),
                null, null, null, null, null, null, null)).id();
        List<Reference> services = List.of(Reference.to("service", service));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);

        MaintenanceWindowDto future = pd.maintenanceWindows().create(new MaintenanceWindowWrite("Acme change window",
                now.plusDays(2), now.plusDays(2).plusHours(3), services));
        pd.maintenanceWindows().update(future.id(), new MaintenanceWindowWrite(null, now.plusDays(3),
                now.plusDays(3).plusHours(3), null));
        assertThat(pd.maintenanceWindows().get(future.id()).startTime()).isEqualTo(now.plusDays(3));
        assertThat(pd.maintenanceWindows().findByName("Acme change window")).extracting(MaintenanceWindowDto::id)
                .containsExactly(future.id());

        MaintenanceWindowDto running = pd.maintenanceWindows().create(new MaintenanceWindowWrite("Acme emergency",
                now.minusHours(1), now.plusHours(1), services));
        assertThat(running.startTime()).isAfter(now.minusHours(1)); // moved to the sandbox's now
        pd.maintenanceWindows().update(running.id(), new MaintenanceWindowWrite(null, null, now.plusHours(2), null));
        assertThatThrownBy(() -> pd.maintenanceWindows().update(running.id(),
                new MaintenanceWindowWrite(null, now.plusHours(1), null, null)))
                .isInstanceOf(PagerDutyException.class).hasMessageContaining("HTTP 400");
        assertThat(pd.maintenanceWindows().list()).extracting(MaintenanceWindowDto::id)
                .containsExactly(running.id(), future.id());

        pd.maintenanceWindows().delete(running.id());
        assertThat(pd.maintenanceWindows().list()).extracting(MaintenanceWindowDto::id).containsExactly(future.id());
        assertThatThrownBy(() -> pd.maintenanceWindows().delete(running.id()))
                .isInstanceOf(PagerDutyException.class).hasMessageContaining("HTTP 405");
        pd.maintenanceWindows().delete(future.id());
        pd.services().delete(service);
        pd.escalationPolicies().delete(policy);
    }
}
