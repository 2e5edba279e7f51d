package io.pdgitops.load;

import io.pdgitops.model.ContactMethod;
import io.pdgitops.model.ContactType;
import io.pdgitops.model.HandoffRule;
import io.pdgitops.model.HandoffWhen;
import io.pdgitops.model.NotificationRule;
import io.pdgitops.model.Origin;
import io.pdgitops.model.User;
import java.time.Duration;

/**
 * Builds a {@link User} from a schema-valid User document. Addresses stay as written: whether a phone number is
 * well formed is a rule with its own code (UserRules), not a shape the schema could say.
 */
final class UserMapper {

    private UserMapper() {
    }

    static User map(Fields fields, Origin origin) {
        return new User(
                fields.text("email"),
                fields.optionalObjects("contact_methods").map(items -> items.stream()
                        .map(item -> new ContactMethod(item.text("label"),
                                ContactType.fromYamlName(item.text("type")).orElseThrow(), item.text("address")))
                        .toList()),
                fields.optionalObjects("notification_rules").map(items -> items.stream()
                        .map(item -> new NotificationRule(item.text("urgency"), item.duration("after"), item.text("via")))
                        .toList()),
                fields.optionalObjects("handoff_notifications").map(items -> items.stream()
                        .map(item -> new HandoffRule(HandoffWhen.fromYamlName(item.text("when")).orElseThrow(),
                                item.optionalDuration("advance").orElse(Duration.ZERO), item.text("via")))
                        .toList()),
                fields.optionalTextList("tags"),
                origin);
    }
}
