package io.pdgitops.plan.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pdgitops.plan.Plan;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class JsonPlanRendererTest {

    private static JsonNode json(Plan plan) throws IOException {
        return new ObjectMapper().readTree(new JsonPlanRenderer().render(plan));
    }

    @Test
    void hasTheDocumentedTopLevelFields() throws IOException {
        JsonNode root = json(SamplePlans.small());

        assertThat(root.fieldNames()).toIterable()
                .containsExactly("format", "status", "refusal", "summary", "steps", "ambiguous", "notes", "on_call");
        assertThat(root.get("format").asText()).isEqualTo("pd-gitops/plan/v1");
        assertThat(root.get("status").asText()).isEqualTo("ready");
        assertThat(root.get("refusal").isNull()).isTrue();
        assertThat(root.get("notes").get(0).asText()).isEqualTo("would prune Team `Gone` [PT9] (prune disabled)");
    }

    @Test
    void countsByAction() throws IOException {
        JsonNode summary = json(SamplePlans.small()).get("summary");

        assertThat(summary.get("create").asInt()).isEqualTo(1);
        assertThat(summary.get("update").asInt()).isEqualTo(1);
        assertThat(summary.get("delete").asInt()).isEqualTo(1);
        assertThat(summary.get("no_op").asInt()).isEqualTo(2);
        assertThat(summary.get("ambiguous").asInt()).isZero();
    }

    @Test
    void describesEachStepWithItsKeyDependenciesAndChanges() throws IOException {
        JsonNode step = json(SamplePlans.small()).get("steps").get(1);

        assertThat(step.get("id").asText()).isEqualTo("2");
        assertThat(step.get("action").asText()).isEqualTo("update");
        assertThat(step.get("kind").asText()).isEqualTo("Service");
        assertThat(step.get("name").asText()).isEqualTo("Payments API");
        assertThat(step.get("service").isNull()).isTrue();
        assertThat(step.get("live_id").asText()).isEqualTo("PSVC1");
        assertThat(step.get("depends_on").get(0).asText()).isEqualTo("1");
        JsonNode change = step.get("changes").get(0);
        assertThat(change.get("path").asText()).isEqualTo("auto_resolve_timeout");
        assertThat(change.get("desired").asText()).isEqualTo("disabled");
        assertThat(change.get("live").asText()).isEqualTo("4h");
    }

    @Test
    void writesNullForWhatPagerDutyDoesNotHave() throws IOException {
        JsonNode create = json(SamplePlans.small()).get("steps").get(0);

        assertThat(create.get("live_id").isNull()).isTrue();
        assertThat(create.get("changes").get(0).get("live").isNull()).isTrue();
    }

    @Test
    void reportsRefusalAndAmbiguity() throws IOException {
        JsonNode refused = json(SamplePlans.refused());
        JsonNode ambiguous = json(SamplePlans.withAmbiguity()).get("ambiguous").get(0);

        assertThat(refused.get("status").asText()).isEqualTo("refused");
        assertThat(refused.get("refusal").asText()).contains("max_deletions (0)");
        assertThat(ambiguous.get("name").asText()).isEqualTo("Twice");
        assertThat(ambiguous.get("live_ids")).extracting(JsonNode::asText).containsExactly("PS1", "PS2");
    }
}
