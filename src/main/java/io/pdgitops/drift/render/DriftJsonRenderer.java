package io.pdgitops.drift.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdgitops.diff.FieldChange;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.drift.DriftEntry;
import io.pdgitops.drift.DriftReport;
import io.pdgitops.drift.DriftStatus;
import io.pdgitops.drift.ExportHint;
import io.pdgitops.drift.UnmanagedObject;
import io.pdgitops.oncall.render.OnCallDriftBlocks;
import java.util.Locale;

/** Drift for programs; fields are only ever added within one {@link #FORMAT}. */
public final class DriftJsonRenderer {

    public static final String FORMAT = "pd-gitops/drift/v1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String render(DriftReport report) {
        ObjectNode root = JSON.createObjectNode().put("format", FORMAT).put("drift", report.hasDrift());
        ObjectNode summary = root.putObject("summary");
        for (DriftStatus status : DriftStatus.values()) {
            summary.put(name(status), report.count(status));
        }
        summary.put("unmanaged", report.unmanaged().size());
        summary.put("on_call_drifted", report.onCallDrifted());
        ArrayNode objects = root.putArray("objects");
        for (DriftEntry entry : report.entries()) {
            ObjectNode object = key(objects.addObject(), entry.key()).put("status", name(entry.status()));
            entry.liveIds().forEach(object.putArray("live_ids")::add);
            ArrayNode changes = object.putArray("changes");
            for (FieldChange change : entry.changes()) {
                changes.addObject().put("path", change.path())
                        .put("desired", change.desired().orElse(null))
                        .put("live", change.live().orElse(null));
            }
        }
        ArrayNode unmanaged = root.putArray("unmanaged");
        for (UnmanagedObject object : report.unmanaged()) {
            key(unmanaged.addObject(), object.key()).put("live_id", object.liveId())
                    .put("export_command", ExportHint.command(object));
        }
        ArrayNode onCall = root.putArray("on_call");
        OnCallDriftBlocks.json(onCall, report.onCall());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serializes", e);
        }
    }

    private static ObjectNode key(ObjectNode node, ResourceKey key) {
        return node.put("kind", key.kind().displayName()).put("name", key.name())
                .put("service", key.service().orElse(null));
    }

    private static String name(DriftStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
