package io.pdgitops.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pdgitops.pagerduty.dto.JsonNullable;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.PagerDutyException;
import io.pdgitops.pagerduty.RenderWindow;
import io.pdgitops.pagerduty.SchedulesApi.OverrideRemoval;
import io.pdgitops.pagerduty.dto.EscalationPolicyWrite;
import io.pdgitops.pagerduty.dto.EscalationRuleDto;
import io.pdgitops.pagerduty.dto.IntegrationDto;
import io.pdgitops.pagerduty.dto.IntegrationWrite;
import io.pdgitops.pagerduty.dto.LayerUser;
import io.pdgitops.pagerduty.dto.LayerWrite;
import io.pdgitops.pagerduty.dto.OverrideEntry;
import io.pdgitops.pagerduty.dto.Reference;
import io.pdgitops.pagerduty.dto.RestrictionDto;
import io.pdgitops.pagerduty.dto.ScheduleDto;
import io.pdgitops.pagerduty.dto.ScheduleWrite;
import io.pdgitops.pagerduty.dto.ServiceDto;
import io.pdgitops.pagerduty.dto.ServiceWrite;
import io.pdgitops.pagerduty.dto.TeamWrite;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * What pd-gitops does to an account, through the client: look up users, build a team, a schedule with restricted
 * layers and overrides, a policy, a service with integrations of every kind, then read everything back, change
 * it, run into PagerDuty's refusals (400, 401, 404 and dependency-blocked deletes) and tear it all down.
 */
final class ClientScenario {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PagerDutyClient pd;
    private final PagerDutyClient wrongToken;

    ClientScenario(PagerDutyClient pd, PagerDutyClient wrongToken) {
        this.pd = pd;
        this.wrongToken = wrongToken;
    }

