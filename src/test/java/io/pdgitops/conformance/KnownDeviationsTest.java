package io.pdgitops.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnownDeviationsTest {

    private static final KnownDeviations LIST = KnownDeviations.parse(List.of(
            "# Title, ignored",
            "- `DELETE /services/{id}/integrations/{integration_id}`: served but not in the spec.",
            "- `GET /schedules/{id}/overrides` answers 200: the spec says 201.",
            "- `GET /schedules` query `include_next_oncall_for_user`: ignored.",
            "- `PUT /services/{id}` request `$.service.escalation_policy` required: PUT is partial.",
            "- schema `#/components/schemas/ScheduleLayer/properties/end`: null never ends.",
            "- a line of prose that names `GET /services` in passing"));

    @Test
    void everyKindOfLineIsReadWithItsReason() {
        assertThat(LIST.all()).extracting(KnownDeviations.Deviation::subject)
                .containsExactly("route", "status", "query", "request", "schema");
        assertThat(LIST.all().get(1).reason()).isEqualTo("the spec says 201.");
    }

    @Test
    void eachLineCoversWhatItNamesAndNothingElse() {
        List<SchemaFinding> covered = List.of(
                new SchemaFinding("DELETE /services/PSV0001/integrations/PIN0001", "route", "", "", "not in the spec"),
                new SchemaFinding("GET /schedules/{id}/overrides", "status", "200", "", "not declared"),
                new SchemaFinding("GET /schedules", "query", "include_next_oncall_for_user", "", "not declared"),
                new SchemaFinding("PUT /services/{id}", "request", "$.service.escalation_policy", "required", "missing"),
                new SchemaFinding("GET /schedules", "response 200", "$.schedules[*].schedule_layers[*].end", "type",
                        "/components/schemas/ScheduleLayer/properties/end/type", "null found"));
        List<SchemaFinding> notCovered = List.of(
                new SchemaFinding("GET /services/PSV0001/integrations", "route", "", "", "not in the spec"),
                new SchemaFinding("GET /schedules/{id}/overrides", "status", "500", "", "not declared"),
                new SchemaFinding("POST /services", "request", "$.service.escalation_policy", "required", "missing"),
                new SchemaFinding("GET /schedules", "response 200", "$.schedules[*].schedule_layers[*].endless", "type",
                        "/components/schemas/ScheduleLayer/properties/endless/type", "null found"));

        assertThat(LIST.unexplained(covered)).isEmpty();
        assertThat(LIST.unexplained(notCovered)).isEqualTo(notCovered);
        assertThat(LIST.unusedBodyAndQueryDeviations(covered)).isEmpty();
        assertThat(LIST.unusedBodyAndQueryDeviations(notCovered)).extracting(KnownDeviations.Deviation::subject)
                .containsExactly("query", "request", "schema");
    }

    @Test
    void theProjectsListHasAReasonOnEveryLine() throws IOException {
        assertThat(KnownDeviations.read().all()).hasSizeGreaterThan(10)
                .allSatisfy(deviation -> assertThat(deviation.reason()).hasSizeGreaterThan(20));
    }
}
