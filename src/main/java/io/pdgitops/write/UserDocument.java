package io.pdgitops.write;

import io.pdgitops.model.User;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link User} as the fields of its YAML document: each contact method and rule one line in flow style, as
 * {@code docs/people.md} writes them, delays in whole minutes.
 */
public final class UserDocument {

    private UserDocument() {
    }

    public static Map<String, Object> of(User user) {
        DocumentFields fields = new DocumentFields().put("kind", User.KIND).put("email", user.email())
                .putIfPresent("tags", user.tags());
        user.contactMethods().ifPresent(methods -> fields.put("contact_methods", methods.stream()
                .map(method -> item("label", method.label(), "type", method.type().yamlName(), "address", method.address()))
                .toList()));
        user.notificationRules().ifPresent(rules -> fields.put("notification_rules", rules.stream()
                .map(rule -> item("urgency", rule.urgency(), "after", minutes(rule.after()), "via", rule.via()))
                .toList()));
        user.handoffNotifications().ifPresent(rules -> fields.put("handoff_notifications", rules.stream()
                .map(rule -> item("when", rule.when().yamlName(), "advance", minutes(rule.advance()), "via", rule.via()))
                .toList()));
        return fields.map();
    }

    /** A YAML file of User documents, after {@code comments}. */
    public static String file(List<String> comments, List<User> users) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < users.size(); i++) {
            text.append(i == 0 ? "" : "---\n").append(YamlWriter.mapping(i == 0 ? comments : List.of(), of(users.get(i))));
        }
        return text.toString();
    }

    private static Map<String, Object> item(String k1, Object v1, String k2, Object v2, String k3, Object v3) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put(k1, v1);
        item.put(k2, v2);
        item.put(k3, v3);
        return item;
    }

    private static String minutes(Duration delay) {
        return delay.toMinutes() + "m";
    }
}
