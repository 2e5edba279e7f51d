package io.pdgitops.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.diff.LiveIntegration;
import io.pdgitops.diff.LiveState;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.IntegrationType;
import io.pdgitops.model.RepoSettings;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.ScheduleLayer;
import io.pdgitops.model.Service;
import io.pdgitops.model.Target;
import io.pdgitops.model.Timeout;
import io.pdgitops.pagerduty.dto.JsonNullable;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.dto.EscalationPolicyWrite;
import io.pdgitops.pagerduty.dto.EscalationRuleDto;
import io.pdgitops.pagerduty.dto.IntegrationWrite;
import io.pdgitops.pagerduty.dto.LayerUser;
import io.pdgitops.pagerduty.dto.LayerWrite;
import io.pdgitops.pagerduty.dto.Reference;
import io.pdgitops.pagerduty.dto.ScheduleWrite;
import io.pdgitops.pagerduty.dto.ServiceWrite;
import io.pdgitops.reconcile.SandboxAccount;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.sandbox.SandboxConfig;
import io.pdgitops.sandbox.Seed;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What PagerDuty returns, turned into the diff's live model as {@link LiveState} documents it. */
class LiveStateReaderTest {

    static final Seed USERS = new Seed(List.of(
            new Seed.User("Ann", "ann@example.com", "Asia/Tokyo", "user", null),
            new Seed.User("Bob", "Bob@Example.com", "Asia/Tokyo", "user", null)), List.of());
    static final OffsetDateTime FUTURE = OffsetDateTime.parse("2099-01-05T09:00:00+09:00");

    final PagerDutyClient client = SandboxAccount.client(new Sandbox(SandboxConfig.permissiveDefaults(), USERS), 0);

    @Test
    void namesReplaceIdsLayersComeLayerOneFirstWithoutEndedOnesAndDefaultsAreFilledIn() {
        String ann = client.users().findByEmail("ann@example.com").orElseThrow().id();
        String bob = client.users().findByEmail("bob@example.com").orElseThrow().id();
        String rota = client.schedules().create(new ScheduleWrite("Rota", "", "Asia/Tokyo", List.of(
                layer("Day", FUTURE, null, ann),
                layer("Night", FUTURE, null, bob),
                layer("Old", OffsetDateTime.parse("2020-01-06T09:00:00+09:00"),
                        OffsetDateTime.parse("2020-02-03T09:00:00+09:00"), ann)), null)).id();
        String policy = client.escalationPolicies().create(new EscalationPolicyWrite("Primary", null, null, null,
                List.of(new EscalationRuleDto(null, 30, List.of(Reference.schedule(rota), Reference.user(bob)))),
                null)).id();
        String service = client.services().create(new ServiceWrite("Payments", "Card gateway",
                Reference.escalationPolicy(policy), null, JsonNullable.ofNull(), null, null, null, null, null)).id();
        client.integrations().create(service, IntegrationWrite.ofType("Nagios", "nagios_inbound_integration"));

        LiveAccount account = new LiveStateReader(client).read(DesiredState.empty(RepoSettings.defaults()), Instant.now());
        LiveState state = account.state();

        Schedule schedule = state.schedules().get(0).object();
        assertThat(schedule.description()).isEmpty();
        assertThat(schedule.layers()).extracting(ScheduleLayer::name)
                .containsExactly(Optional.of("Day"), Optional.of("Night"));
        assertThat(schedule.layers().get(1).users()).containsExactly("Bob@Example.com");
        assertThat(schedule.layers().get(0).start().toInstant()).isEqualTo(FUTURE.toInstant());
        assertThat(account.currentLayers().get(rota)).hasSize(2);
        EscalationPolicy livePolicy = state.escalationPolicies().get(0).object();
        assertThat(livePolicy.rules().get(0).targets())
                .containsExactlyInAnyOrder(Target.schedule("Rota"), Target.user("Bob@Example.com"));
        assertThat(livePolicy.rules().get(0).escalationDelay()).isEqualTo(Duration.ofMinutes(30));
        Service liveService = state.services().get(0).object();
        assertThat(liveService.escalationPolicy()).isEqualTo("Primary");
        assertThat(liveService.autoResolveTimeout()).hasValue(Timeout.after(Duration.ofHours(4)));
        assertThat(liveService.acknowledgementTimeout()).hasValue(Timeout.disabled());
        assertThat(liveService.status()).hasValue("active");
        LiveIntegration integration = state.integrationsOf(service).get(0);
        assertThat(integration.integration().type()).isEqualTo(IntegrationType.NAGIOS);
        assertThat(integration.integrationKey()).isPresent();
        assertThat(account.userIds()).containsEntry("bob@example.com", bob);
        assertThat(account.vendorIds()).as("no vendor integration, so vendors are not read").isEmpty();
    }

    private static LayerWrite layer(String name, OffsetDateTime start, OffsetDateTime end, String userId) {
        return new LayerWrite(null, name, start, end == null ? null : JsonNullable.of(end), start, 86_400,
                List.of(LayerUser.of(userId)), List.of());
    }
}
