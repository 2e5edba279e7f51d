package io.pdgitops.diff;

import io.pdgitops.diff.ContactChange.Action;
import io.pdgitops.model.ContactMethod;
import io.pdgitops.model.ContactType;
import io.pdgitops.model.HandoffRule;
import io.pdgitops.model.NotificationRule;
import io.pdgitops.model.PhoneNumber;
import io.pdgitops.model.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The writes that make one user's contact methods and rules what their User document declares. A declared list is
 * the user's whole set of that kind: what PagerDuty has beyond it is deleted, except the login email contact method
 * (PagerDuty's own, which it never lets go) and contact methods a repository cannot declare (push and WhatsApp, which
 * devices register). A list left out is not compared. Contact methods pair by label; a live one of the declared type
 * and address under another label is relabelled rather than made twice, which is also how the login email method is
 * taken into a document and how a create whose answer was lost is adopted on the next run. Rules have no identity
 * of their own: a live rule that says the same (urgency, delay, contact method) is kept, the others are replaced,
 * the new ones made before the old ones go so that the user is never left without a way to be paged.
 */
public final class UserContactDiff {

    private UserContactDiff() {
    }

    /** In {@link Action} order. */
    public static List<ContactChange> between(User declared, LiveUserContacts live) {
        List<ContactChange> changes = new ArrayList<>();
        Map<String, String> labels = new HashMap<>();
        live.methods().forEach(method -> labels.put(method.id(), method.label()));
        declared.contactMethods().ifPresent(methods -> methods(methods, live, labels, changes));
        declared.notificationRules().ifPresent(rules -> rules(rules, live, labels, changes));
        declared.handoffNotifications().ifPresent(handoffs -> handoffs(handoffs, live, labels, changes));
        changes.sort(Comparator.comparing(ContactChange::action));
        return List.copyOf(changes);
    }

    private static void methods(List<ContactMethod> declared, LiveUserContacts live, Map<String, String> labels,
            List<ContactChange> changes) {
        Set<String> paired = new HashSet<>();
        for (ContactMethod method : declared) {
            String path = "contact_methods[\"" + method.label() + "\"]";
            Optional<LiveUserContacts.Method> sameLabel = live.methods().stream()
                    .filter(candidate -> !paired.contains(candidate.id()) && candidate.label().equals(method.label()))
                    .filter(candidate -> sameType(candidate, method)
                            && (!isLogin(candidate, live) || sameAddress(candidate, method)))
                    .findFirst();
            Optional<LiveUserContacts.Method> sameAddress = live.methods().stream()
                    .filter(candidate -> !paired.contains(candidate.id()) && sameType(candidate, method)
                            && sameAddress(candidate, method))
                    .findFirst();
            Optional<LiveUserContacts.Method> pair = sameLabel.isPresent() ? sameLabel : sameAddress;
            if (pair.isEmpty()) {
                changes.add(ContactChange.method(Action.CREATE_METHOD, Optional.empty(), method,
                        FieldChange.of(path, describe(method), null)));
                continue;
            }
            LiveUserContacts.Method found = pair.get();
            paired.add(found.id());
            labels.put(found.id(), method.label());
            if (!found.label().equals(method.label()) || !sameAddress(found, method)) {
                changes.add(ContactChange.method(Action.UPDATE_METHOD, Optional.of(found.id()), method,
                        FieldChange.of(path, describe(method), describe(found))));
            }
        }
        for (LiveUserContacts.Method extra : live.methods()) {
            if (!paired.contains(extra.id()) && extra.type().isPresent() && !isLogin(extra, live)) {
                labels.remove(extra.id()); // its rules go with it, so none of them may stand for a declared rule
                changes.add(ContactChange.delete(Action.DELETE_METHOD, extra.id(),
                        FieldChange.of("contact_methods[\"" + extra.label() + "\"]", null, describe(extra))));
            }
        }
    }

