package io.pdgitops.validate;

import io.pdgitops.model.ContactMethod;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.FieldPath;
import io.pdgitops.model.HandoffRule;
import io.pdgitops.model.NotificationRule;
import io.pdgitops.model.PhoneNumber;
import io.pdgitops.model.RepoSettings;
import io.pdgitops.model.Suggestions;
import io.pdgitops.model.User;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the schema cannot say about User documents: they need the repository's consent ({@code manage_users}), a
 * user is declared once, labels are unique per user (rules name contact methods by label), every {@code via} names
 * a declared label, phone numbers carry a country code, and delays are whole minutes (PagerDuty counts minutes).
 * Whether the email belongs to a user of the account is checked by the plan ({@link UserReferences}).
 */
final class UserRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private UserRules() {
    }

    static void check(DesiredState state, List<Violation> violations) {
        Map<String, User> first = new HashMap<>();
        for (User user : state.users()) {
            if (!state.settings().manageUsers()) {
                violations.add(Violation.error(ViolationCode.USERS_NOT_MANAGED,
                        user.origin().locationOf(FieldPath.of("kind")),
                        "User documents manage how people are reached, which this repository has not opted into: add "
                                + "`manage_users: true` to " + RepoSettings.FILE_NAME + " (see docs/people.md)"));
            }
            User earlier = first.putIfAbsent(user.email().toLowerCase(Locale.ROOT), user);
            if (earlier != null) {
                violations.add(Violation.error(ViolationCode.DUPLICATE_NAME, user.origin().locationOf(FieldPath.of("email")),
                        User.KIND + " `" + user.email() + "` is already declared at "
                                + earlier.origin().locationOf(FieldPath.of("email"))));
            }
            checkContactMethods(user, violations);
            checkNotificationRules(user, violations);
            checkHandoffRules(user, violations);
        }
    }

    private static void checkContactMethods(User user, List<Violation> violations) {
        List<ContactMethod> methods = user.contactMethods().orElse(List.of());
        Map<String, Integer> labels = new HashMap<>();
        for (int i = 0; i < methods.size(); i++) {
            ContactMethod method = methods.get(i);
            Integer earlier = labels.putIfAbsent(method.label(), i);
            if (earlier != null) {
                violations.add(Violation.error(ViolationCode.DUPLICATE_CONTACT_LABEL,
                        user.origin().locationOf(FieldPath.of("contact_methods", i, "label")),
                        "contact method label `" + method.label() + "` is already used at "
                                + user.origin().locationOf(FieldPath.of("contact_methods", earlier, "label"))));
            }
            String address = FieldPath.of("contact_methods", i, "address");
            if (method.type().isPhone() && PhoneNumber.parse(method.address()).isEmpty()) {
                // The number is the user's own: the message says what is wrong without repeating it.
                violations.add(Violation.error(ViolationCode.INVALID_PHONE_NUMBER, user.origin().locationOf(address),
                        method.type().yamlName() + " `" + method.label() + "` needs +<country code>, a space and the "
                                + "number, like +81 3-1234-5678"));
            } else if (!method.type().isPhone() && !EMAIL.matcher(method.address()).matches()) {
                violations.add(Violation.error(ViolationCode.INVALID_FORMAT, user.origin().locationOf(address),
                        "email `" + method.label() + "` needs an email address"));
            }
        }
    }

    private static void checkNotificationRules(User user, List<Violation> violations) {
        List<NotificationRule> rules = user.notificationRules().orElse(List.of());
        for (int i = 0; i < rules.size(); i++) {
            checkVia(user, FieldPath.of("notification_rules", i, "via"), rules.get(i).via(), violations);
            checkMinutes(user, FieldPath.of("notification_rules", i, "after"), rules.get(i).after(), violations);
        }
    }

    private static void checkHandoffRules(User user, List<Violation> violations) {
        List<HandoffRule> rules = user.handoffNotifications().orElse(List.of());
        for (int i = 0; i < rules.size(); i++) {
            checkVia(user, FieldPath.of("handoff_notifications", i, "via"), rules.get(i).via(), violations);
            checkMinutes(user, FieldPath.of("handoff_notifications", i, "advance"), rules.get(i).advance(), violations);
        }
    }

    private static void checkVia(User user, String path, String via, List<Violation> violations) {
        if (user.contactMethods().isEmpty()) {
            violations.add(Violation.error(ViolationCode.DANGLING_REFERENCE, user.origin().locationOf(path),
                    "`" + via + "` names no contact method: rules name the contact_methods this document declares, "
                            + "and it declares none"));
            return;
        }
        if (user.contactMethod(via).isEmpty()) {
            List<String> labels = user.contactMethods().get().stream().map(ContactMethod::label).toList();
            violations.add(Violation.error(ViolationCode.DANGLING_REFERENCE, user.origin().locationOf(path),
                    "`" + via + "` is not the label of a contact method of " + user.email()
                            + Suggestions.hint(via, labels)));
        }
    }

    private static void checkMinutes(User user, String path, Duration delay, List<Violation> violations) {
        if (delay != null && delay.toSecondsPart() != 0) {
            violations.add(Violation.error(ViolationCode.DELAY_NOT_WHOLE_MINUTES, user.origin().locationOf(path),
                    "PagerDuty counts this delay in whole minutes"));
        }
    }
}
