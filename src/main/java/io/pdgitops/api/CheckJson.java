package io.pdgitops.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdgitops.check.CheckResult;
import io.pdgitops.plan.PlanSummary;
import io.pdgitops.plan.render.JsonPlanRenderer;
import io.pdgitops.validate.Problem;

/** The JSON answer of {@code POST /api/v1/validate}: outcome, errors, summary counts and the whole plan. */
final class CheckJson {

    static final String FORMAT = "pd-gitops/check/v1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CheckJson() {
    }

    static String render(CheckResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("requested", result.requested());
        result.commit().ifPresentOrElse(commit -> {
            root.put("commit", commit.id());
            root.put("author", commit.authorName() + " <" + commit.authorEmail() + ">");
            root.put("subject", commit.subject());
        }, () -> root.putNull("commit"));
        root.put("outcome", result.outcome().name());
        root.put("valid", result.outcome().valid());
        root.put("objects", result.declaredObjects());
        ArrayNode errors = root.putArray("errors");
        for (Problem error : result.errors()) {
            errors.addObject().put("source", error.source().name()).put("file", error.file()).put("line", error.line()).put("message", error.message());
        }
        result.plan().ifPresentOrElse(plan -> {
            PlanSummary summary = plan.summary();
            root.putObject("summary").put("create", summary.create()).put("update", summary.update())
                    .put("delete", summary.delete()).put("unchanged", summary.noOp())
                    .put("ambiguous", summary.ambiguous());
            try {
                root.set("plan", JSON.readTree(new JsonPlanRenderer().render(plan)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the plan renderer writes JSON", e);
            }
        }, () -> {
            root.putNull("summary");
            root.putNull("plan");
        });
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serializes", e);
        }
    }
}