    void run() {
        String taro = pd.users().findByEmail("taro@example.com").orElseThrow().id();
        String hanako = pd.users().findByEmail("hanako@example.com").orElseThrow().id();
        assertThat(pd.users().list()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(pd.users().get(taro).email()).isEqualTo("taro@example.com");
        assertThat(pd.abilities()).isNotEmpty();

        String team = teams(taro, hanako);
        String schedule = schedules(taro, hanako);
        String policy = escalationPolicies(team, schedule, taro);
        String service = services(policy);
        integrations(service);
        errors();
        teardown(team, schedule, policy, service);
    }

    private String teams(String taro, String hanako) {
        String team = pd.teams().create(TeamWrite.named("Conformance Team", "Checked against the spec")).id();
        pd.teams().update(team, TeamWrite.named("Conformance Team", "Still checked"));
        assertThat(pd.teams().findByName("Conformance Team")).hasSize(1);
        assertThat(pd.teams().list()).extracting("name").contains("Ops Tokyo", "Conformance Team");
        assertThat(pd.teams().get(team).description()).isEqualTo("Still checked");
        pd.teams().addMember(team, taro, "manager");
        pd.teams().addMember(team, hanako, "responder");
        pd.teams().removeMember(team, hanako);
        assertThat(pd.teams().members(team)).hasSize(1);
        return team;
    }

    private String schedules(String taro, String hanako) {
        OffsetDateTime monday = ZonedDateTime.now(TOKYO).plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .truncatedTo(ChronoUnit.DAYS).withHour(9).toOffsetDateTime();
        LayerWrite weekdays = new LayerWrite(null, "Weekday days", monday, null, monday, 86_400,
                List.of(LayerUser.of(taro), LayerUser.of(hanako)),
                List.of(new RestrictionDto("weekly_restriction", "09:00:00", 9 * 3600, 1),
                        new RestrictionDto("weekly_restriction", "09:00:00", 9 * 3600, 2)));
        LayerWrite nights = new LayerWrite(null, "Nights", monday, null, monday, 7 * 86_400,
                List.of(LayerUser.of(hanako)), List.of(new RestrictionDto("daily_restriction", "18:00:00", 15 * 3600, null)));
        ScheduleDto created = pd.schedules().create(
                new ScheduleWrite("Conformance Rotation", "Two layers", "Asia/Tokyo", List.of(weekdays, nights), null), false);
        String schedule = created.id();
        assertThat(pd.schedules().list()).extracting("name").contains("Conformance Rotation");
        assertThat(pd.schedules().findByName("Conformance Rotation")).hasSize(1);
        assertThat(pd.schedules().get(schedule).id()).isEqualTo(schedule);

        ScheduleDto rendered = pd.schedules().get(schedule, new RenderWindow(monday, monday.plusDays(7), true, "Asia/Tokyo"));
        assertThat(rendered.finalSchedule().renderedScheduleEntries()).isNotEmpty();

        // An update sends every layer whole, with its id; the night layer is ended, the only way to remove it.
        List<String> layerIds = created.layers().stream().map(layer -> layer.id()).toList();
        LayerWrite keptWeekdays = new LayerWrite(layerIds.get(0), weekdays.name(), weekdays.start(), null,
                weekdays.rotationVirtualStart(), weekdays.rotationTurnLengthSeconds(), weekdays.users(),
                weekdays.restrictions());
        LayerWrite endedNights = new LayerWrite(layerIds.get(1), nights.name(), nights.start(),
                JsonNullable.of(monday.plusDays(3)), nights.rotationVirtualStart(), nights.rotationTurnLengthSeconds(),
                nights.users(), nights.restrictions());
        ScheduleDto updated = pd.schedules().update(schedule, new ScheduleWrite("Conformance Rotation", "Nights end",
                "Asia/Tokyo", List.of(keptWeekdays, endedNights), null), true);
        assertThat(updated.layers()).extracting("end").containsExactly(null, monday.plusDays(3));

        var results = pd.schedules().createOverrides(schedule, List.of(
                OverrideEntry.of(monday.plusDays(1), monday.plusDays(2), hanako),
                OverrideEntry.of(monday.plusDays(2), monday.plusDays(1), hanako)));
        assertThat(results).hasSize(2);
        assertThat(results.get(0).accepted()).isTrue();
        assertThat(results.get(1).accepted()).isFalse();
        List<OverrideEntry> overrides = pd.schedules().overrides(schedule, monday, monday.plusDays(7));
        assertThat(overrides).hasSize(1);
        assertThat(pd.schedules().deleteOverride(schedule, overrides.get(0).id())).isEqualTo(OverrideRemoval.DELETED);
        return schedule;
    }

    private String escalationPolicies(String team, String schedule, String taro) {
        EscalationRuleDto rule = new EscalationRuleDto(null, 30, List.of(Reference.schedule(schedule), Reference.user(taro)));
        String policy = pd.escalationPolicies().create(new EscalationPolicyWrite("Conformance Policy", null,
                2, "if_has_services", List.of(rule), List.of(Reference.team(team)))).id();
        pd.escalationPolicies().update(policy, new EscalationPolicyWrite(null, null, 1, null, null, null));
        assertThat(pd.escalationPolicies().get(policy).numLoops()).isEqualTo(1);
        assertThat(pd.escalationPolicies().findByName("Conformance Policy")).hasSize(1);
        assertThat(pd.escalationPolicies().list()).extracting("name").contains("Conformance Policy");
        pd.teams().removeEscalationPolicy(team, policy);
        pd.teams().addEscalationPolicy(team, policy);
        return policy;
    }

    private String services(String policy) {
        ServiceWrite write = new ServiceWrite("Conformance Service", null, Reference.escalationPolicy(policy),
                JsonNullable.of(14_400), JsonNullable.ofNull(), "active",
                JSON.createObjectNode().put("type", "constant").put("urgency", "high"), null, null, null);
        String service = pd.services().create(write).id();
        pd.services().update(service, new ServiceWrite(null, "Card payments, Tokyo", null, null, null, null, null,
                null, null, null));
        assertThat(pd.services().get(service).description()).isEqualTo("Card payments, Tokyo");
        assertThat(pd.services().findByName("Conformance Service")).hasSize(1);
        assertThat(pd.services().list()).extracting("name").contains("Conformance Service");
        return service;
    }

    private void integrations(String service) {
        String datadog = pd.vendors().findByName("datadog").orElseThrow().id();
        List<IntegrationWrite> writes = List.of(
                IntegrationWrite.ofType("Events", "events_api_v2_inbound_integration"),
                IntegrationWrite.ofType("Nagios", "nagios_inbound_integration"),
                IntegrationWrite.ofType("Events v1", "generic_events_api_inbound_integration"),
                IntegrationWrite.ofVendor("Datadog", datadog),
                new IntegrationWrite("generic_email_inbound_integration", "Legacy mail", null,
                        "conformance@acme.pagerduty.com", "use_rules", "or-rules-email",
                        JSON.createArrayNode().add(JSON.createObjectNode().put("subject_mode", "match")
                                .put("subject_regex", "^PROBLEM").put("body_mode", "always").put("from_email_mode", "always")),
                        null, "open_new_incident"));
        List<String> ids = writes.stream().map(write -> pd.integrations().create(service, write).id()).toList();
        IntegrationDto events = pd.integrations().get(service, ids.get(0));
        assertThat(events.integrationKey()).hasSize(32);
        pd.integrations().update(service, ids.get(1), IntegrationWrite.ofType("Nagios hosts", null));
        ServiceDto withIntegrations = pd.services().get(service);
        assertThat(withIntegrations.integrations()).hasSize(5).extracting(IntegrationDto::type).contains(
                "events_api_v2_inbound_integration", "nagios_inbound_integration", "generic_events_api_inbound_integration",
                "generic_email_inbound_integration");
        pd.integrations().delete(service, ids.get(1));
        assertThat(pd.services().findByName("Conformance Service").get(0).integrations()).hasSize(4);
    }

    private void errors() {
        assertThatThrownBy(() -> pd.escalationPolicies().create(
                new EscalationPolicyWrite("Without rules", null, null, null, List.of(), null)))
                .isInstanceOfSatisfying(PagerDutyException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> pd.services().get("PNOSUCH"))
                .isInstanceOfSatisfying(PagerDutyException.class, e -> assertThat(e.isNotFound()).isTrue());
        assertThatThrownBy(() -> wrongToken.services().list())
                .isInstanceOfSatisfying(PagerDutyException.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    private void teardown(String team, String schedule, String policy, String service) {
        assertBlocked(() -> pd.schedules().delete(schedule));
        assertBlocked(() -> pd.escalationPolicies().delete(policy));
        assertBlocked(() -> pd.teams().delete(team));
        pd.services().delete(service);
        pd.escalationPolicies().delete(policy);
        pd.schedules().delete(schedule);
        pd.teams().delete(team);
        assertThat(pd.teams().findByName("Conformance Team")).isEmpty();
    }

    private static void assertBlocked(Runnable delete) {
        assertThatThrownBy(delete::run)
                .isInstanceOfSatisfying(PagerDutyException.class, e -> assertThat(e.status()).isEqualTo(400));
    }
}
