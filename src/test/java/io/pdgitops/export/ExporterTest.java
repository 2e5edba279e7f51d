package io.pdgitops.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pdgitops.live.LiveBusinessRecords;
import io.pdgitops.live.LiveRecords;
import io.pdgitops.live.ReadOrchestration;
import io.pdgitops.model.ObjectKind;
import io.pdgitops.pagerduty.dto.BusinessServiceDto;
import io.pdgitops.pagerduty.dto.EscalationPolicyDto;
import io.pdgitops.pagerduty.dto.EscalationRuleDto;
import io.pdgitops.pagerduty.dto.IntegrationDto;
import io.pdgitops.pagerduty.dto.LayerUser;
import io.pdgitops.pagerduty.dto.OrchestrationDto;
import io.pdgitops.pagerduty.dto.Reference;
import io.pdgitops.pagerduty.dto.ScheduleDto;
import io.pdgitops.pagerduty.dto.ScheduleLayerDto;
import io.pdgitops.pagerduty.dto.ServiceDependencyDto;
import io.pdgitops.pagerduty.dto.ServiceDto;
import io.pdgitops.pagerduty.dto.TeamDto;
import io.pdgitops.pagerduty.dto.UserDto;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Export from PagerDuty records built by hand, for the cases an account filled through the API cannot show. */
class ExporterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final UserDto ANN = new UserDto("PU1", "Ann", "ann@example.com", "user", "UTC", null, List.of(), null);

    @Test
    void leavesPagerDutysDefaultsOut() {
        ServiceDto service = service("PS1", "Payments API", 14_400, 1_800, "critical", json("{\"type\":\"constant\",\"urgency\":\"high\"}"),
                json("{\"enabled\":false,\"timeout\":null}"), List.of());
        Export export = Exporter.export(records(List.of(), List.of(policy("PE1", "Primary", 0, "if_has_services")),
                List.of(service)), NOW, ExportFilter.everything());

        assertThat(file(export, "services/payments-api.yaml")).isEqualTo("""
                # yaml-language-server: $schema=../schemas/service.schema.json
                kind: Service
                name: Payments API
                escalation_policy: Primary
                """);
        assertThat(file(export, "escalation-policies/primary.yaml")).doesNotContain("num_loops", "on_call_handoff");
    }

    @Test
    void keepsChosenValuesAndDisabledStatus() {
        ServiceDto service = service("PS1", "Payments API", 0, 600, "disabled", json("{\"type\":\"constant\",\"urgency\":\"low\"}"),
                json("{\"enabled\":true,\"timeout\":300}"), List.of());
        Export export = Exporter.export(records(List.of(), List.of(policy("PE1", "Primary", 2, "always")),
                List.of(service)), NOW, ExportFilter.everything());

        assertThat(file(export, "services/payments-api.yaml")).contains("""
                auto_resolve_timeout: null
                acknowledgement_timeout: 10m
                status: disabled
                incident_urgency_rule: {type: constant, urgency: low}
                auto_pause_notifications_parameters: {enabled: true, timeout: 300}
                """);
        assertThat(file(export, "escalation-policies/primary.yaml")).contains("num_loops: 2\non_call_handoff_notifications: always\n");
    }

    @Test
    void objectsSharingANameAreLeftOutAndReported() {
        TeamDto first = new TeamDto("PT1", "Ops", null, "manager", null, null, Map.of());
        TeamDto second = new TeamDto("PT2", "Ops", null, "manager", null, null, Map.of());
        Export export = Exporter.export(new LiveRecords(List.of(ANN), List.of(first, second), List.of(), List.of(),
                List.of(), List.of(), Map.of()), NOW, ExportFilter.everything());

        assertThat(export.objectCounts()).isEmpty();
        assertThat(export.unexpressed()).singleElement().satisfies(setting -> {
            assertThat(setting.object().toString()).isEqualTo("Team `Ops`");
            assertThat(setting.field()).isEqualTo(UnexpressedSetting.WHOLE_OBJECT);
            assertThat(setting.value()).contains("2 PagerDuty objects share this name (PT1, PT2)");
        });
    }

    @Test
    void scheduleWhoseLayersAllEndedIsLeftOutAndReported() {
        ScheduleLayerDto ended = new ScheduleLayerDto("L1", "Old", OffsetDateTime.parse("2026-01-01T00:00:00Z"),
                OffsetDateTime.parse("2026-02-01T00:00:00Z"), null, 86_400,
                List.of(new LayerUser(Reference.user("PU1"))), List.of(), null, null);
        ScheduleDto schedule = new ScheduleDto("PSC1", "Night", null, "UTC", List.of(ended), null, null, null, null, null,
                null, Map.of());
        Export export = Exporter.export(new LiveRecords(List.of(ANN), List.of(), List.of(schedule), List.of(),
                List.of(), List.of(), Map.of()), NOW, ExportFilter.everything());

        assertThat(export.objectCounts()).isEmpty();
        assertThat(ExportReport.text(export)).contains("Schedule `Night`\n    (object): not exported: every layer has ended");
    }

    @Test
    void namesThatCollideAsFilesGetNumbered() {
        Export export = Exporter.export(records(List.of(), List.of(policy("PE1", "Primary", 0, "always")), List.of(
                plainService("PS1", "Payments API", "PE1"), plainService("PS2", "payments/api", "PE1"),
                plainService("PS3", "CON", "PE1"))), NOW, ExportFilter.everything());

        assertThat(export.files()).extracting(ExportedFile::path).contains(
                "services/payments-api.yaml", "services/payments-api-2.yaml", "services/con-.yaml");
    }

    @Test
    void integrationKeysNeverReachAFileAndFilterIdsAreDropped() {
        IntegrationDto mail = new IntegrationDto("PI1", "generic_email_inbound_integration", "Mail", null, null, null,
                "SECRET-KEY-0123", "ops@acme.pagerduty.com", null, "or-rules-email",
                json("[{\"id\":\"PF1\",\"subject_mode\":\"match\",\"subject_regex\":\"^PROBLEM\"}]"), null, null, null, Map.of());
        IntegrationDto events = new IntegrationDto("PI2", "events_api_v2_inbound_integration", "Events", null, null, null,
                "SECRET-KEY-4567", null, null, null, null, null, null, null, Map.of());
        Export export = Exporter.export(records(List.of(), List.of(policy("PE1", "Primary", 0, "always")), List.of(
                service("PS1", "Mail Relay", 0, 0, "active", null, null, List.of(mail, events)))), NOW,
                ExportFilter.everything());

        String all = export.files().stream().map(ExportedFile::text).collect(Collectors.joining());
        assertThat(all).doesNotContain("SECRET-KEY", "PF1");
        assertThat(file(export, "services/mail-relay.yaml")).contains(
                "email_filters: [{subject_mode: match, subject_regex: \"^PROBLEM\"}]");
    }

    @Test
    void filtersSelectByKindTeamAndNameAndPullInReferences() {
        TeamDto ops = new TeamDto("PT1", "Ops", null, "manager", null, null, Map.of());
        TeamDto dev = new TeamDto("PT2", "Dev", null, "manager", null, null, Map.of());
        EscalationPolicyDto opsPolicy = new EscalationPolicyDto("PE1", "Ops Primary", null, 0, null, List.of(),
                null, List.of(Reference.team("PT1")), null, Map.of());
        EscalationPolicyDto devPolicy = new EscalationPolicyDto("PE2", "Dev Primary", null, 0, null, List.of(),
                null, List.of(Reference.team("PT2")), null, Map.of());
        LiveRecords records = records(List.of(ops, dev), List.of(opsPolicy, devPolicy), List.of(
                plainService("PS1", "Billing", "PE1"), plainService("PS2", "Search", "PE2")));

        Export byTeam = Exporter.export(records, NOW, new ExportFilter(Set.of(), Optional.of("Ops"), Optional.empty()));
        Export byName = Exporter.export(records, NOW,
                new ExportFilter(Set.of(ObjectKind.SERVICE), Optional.empty(), Optional.of(Pattern.compile("^Sea"))));

        assertThat(byTeam.files()).extracting(ExportedFile::path).containsExactly("teams/ops.yaml",
                "escalation-policies/ops-primary.yaml", "services/billing.yaml", "pd-gitops.yaml", ExportReport.FILE_NAME);
        assertThat(byName.files()).extracting(ExportedFile::path).containsExactly("teams/dev.yaml",
                "escalation-policies/dev-primary.yaml", "services/search.yaml", "pd-gitops.yaml", ExportReport.FILE_NAME);
    }

    @Test
    void aBusinessServiceKeepsOnlyTheServicesAndTeamTheExportHoldsAndReportsTheOthers() {
        List<ServiceDto> services = List.of(plainService("PS1", "Web", "PE1"), plainService("PS2", "DB", "PE1"),
                plainService("PS3", "DB", "PE1"));
        BusinessServiceDto banking = new BusinessServiceDto("PB1", "Banking", null, "Desk", Reference.team("PTGONE"),
                null, Map.of());
        List<ServiceDependencyDto> edges = List.of(ServiceDependencyDto.supporting("PB1", "PS1"),
                ServiceDependencyDto.supporting("PB1", "PS2"));
        LiveRecords records = records(List.of(), List.of(policy("PE1", "Primary", 0, "always")), services)
                .withBusiness(new LiveBusinessRecords(true, List.of(banking), Map.of("PB1", edges)));

        Export export = Exporter.export(records, NOW, ExportFilter.everything());

        assertThat(file(export, "business-services/banking.yaml")).isEqualTo("""
                # yaml-language-server: $schema=../schemas/business-service.schema.json
                kind: BusinessService
                name: Banking
                point_of_contact: Desk
                supported_by: [Web]
                """);
        assertThat(export.unexpressed()).filteredOn(setting -> setting.object().toString().equals("BusinessService `Banking`"))
                .extracting(UnexpressedSetting::field).containsExactly("supported_by", "team");
    }

    @Test
    void rulesSwitchedOffAreLeftOutAndReportedAndTheSameRulesRunningAreWritten() throws Exception {
        ServiceDto service = plainService("PS1", "Mail DB", "PE1");
        OrchestrationDto path = JSON.readValue("""
                {"sets":[{"id":"start","rules":[{"id":"r1","label":"Recovery","disabled":false,
                  "conditions":[{"expression":"event.summary matches part 'RECOVERY'"}],"actions":{"suppress":true}}]}],
                 "catch_all":{"actions":{}},"version":"v1"}""", OrchestrationDto.class);
        LiveRecords base = records(List.of(), List.of(policy("PE1", "Primary", 0, "if_has_services")), List.of(service));

        Export off = Exporter.export(base.withOrchestrations(Map.of("PS1", new ReadOrchestration(path, false))), NOW,
                ExportFilter.everything());
        Export on = Exporter.export(base.withOrchestrations(Map.of("PS1", new ReadOrchestration(path, true))), NOW,
                ExportFilter.everything());

        assertThat(file(off, "services/mail-db.yaml")).doesNotContain("event_rules");
        assertThat(off.unexpressed()).singleElement().satisfies(setting -> {
            assertThat(setting.object().toString()).isEqualTo("Service `Mail DB`");
            assertThat(setting.field()).isEqualTo("event_rules");
            assertThat(setting.value()).contains("switched off");
        });
        assertThat(file(on, "services/mail-db.yaml")).contains("event_rules:", "Recovery");
        assertThat(on.unexpressed()).isEmpty();
    }

    @Test
    void aCatchAllIsWrittenBesideTheRulesUnlessItUsesAnActionTheFormatCannotSay() throws Exception {
        ServiceDto service = plainService("PS1", "Mail DB", "PE1");
        String orchestration = """
                {"sets":[{"id":"start","rules":[{"id":"r1","label":"Recovery","disabled":false,
                  "conditions":[{"expression":"event.summary matches part 'RECOVERY'"}],"actions":{"suppress":true}}]}],
                 "catch_all":{"actions":{"severity":"warning","suppress":false,"priority":%s}},"version":"v1"}""";
        LiveRecords base = records(List.of(), List.of(policy("PE1", "Primary", 0, "if_has_services")), List.of(service));

        Export plain = Exporter.export(base.withOrchestrations(Map.of("PS1", new ReadOrchestration(
                JSON.readValue(orchestration.formatted("null"), OrchestrationDto.class), true))), NOW, ExportFilter.everything());
        Export prioritised = Exporter.export(base.withOrchestrations(Map.of("PS1", new ReadOrchestration(
                JSON.readValue(orchestration.formatted("\"P1\""), OrchestrationDto.class), true))), NOW,
                ExportFilter.everything());

        assertThat(file(plain, "services/mail-db.yaml")).contains("event_rules:", "catch_all: {severity: warning}");
        assertThat(file(prioritised, "services/mail-db.yaml")).doesNotContain("event_rules", "catch_all");
        assertThat(prioritised.unexpressed()).singleElement()
                .satisfies(setting -> assertThat(setting.value()).contains("catch_all [priority]"));
    }

    private static LiveRecords records(List<TeamDto> teams, List<EscalationPolicyDto> policies, List<ServiceDto> services) {
        return new LiveRecords(List.of(ANN), teams, List.of(), policies, services, List.of(), Map.of());
    }

    private static EscalationPolicyDto policy(String id, String name, int loops, String handoff) {
        return new EscalationPolicyDto(id, name, null, loops, handoff,
                List.of(new EscalationRuleDto("R1", 30, List.of(Reference.user("PU1")))), null, List.of(), null, Map.of());
    }

    private static ServiceDto service(String id, String name, int autoResolve, int acknowledgement, String status,
            JsonNode urgency, JsonNode pause, List<IntegrationDto> integrations) {
        return new ServiceDto(id, name, null, status, autoResolve, acknowledgement, Reference.escalationPolicy("PE1"),
                List.of(), integrations, urgency, null, null, pause, null, Map.of());
    }

    private static ServiceDto plainService(String id, String name, String policyId) {
        return new ServiceDto(id, name, null, "active", 0, 0, Reference.escalationPolicy(policyId), List.of(), List.of(),
                null, null, null, null, null, Map.of());
    }

    private static String file(Export export, String path) {
        return export.files().stream().filter(file -> file.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError(path + " not in " + export.files().stream().map(ExportedFile::path).toList()))
                .text();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
