package io.pdgitops.write;

import io.pdgitops.model.BusinessService;
import io.pdgitops.model.WebhookSubscription;
import io.pdgitops.model.DeclaredObject;
import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.Service;
import io.pdgitops.model.Team;
import java.util.List;
import java.util.Map;

/**
 * Writes declared objects as YAML documents of the configuration format, the inverse of
 * {@code ConfigLoader}: loading what this writes gives back equal objects (origins aside). Keys come
 * in a fixed order (kind, name, description, then the kind's fields as the documentation lists them),
 * absent fields are left out, and scalars are quoted only where YAML would misread them. Pure: the
 * caller decides where the text goes.
 */
public final class YamlWriter {

    private YamlWriter() {
    }

    /** One YAML document, without a {@code ---} separator or comments. */
    public static String document(DeclaredObject object) {
        return YamlEmitter.mapping(fields(object));
    }

    /**
     * A whole file: comment lines first (each prefixed with {@code # }), then the documents separated by {@code ---}.
     *
     * @param comments single lines; line breaks inside one are written as spaces so a comment never ends early
     */
    public static String file(List<String> comments, List<? extends DeclaredObject> objects) {
        StringBuilder text = comments(comments);
        for (int i = 0; i < objects.size(); i++) {
            text.append(i > 0 ? "---\n" : "").append(document(objects.get(i)));
        }
        return text.toString();
    }

    /** Any ordered mapping (such as {@code pd-gitops.yaml}) as a file, comment lines first. */
    public static String mapping(List<String> comments, Map<String, ?> fields) {
        return comments(comments).append(YamlEmitter.mapping(fields)).toString();
    }

    /** The first line that gives editors using yaml-language-server completion and checks. */
    public static String schemaComment(String schemaPath) {
        return "yaml-language-server: $schema=" + schemaPath;
    }

    /** The fields of one object as ordered maps, lists and scalars, for callers that add their own. */
    public static Map<String, Object> fields(DeclaredObject object) {
        if (object instanceof Team team) {
            return TeamDocument.of(team);
        }
        if (object instanceof Schedule schedule) {
            return ScheduleDocument.of(schedule);
        }
        if (object instanceof EscalationPolicy policy) {
            return EscalationPolicyDocument.of(policy);
        }
        if (object instanceof BusinessService business) {
            return BusinessServiceDocument.of(business);
        }
        if (object instanceof WebhookSubscription subscription) {
            return WebhookSubscriptionDocument.of(subscription);
        }
        return ServiceDocument.of((Service) object);
    }

    private static StringBuilder comments(List<String> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(comment(line)).append('\n'));
        return text;
    }

    private static String comment(String line) {
        return ("# " + line.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ")).stripTrailing();
    }
}
