package io.pdgitops.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pdgitops.model.AlertGrouping;
import io.pdgitops.model.EventRule;
import io.pdgitops.model.EventRules;
import io.pdgitops.pagerduty.dto.OrchestrationDto;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * PagerDuty answers every action of a rule, most of them null, false or empty; the model keeps what someone chose,
 * and whatever it has no field for, so that such a rule compares with the declared one by what it does.
 */
class EventRuleJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void defaultsPagerDutyFillsInAreLeftOutAndUnmodelledActionsKept() throws IOException {
        OrchestrationDto answer = JSON.readValue("""
                {"sets":[{"id":"start","rules":[
                  {"id":"c91f72f3","label":"Recovery","disabled":false,
                   "conditions":[{"expression":"event.summary matches part 'RECOVERY'"}],
                   "actions":{"suppress":true,"suspend":null,"severity":null,"priority":null,"annotate":null,
                              "variables":[],"extractions":[],"route_to":null,"automation_actions":[]}},
                  {"id":"7c54529d","label":"","conditions":[],
                   "actions":{"suppress":false,"suspend":300,"severity":"critical","priority":"P0IN2KQ"}}]},
                 {"id":"night","rules":[]}],
                 "catch_all":{"actions":{"suppress":true,"annotate":null}},"version":"v1"}""", OrchestrationDto.class);

        EventRules rules = EventRuleJson.rules(answer);

        assertThat(rules.rules()).hasSize(2);
        EventRule recovery = rules.rules().get(0);
        assertThat(recovery.label()).contains("Recovery");
        assertThat(recovery.suppress()).contains(true);
        assertThat(recovery.suspend()).isEmpty();
        assertThat(recovery.variables()).isEmpty();
        assertThat(recovery.unmodelled()).isEmpty();
        EventRule critical = rules.rules().get(1);
        assertThat(critical.label()).isEmpty();
        assertThat(critical.suppress()).isEmpty();
        assertThat(critical.suspend()).contains(Duration.ofMinutes(5));
        assertThat(critical.severity()).contains("critical");
        assertThat(critical.unmodelled()).isEqualTo(Map.of("priority", "P0IN2KQ"));
        assertThat(rules.unmodelled()).isEqualTo(Map.of("sets", List.of("night")));
        assertThat(rules.catchAll().suppress()).contains(true);
        assertThat(rules.catchAll().annotate()).isEmpty();
        assertThat(rules.catchAll().unmodelled()).isEmpty();
    }

    @Test
    void aWrittenOrchestrationReadsBackAsTheRulesItCameFrom() throws IOException {
        EventRules declared = EventRules.declared(List.of(new EventRule(Optional.of("One alert per host"),
                List.of("event.summary matches part 'PROBLEM'", "event.summary matches part 'DOWN'"),
                Optional.of("error"), Optional.empty(), Optional.of(Duration.ofMinutes(2)), Optional.of("trigger"),
                Optional.of("runbook"), List.of(Map.of("name", "host", "path", "event.summary", "type", "regex",
                        "value", "Host: (\\S+)")),
                List.of(Map.of("target", "event.dedup_key", "template", "{{variables.host}}")), true, Map.of(), "")),
                new EventRule(Optional.empty(), List.of(), Optional.of("warning"), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.of("no rule matched"), List.of(), List.of(), false, Map.of(),
                        EventRules.CATCH_ALL));

        OrchestrationDto written = EventRuleJson.write(declared);
        OrchestrationDto echoed = JSON.readValue(JSON.writeValueAsString(written), OrchestrationDto.class);

        assertThat(EventRuleJson.rules(echoed)).isEqualTo(declared);
        assertThat(written.sets()).singleElement().satisfies(set -> assertThat(set.id()).isEqualTo("start"));
        assertThat(written.catchAll().actions().path("severity").asText()).isEqualTo("warning");
        assertThat(EventRuleJson.write(EventRules.declared(declared.rules())).catchAll().actions().isEmpty()).isTrue();
    }

    @Test
    void alertGroupingWindowsTravelInSecondsAndTimeoutsInMinutes() {
        AlertGrouping content = new AlertGrouping(Optional.of("content_based"), Optional.of("all"),
                Optional.of(List.of("source")), Optional.of(Duration.ofMinutes(30)), Optional.empty());
        AlertGrouping time = new AlertGrouping(Optional.of("time"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Duration.ofMinutes(90)));
        AlertGrouping off = new AlertGrouping(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());

        assertThat(EventRuleJson.write(content).path("config").path("time_window").asInt()).isEqualTo(1800);
        assertThat(EventRuleJson.write(time).path("config").path("timeout").asInt()).isEqualTo(90);
        assertThat(EventRuleJson.write(off).path("type").isNull()).isTrue();
        for (AlertGrouping grouping : List.of(content, time, off)) {
            assertThat(EventRuleJson.alertGrouping(EventRuleJson.write(grouping))).contains(grouping);
        }
    }
}
