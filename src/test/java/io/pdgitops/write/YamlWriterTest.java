package io.pdgitops.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.EscalationRule;
import io.pdgitops.model.Integration;
import io.pdgitops.model.IntegrationType;
import io.pdgitops.model.Service;
import io.pdgitops.model.Target;
import io.pdgitops.model.Timeout;
import io.pdgitops.model.UrgencyRule;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YamlWriterTest {

    @Test
    void writesKeysInDocumentationOrderAndLeavesAbsentFieldsOut() {
        Service service = new Service("Payments API", Optional.empty(), "Payments Primary",
                Optional.of(Timeout.after(Duration.ofHours(4))), Optional.of(Timeout.disabled()), Optional.empty(),
                Optional.of(new UrgencyRule("use_support_hours", Optional.empty(),
                        Optional.of(UrgencyRule.constant("high")), Optional.of(UrgencyRule.constant("low")))),
                Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(List.of(new Integration("Nagios", IntegrationType.NAGIOS, Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), ""))),
                RandomObjects.NOWHERE);

        assertThat(YamlWriter.file(List.of(YamlWriter.schemaComment("../schemas/service.schema.json")), List.of(service)))
                .isEqualTo("""
                        # yaml-language-server: $schema=../schemas/service.schema.json
                        kind: Service
                        name: Payments API
                        escalation_policy: Payments Primary
                        auto_resolve_timeout: 4h
                        acknowledgement_timeout: null
                        incident_urgency_rule: {type: use_support_hours, during_support_hours: high, outside_support_hours: low}
                        integrations: [{name: Nagios, type: nagios}]
                        """);
    }

    @Test
    void breaksLongListsIntoBlockItems() {
        List<Target> targets = List.of(Target.user("first.person.with.a.long.address@example.com"),
                Target.user("second.person.with.a.long.address@example.com"), Target.schedule("Ops Tokyo Day"));
        EscalationPolicy policy = new EscalationPolicy("Primary", Optional.of("Line one\nline two"), Optional.of(2),
                Optional.empty(), Optional.empty(), List.of(new EscalationRule(Duration.ofMinutes(30), targets)),
                RandomObjects.NOWHERE);

        assertThat(YamlWriter.document(policy)).isEqualTo("""
                kind: EscalationPolicy
                name: Primary
                description: "Line one\\nline two"
                num_loops: 2
                rules:
                  - escalation_delay: 30m
                    targets:
                      - {user: first.person.with.a.long.address@example.com}
                      - {user: second.person.with.a.long.address@example.com}
                      - {schedule: Ops Tokyo Day}
                """);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Payments API|Payments API",
        "yes|\"yes\"",
        "null|\"null\"",
        "0x1F|\"0x1F\"",
        "1e3|\"1e3\"",
        "09:00|\"09:00\"",
        "2026-01-05T09:00:00+09:00|2026-01-05T09:00:00+09:00",
        "a: b|\"a: b\"",
        "x #y|\"x #y\"",
        "@team|\"@team\"",
        "- item|\"- item\"",
        "say \"hi\"|\"say \\\"hi\\\"\"",
        "東京 オペレーション|東京 オペレーション",
    })
    void quotesOnlyWhatYamlWouldMisread(String text, String expected) {
        assertThat(YamlScalars.text(text)).isEqualTo(expected);
    }
}
