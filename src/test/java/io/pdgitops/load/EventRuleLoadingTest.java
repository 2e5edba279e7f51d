package io.pdgitops.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.AlertGrouping;
import io.pdgitops.model.EventRule;
import io.pdgitops.model.Service;
import io.pdgitops.testing.AcmeServices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service's event rules and alert grouping become model values; left out, they stay unmanaged. */
class EventRuleLoadingTest {

    @TempDir
    Path repo;

    @Test
    void rulesKeepTheirOrderConditionsAndActions() throws IOException {
        String recovery = "event.summary matches part 'RECOVERY'";
        String critical = "event.summary matches part 'CRITICAL'";
        String down = "event.summary matches part 'DOWN'";
        String text = AcmeServices.YAML + """
                ---
                kind: Service
                name: Bank Core DB
                escalation_policy: Primary
                event_rules:
                  - label: Recovery mails
                    when: "%s"
                    suppress: true
                  - when: ["%s", "%s"]
                    severity: critical
                    suspend: 2m
                    annotate: See the DB runbook
                  - label: One alert per host
                    variables: [{name: host, path: event.summary, value: "Host: (\\\\S+)"}]
                    extractions: [{target: event.dedup_key, template: "{{variables.host}}"}]
                    disabled: true
                """.formatted(recovery, critical, down);
        Files.writeString(repo.resolve("services.yaml"), text);

        LoadResult result = ConfigLoader.load(repo);

        assertThat(result.violations()).isEmpty();
        List<EventRule> rules = result.state().service("Bank Core DB").orElseThrow().eventRules().orElseThrow().rules();
        assertThat(rules).extracting(EventRule::label)
                .containsExactly(Optional.of("Recovery mails"), Optional.empty(), Optional.of("One alert per host"));
        assertThat(rules.get(0).conditions()).containsExactly(recovery);
        assertThat(rules.get(0).suppress()).contains(true);
        assertThat(rules.get(1).conditions()).containsExactly(critical, down);
        assertThat(rules.get(1).severity()).contains("critical");
        assertThat(rules.get(1).suspend()).contains(Duration.ofMinutes(2));
        assertThat(rules.get(1).annotate()).contains("See the DB runbook");
        assertThat(rules.get(2).conditions()).isEmpty();
        assertThat(rules.get(2).variables()).containsExactly(
                Map.of("name", "host", "path", "event.summary", "value", "Host: (\\S+)"));
        assertThat(rules.get(2).extractions()).containsExactly(
                Map.of("target", "event.dedup_key", "template", "{{variables.host}}"));
        assertThat(rules.get(2).disabled()).isTrue();
        assertThat(rules.get(0).disabled()).isFalse();
        int line = (int) text.lines().takeWhile(l -> !l.contains("One alert per host")).count() + 1;
        Service service = result.state().service("Bank Core DB").orElseThrow();
        assertThat(service.origin().locationOf(rules.get(2).path()).line()).isEqualTo(line);
    }

    @Test
    void alertGroupingKeepsItsTypeAndConfig() throws IOException {
        Files.writeString(repo.resolve("services.yaml"), AcmeServices.YAML + """
                ---
                kind: Service
                name: Bank Core DB
                escalation_policy: Primary
                alert_grouping_parameters: {type: content_based, config: {aggregate: any, fields: [source, component], time_window: 30m}}
                ---
                kind: Service
                name: Bank Web
                escalation_policy: Primary
                alert_grouping_parameters: {type: null}
                """);

        LoadResult result = ConfigLoader.load(repo);

        assertThat(result.violations()).isEmpty();
        AlertGrouping content = result.state().service("Bank Core DB").orElseThrow().alertGroupingParameters().orElseThrow();
        assertThat(content).isEqualTo(new AlertGrouping(Optional.of("content_based"), Optional.of("any"),
                Optional.of(List.of("source", "component")), Optional.of(Duration.ofMinutes(30)), Optional.empty()));
        AlertGrouping off = result.state().service("Bank Web").orElseThrow().alertGroupingParameters().orElseThrow();
        assertThat(off.type()).isEmpty();
    }

    @Test
    void aServiceWithoutThemLeavesThemUnmanaged() throws IOException {
        Files.writeString(repo.resolve("services.yaml"), AcmeServices.YAML);

        Service web = ConfigLoader.load(repo).state().service("Acme Web").orElseThrow();

        assertThat(web.eventRules()).isEmpty();
        assertThat(web.alertGroupingParameters()).isEmpty();
    }

    @Test
    void aCatchAllBesideTheRulesTakesARulesActionsAndLeftOutDoesNothing() throws IOException {
        Files.writeString(repo.resolve("services.yaml"), AcmeServices.YAML + """
                ---
                kind: Service
                name: Bank Core DB
                escalation_policy: Primary
                event_rules: []
                catch_all: {suppress: true, suspend: 5m, annotate: Nothing matched}
                ---
                kind: Service
                name: Bank Web
                escalation_policy: Primary
                event_rules: []
                """);

        LoadResult result = ConfigLoader.load(repo);

        assertThat(result.violations()).isEmpty();
        EventRule catchAll = result.state().service("Bank Core DB").orElseThrow().eventRules().orElseThrow().catchAll();
        assertThat(catchAll.suppress()).contains(true);
        assertThat(catchAll.suspend()).contains(Duration.ofMinutes(5));
        assertThat(catchAll.annotate()).contains("Nothing matched");
        assertThat(catchAll.conditions()).isEmpty();
        assertThat(result.state().service("Bank Web").orElseThrow().eventRules().orElseThrow().catchAll().hasNoActions())
                .isTrue();
    }

    @Test
    void anEmptyListManagesTheRulesAsNone() throws IOException {
        Files.writeString(repo.resolve("services.yaml"), AcmeServices.YAML + """
                ---
                kind: Service
                name: Bank Core DB
                escalation_policy: Primary
                event_rules: []
                """);

        Service db = ConfigLoader.load(repo).state().service("Bank Core DB").orElseThrow();

        assertThat(db.eventRules()).hasValueSatisfying(rules -> assertThat(rules.rules()).isEmpty());
    }
}
