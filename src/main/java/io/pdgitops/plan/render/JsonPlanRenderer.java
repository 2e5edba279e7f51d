package io.pdgitops.plan.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdgitops.diff.FieldChange;
import io.pdgitops.diff.ResourceDiff;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.RotationDecision;
import io.pdgitops.oncall.render.OnCallDriftBlocks;
import io.pdgitops.plan.OnCallResend;
import io.pdgitops.plan.Plan;
import io.pdgitops.plan.PlanStep;
import io.pdgitops.plan.PlanSummary;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * A plan as JSON for scripts and CI, in the stable shape {@value #FORMAT} documented in the README.
 * Field names are snake_case; absent values are {@code null}, never left out.
 */
public final class JsonPlanRenderer {

    public static final String FORMAT = "pd-gitops/plan/v1";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String render(Plan plan) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("status", plan.status().name().toLowerCase(Locale.ROOT));
        root.put("refusal", plan.refusal().orElse(null));
        root.set("summary", summary(plan.summary()));
        ArrayNode steps = root.putArray("steps");
        plan.steps().forEach(step -> steps.add(step(step).put("on_call_resend", OnCallResend.isResend(plan, step))));
        ArrayNode ambiguous = root.putArray("ambiguous");
        plan.ambiguous().forEach(resource -> ambiguous.add(ambiguous(resource)));
        strings(root.putArray("notes"), plan.notes());
        OnCallDriftBlocks.json(root.putArray("on_call"), plan.onCall());
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode summary(PlanSummary summary) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("create", summary.create());
        node.put("update", summary.update());
        node.put("delete", summary.delete());
        node.put("no_op", summary.noOp());
        node.put("ambiguous", summary.ambiguous());
        return node;
    }

    private static ObjectNode step(PlanStep step) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", step.id());
        node.put("action", PlanWords.action(step.action()));
        key(node, step.key());
        node.put("live_id", step.liveId().orElse(null));
        node.put("declared_in", step.declaredIn().orElse(null));
        strings(node.putArray("depends_on"), step.dependsOn());
        ArrayNode changes = node.putArray("changes");
        step.changes().forEach(change -> changes.add(change(change)));
        ArrayNode rotations = node.putArray("rotations");
        step.rotations().forEach(rotation -> rotations.add(rotation(rotation)));
        return node;
    }

    private static ObjectNode ambiguous(ResourceDiff resource) {
        ObjectNode node = MAPPER.createObjectNode();
        key(node, resource.key());
        strings(node.putArray("live_ids"), resource.liveIds());
        return node;
    }

    private static void key(ObjectNode node, ResourceKey key) {
        node.put("kind", key.kind().displayName());
        node.put("name", key.name());
        node.put("service", key.service().orElse(null));
    }

    private static ObjectNode change(FieldChange change) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("path", change.path());
        node.put("desired", change.desired().orElse(null));
        node.put("live", change.live().orElse(null));
        return node;
    }

    private static ObjectNode rotation(RotationDecision rotation) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("path", rotation.path());
        node.put("layer", rotation.layerName().orElse(null));
        node.put("mode", rotation.mode().yamlName());
        node.put("detail", rotation.detail());
        return node;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
