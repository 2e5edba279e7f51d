package io.pdgitops.export;

import io.pdgitops.diff.LiveUserContacts;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.model.ContactMethod;
import io.pdgitops.model.ContactType;
import io.pdgitops.model.HandoffRule;
import io.pdgitops.model.NotificationRule;
import io.pdgitops.model.Origin;
import io.pdgitops.model.SourceLocation;
import io.pdgitops.model.User;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * How the account's users are reached, and their tags, as User documents for {@code export --users}. Push and WhatsApp methods are
 * registered by devices and cannot be declared, so they are left out; a list of rules that uses one is left out
 * whole (a list, once declared, is the user's whole set), and so is a user whose methods share a label, which a
 * document names them by. Each omission is reported.
 */
final class UserExport {

    private static final Origin EXPORTED = Origin.at(SourceLocation.startOf("export"));

    /** What is written, and what is left out with the reason. */
    record Result(List<User> users, List<UnexpressedSetting> leftOut) {
    }

    private UserExport() {
    }

    static Result of(Map<String, LiveUserContacts> contacts) {
        List<User> users = new ArrayList<>();
        List<UnexpressedSetting> leftOut = new ArrayList<>();
        contacts.values().stream().sorted(Comparator.comparing(user -> user.loginEmail().toLowerCase(Locale.ROOT)))
                .forEach(live -> of(live, leftOut).ifPresent(users::add));
        return new Result(users, leftOut);
    }

    private static Optional<User> of(LiveUserContacts live, List<UnexpressedSetting> leftOut) {
        ResourceKey key = ResourceKey.user(live.loginEmail());
        Map<String, String> labels = new HashMap<>();
        Set<String> seen = new HashSet<>();
        List<ContactMethod> methods = new ArrayList<>();
        for (LiveUserContacts.Method method : live.methods()) {
            Optional<ContactType> type = method.type().flatMap(ContactType::fromYamlName);
            if (type.isEmpty()) {
                continue;
            }
            if (!seen.add(method.label().toLowerCase(Locale.ROOT))) {
                leftOut.add(new UnexpressedSetting(key, UnexpressedSetting.WHOLE_OBJECT, "not exported: two contact"
                        + " methods are labelled `" + method.label() + "`, and a User document names them by label"));
                return Optional.empty();
            }
            labels.put(method.id(), method.label());
            methods.add(new ContactMethod(method.label(), type.get(), method.address()));
        }
        Optional<List<NotificationRule>> rules = expressible(key, "notification_rules", live.rules(),
                LiveUserContacts.Rule::methodId, labels,
                rule -> new NotificationRule(rule.urgency(), rule.after(), labels.get(rule.methodId())), leftOut);
        Optional<List<HandoffRule>> handoffs = expressible(key, "handoff_notifications", live.handoffs(),
                LiveUserContacts.Handoff::methodId, labels,
                handoff -> new HandoffRule(handoff.when(), handoff.advance(), labels.get(handoff.methodId())), leftOut);
        // A user without tags gets no tags: line, as a team or policy without them, so they stay unmanaged.
        Optional<List<String>> tags = live.tags().filter(read -> !read.isEmpty());
        return Optional.of(new User(live.loginEmail(), Optional.of(methods), rules, handoffs, tags, EXPORTED));
    }

    /** The rules as declared, or nothing (and a report) when one of them reaches the user through an undeclarable method. */
    private static <L, D> Optional<List<D>> expressible(ResourceKey key, String field, List<L> live,
            Function<L, String> methodOf, Map<String, String> labels, Function<L, D> declared,
            List<UnexpressedSetting> leftOut) {
        if (live.isEmpty()) {
            return Optional.empty(); // nothing to keep: left out, as a document that does not care would
        }
        if (live.stream().allMatch(rule -> labels.containsKey(methodOf.apply(rule)))) {
            return Optional.of(live.stream().map(declared).toList());
        }
        leftOut.add(new UnexpressedSetting(key, field, "not exported: a rule uses a push or WhatsApp method, which a"
                + " document cannot declare; the list stays unmanaged"));
        return Optional.empty();
    }
}
