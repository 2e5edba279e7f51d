package io.pdgitops.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdgitops.apply.ApplyResult;
import io.pdgitops.apply.IntegrationSecret;
import io.pdgitops.apply.StepOutcome;
import io.pdgitops.apply.StepStatus;
import io.pdgitops.plan.Plan;
import io.pdgitops.plan.PlanStep;
import io.pdgitops.plan.render.JsonPlanRenderer;
import io.pdgitops.model.DisplayText;
import java.util.List;
import java.util.Locale;

/** How {@code apply} reports each step and the outcome, for people and for programs. */
final class ApplyReport {

    static final String FORMAT = "pd-gitops/apply/v1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ApplyReport() {
    }

    /** One line per finished step, e.g. {@code [3/12] ok      create Service `Payments API`}. */
    static String line(StepOutcome outcome, int total) {
        PlanStep step = outcome.step();
        String status = switch (outcome.status()) {
            case SUCCEEDED -> outcome.adopted() ? "adopted" : "ok";
            case FAILED -> "FAILED";
            case SKIPPED -> "skipped";
        };
        String line = String.format("[%s/%d] %-8s %s %s", step.id(), total, status,
                step.action().name().toLowerCase(Locale.ROOT), step.key());
        // Names and PagerDuty's error text come from outside: one step stays one line.
        return DisplayText.escape(outcome.error().map(error -> line + ": " + error).orElse(line));
    }

    static String summary(ApplyResult result) {
        return "Apply " + (result.succeeded() ? "complete" : "incomplete") + ": "
                + result.count(StepStatus.SUCCEEDED) + " succeeded, " + result.count(StepStatus.FAILED) + " failed, "
                + result.count(StepStatus.SKIPPED) + " skipped.";
    }

    static String json(Plan plan, ApplyResult result, List<IntegrationSecret> shownSecrets) {
        ObjectNode root = JSON.createObjectNode().put("format", FORMAT).put("succeeded", result.succeeded());
        try {
            root.set("plan", JSON.readTree(new JsonPlanRenderer().render(plan)));
            ArrayNode steps = root.putArray("steps");
            for (StepOutcome outcome : result.outcomes()) {
                steps.addObject().put("id", outcome.step().id())
                        .put("status", outcome.status().name().toLowerCase(Locale.ROOT))
                        .put("adopted", outcome.adopted())
                        .put("error", outcome.error().orElse(null));
            }
            ArrayNode keys = root.putArray("integration_keys");
            for (IntegrationSecret secret : shownSecrets) {
                keys.addObject().put("service", secret.service()).put("integration", secret.integration())
                        .put("integration_key", secret.key());
            }
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the plan renderer writes valid JSON", e);
        }
    }
}