    private static void rules(List<NotificationRule> declared, LiveUserContacts live, Map<String, String> labels,
            List<ContactChange> changes) {
        Set<String> kept = new HashSet<>();
        for (NotificationRule rule : declared) {
            Optional<LiveUserContacts.Rule> same = live.rules().stream()
                    .filter(candidate -> !kept.contains(candidate.id()) && candidate.urgency().equals(rule.urgency())
                            && candidate.after().equals(rule.after())
                            && rule.via().equals(labels.get(candidate.methodId())))
                    .findFirst();
            same.ifPresentOrElse(found -> kept.add(found.id()), () -> changes.add(ContactChange.rule(rule,
                    FieldChange.of("notification_rules", describe(rule.urgency(), rule.after(), rule.via()), null))));
        }
        for (LiveUserContacts.Rule extra : live.rules()) {
            if (!kept.contains(extra.id())) {
                changes.add(ContactChange.delete(Action.DELETE_RULE, extra.id(), FieldChange.of("notification_rules",
                        null, describe(extra.urgency(), extra.after(), liveLabel(live, extra.methodId())))));
            }
        }
    }

    private static void handoffs(List<HandoffRule> declared, LiveUserContacts live, Map<String, String> labels,
            List<ContactChange> changes) {
        Set<String> kept = new HashSet<>();
        for (HandoffRule rule : declared) {
            Optional<LiveUserContacts.Handoff> same = live.handoffs().stream()
                    .filter(candidate -> !kept.contains(candidate.id()) && candidate.when() == rule.when()
                            && candidate.advance().equals(rule.advance())
                            && rule.via().equals(labels.get(candidate.methodId())))
                    .findFirst();
            same.ifPresentOrElse(found -> kept.add(found.id()), () -> changes.add(ContactChange.handoff(rule,
                    FieldChange.of("handoff_notifications", describeHandoff(rule.when().yamlName(), rule.advance(), rule.via()),
                            null))));
        }
        for (LiveUserContacts.Handoff extra : live.handoffs()) {
            if (!kept.contains(extra.id())) {
                changes.add(ContactChange.delete(Action.DELETE_HANDOFF, extra.id(), FieldChange.of("handoff_notifications",
                        null, describeHandoff(extra.when().yamlName(), extra.advance(), liveLabel(live, extra.methodId())))));
            }
        }
    }

    /** The login email method: PagerDuty keeps it whatever the document says. */
    static boolean isLogin(LiveUserContacts.Method method, LiveUserContacts live) {
        return method.type().filter(ContactType.EMAIL.yamlName()::equals).isPresent()
                && method.address().equalsIgnoreCase(live.loginEmail());
    }

    private static boolean sameType(LiveUserContacts.Method live, ContactMethod declared) {
        return live.type().filter(declared.type().yamlName()::equals).isPresent();
    }

    private static boolean sameAddress(LiveUserContacts.Method live, ContactMethod declared) {
        return normalised(declared).equals(live.address().toLowerCase(Locale.ROOT));
    }

    /** Phone numbers as {@code +81 312345678}, email addresses lower case: how a live address reads. */
    private static String normalised(ContactMethod method) {
        if (method.type().isPhone()) {
            return PhoneNumber.parse(method.address()).map(PhoneNumber::written).orElse(method.address());
        }
        return method.address().toLowerCase(Locale.ROOT);
    }

    private static String liveLabel(LiveUserContacts live, String methodId) {
        return live.method(methodId).map(LiveUserContacts.Method::label).orElse(methodId);
    }

    private static String describe(ContactMethod method) {
        return method.type().yamlName() + " " + normalised(method);
    }

    private static String describe(LiveUserContacts.Method method) {
        return method.type().orElse("other") + " " + method.address() + " (" + method.label() + ")";
    }

    /** Delays in minutes, as the document writes them and PagerDuty counts them. */
    private static String describe(String urgency, Duration delay, String via) {
        return urgency + " after " + delay.toMinutes() + "m via " + via;
    }

    private static String describeHandoff(String when, Duration advance, String via) {
        return advance.toMinutes() + "m before " + when + " via " + via;
    }
}
