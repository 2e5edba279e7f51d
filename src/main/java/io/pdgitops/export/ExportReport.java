package io.pdgitops.export;

import io.pdgitops.model.DisplayText;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.model.ObjectKind;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What an export wrote and, object by object and field by field, what it could not express. Names and values come
 * from PagerDuty: escaped ({@link DisplayText}), so none can break a line or repaint the terminal.
 */
public final class ExportReport {

    /** Not YAML, so the loader never reads it as configuration. */
    public static final String FILE_NAME = "export-report.txt";

    private static final Map<ObjectKind, String> SINGULARS = Map.of(
            ObjectKind.TEAM, "team", ObjectKind.SCHEDULE, "schedule",
            ObjectKind.ESCALATION_POLICY, "escalation policy", ObjectKind.SERVICE, "service",
            ObjectKind.BUSINESS_SERVICE, "business service", ObjectKind.WEBHOOK_SUBSCRIPTION, "webhook subscription");
    private static final Map<ObjectKind, String> PLURALS = Map.of(
            ObjectKind.TEAM, "teams", ObjectKind.SCHEDULE, "schedules",
            ObjectKind.ESCALATION_POLICY, "escalation policies", ObjectKind.SERVICE, "services",
            ObjectKind.BUSINESS_SERVICE, "business services", ObjectKind.WEBHOOK_SUBSCRIPTION, "webhook subscriptions");

    private ExportReport() {
    }

    public static String text(Export export) {
        StringBuilder out = new StringBuilder("Exported ").append(counts(export)).append(".\n");
        List<UnexpressedSetting> settings = export.unexpressed();
        if (settings.isEmpty()) {
            return out.append("Everything PagerDuty has for these objects is in the YAML files.\n").toString();
        }
        out.append(settings.size()).append(settings.size() == 1 ? " setting" : " settings")
                .append(" the YAML format cannot express; PagerDuty keeps them as they are and pd-gitops leaves them"
                        + " alone:\n");
        ResourceKey current = null;
        for (UnexpressedSetting setting : settings) {
            if (!setting.object().equals(current)) {
                current = setting.object();
                out.append(DisplayText.escape(current.toString())).append('\n');
            }
            out.append(DisplayText.escape("    " + setting.field() + ": " + setting.value())).append('\n');
        }
        return out.toString();
    }

    private static String counts(Export export) {
        if (export.objectCounts().isEmpty() && export.windows() == 0 && export.users() == 0) {
            return "nothing: no object matched";
        }
        Stream<String> objects = export.objectCounts().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getValue() + " " + (entry.getValue() == 1
                        ? SINGULARS.get(entry.getKey()) : PLURALS.get(entry.getKey())));
        Stream<String> windows = export.windows() == 0 ? Stream.empty()
                : Stream.of(export.windows() + (export.windows() == 1 ? " maintenance window" : " maintenance windows"));
        Stream<String> users = export.users() == 0 ? Stream.empty()
                : Stream.of(export.users() + (export.users() == 1 ? " user" : " users"));
        return Stream.of(objects, windows, users).flatMap(part -> part).collect(Collectors.joining(", "));
    }
}
