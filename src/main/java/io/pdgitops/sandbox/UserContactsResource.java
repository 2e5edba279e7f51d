package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a user is reached: {@code /users/{id}/contact_methods}, {@code /users/{id}/notification_rules} and
 * {@code /users/{id}/oncall_handoff_notification_rules}. A user is made with an email contact method for the login
 * email, labelled {@code Default}, and with an immediate email rule on it for each urgency; that method cannot be
 * deleted nor moved to another address. Deleting a contact
 * method deletes the rules that reach the user through it, as PagerDuty's web app warns it does.
 */
final class UserContactsResource {

    static final String DEFAULT_LABEL = "Default";
    /** The urgencies a new user's default rules cover: the sandbox's account has PagerDuty's urgencies ability. */
    static final List<String> DEFAULT_URGENCIES = List.of("high", "low");
    private static final String EMAIL = "email_contact_method";
    private static final Set<String> PHONES = Set.of("phone_contact_method", "sms_contact_method");
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{4,15}");

    private final Context context;
    private final UserChildren methods;
    private final UserChildren rules;
    private final UserChildren handoffs;

    UserContactsResource(Context context) {
        this.context = context;
        this.methods = new UserChildren(context, Kind.CONTACT_METHODS, "contact_methods", "contact_method",
                Json.object().put("send_short_email", false), this::validateMethod, this::methodView, this::beforeMethodDelete);
        this.rules = new UserChildren(context, Kind.NOTIFICATION_RULES, "notification_rules", "notification_rule",
                Json.object().put("type", "assignment_notification_rule"), this::validateRule, this::ruleView, rule -> { });
        this.handoffs = new UserChildren(context, Kind.HANDOFF_RULES, "oncall_handoff_notification_rules",
                "oncall_handoff_notification_rule", Json.object().put("handoff_type", "both").put("notify_advance_in_minutes", 0),
                this::validateHandoff, this::ruleView, rule -> { });
    }

    void register(Routes routes) {
        methods.register(routes);
        rules.register(routes);
        handoffs.register(routes);
    }

    /**
     * What PagerDuty gives every new user: the login email contact method, and a rule for each urgency that mails it
     * at once, so that a user nobody has configured is still told of an incident assigned to them.
     */
    void createDefault(String userId, String email) {
        ObjectNode login = methods.create(userId,
                Json.object().put("type", EMAIL).put("label", DEFAULT_LABEL).put("address", email));
        for (String urgency : DEFAULT_URGENCIES) {
            rules.create(userId, Json.object().put("urgency", urgency).put("start_delay_in_minutes", 0)
                    .set("contact_method", Json.object().put("id", login.path("id").asText())));
        }
    }

    /** What a user read shows: whole objects with {@code include[]}, references otherwise. */
    void describe(ObjectNode userView, String userId, SandboxRequest request) {
        list(userView.putArray("contact_methods"), methods, userId, Listing.includes(request, "contact_methods"));
        list(userView.putArray("notification_rules"), rules, userId, Listing.includes(request, "notification_rules"));
    }

    /** A deleted user takes everything that reached them along. */
    void forget(String userId) {
        for (Kind kind : List.of(Kind.CONTACT_METHODS, Kind.NOTIFICATION_RULES, Kind.HANDOFF_RULES)) {
            context.state().removeIf(kind, child -> child.path("user_id").asText().equals(userId));
        }
    }

    private void list(ArrayNode into, UserChildren children, String userId, boolean whole) {
        for (ObjectNode child : children.of(userId)) {
            ObjectNode shown = children.show(child);
            into.add(whole ? shown : reference(shown, children.path(), userId));
        }
    }

    private ObjectNode reference(ObjectNode shown, String path, String userId) {
        ObjectNode reference = Json.object();
        reference.put("id", shown.path("id").asText());
        reference.put("type", shown.path("type").asText() + "_reference");
        reference.put("summary", shown.path("summary").asText());
        reference.put("self", context.links().apiUrl() + "/users/" + userId + "/" + path + "/" + shown.path("id").asText());
        return reference;
    }

    private void validateMethod(ObjectNode method, String userId) {
        String type = Checks.requiredText(method, "type");
        Checks.requiredText(method, "label");
        String address = Checks.requiredText(method, "address");
        Checks.maxLength(method, "label", 255);
        if (type.equals(EMAIL)) {
            if (!EMAIL_ADDRESS.matcher(address).matches()) {
                throw PagerDutyError.invalid("Address is not a valid email address");
            }
        } else if (PHONES.contains(type)) {
            JsonNode code = method.get("country_code");
            if (code == null || !code.canConvertToInt() || code.intValue() < 1 || code.intValue() > 1999) {
                throw PagerDutyError.invalid("Country code must be a number from 1 to 1999");
            }
            if (!DIGITS.matcher(address).matches()) {
                throw PagerDutyError.invalid("Address must be the phone number's digits");
            }
        } else {
            throw PagerDutyError.invalid("Type must be one of " + EMAIL + ", phone_contact_method, sms_contact_method");
        }
        String id = method.path("id").asText();
        for (ObjectNode other : methods.of(userId)) {
            if (!other.path("id").asText().equals(id) && other.path("type").asText().equals(type)
                    && other.path("address").asText().equalsIgnoreCase(address)
                    && other.path("country_code").asInt() == method.path("country_code").asInt()) {
                throw PagerDutyError.invalid("User Contact method must be unique");
            }
        }
        context.state().find(Kind.CONTACT_METHODS, id)
                .filter(stored -> isLogin(stored, userId) && !stored.path("address").asText().equalsIgnoreCase(address))
                .ifPresent(stored -> {
                    throw PagerDutyError.invalid("The login email contact method cannot change its address");
                });
    }

    private void beforeMethodDelete(ObjectNode method) {
        String userId = method.path("user_id").asText();
        if (isLogin(method, userId)) {
            throw PagerDutyError.invalid("The login email contact method cannot be deleted");
        }
        String id = method.path("id").asText();
        for (Kind kind : List.of(Kind.NOTIFICATION_RULES, Kind.HANDOFF_RULES)) {
            context.state().removeIf(kind, rule -> rule.path("contact_method").path("id").asText().equals(id));
        }
    }

    private boolean isLogin(ObjectNode method, String userId) {
        String login = context.state().find(Kind.USERS, userId).map(user -> user.path("email").asText()).orElse("");
        return method.path("type").asText().equals(EMAIL)
                && method.path("address").asText().toLowerCase(Locale.ROOT).equals(login.toLowerCase(Locale.ROOT));
    }

    private void validateRule(ObjectNode rule, String userId) {
        Checks.oneOf(rule, "type", Set.of("assignment_notification_rule"));
        Checks.oneOf(rule, "urgency", Set.of("high", "low"));
        minutes(rule, "start_delay_in_minutes", true);
        contactMethod(rule, userId);
    }

    private void validateHandoff(ObjectNode rule, String userId) {
        Checks.oneOf(rule, "handoff_type", Set.of("both", "oncall", "offcall"));
        minutes(rule, "notify_advance_in_minutes", false);
        contactMethod(rule, userId);
    }

    private static void minutes(ObjectNode rule, String field, boolean required) {
        JsonNode value = rule.get(field);
        if (value == null && !required) {
            return;
        }
        if (value == null || !value.canConvertToInt() || value.intValue() < 0) {
            throw PagerDutyError.invalid(Checks.capitalised(field) + " must be a whole number of minutes, 0 or more");
        }
    }

    /** Keeps only the id and the contact method's own reference type; 400 when it is not one of this user's. */
    private void contactMethod(ObjectNode rule, String userId) {
        JsonNode reference = rule.get("contact_method");
        String id = reference == null ? "" : reference.path("id").asText();
        ObjectNode method = context.state().find(Kind.CONTACT_METHODS, id)
                .filter(found -> found.path("user_id").asText().equals(userId))
                .orElseThrow(() -> PagerDutyError.invalid("Contact method must be a contact method of the user"));
        rule.set("contact_method", Json.object().put("id", id).put("type", method.path("type").asText() + "_reference"));
    }

    private ObjectNode methodView(ObjectNode method) {
        method.put("summary", method.path("label").asText());
        method.put("self", context.links().apiUrl() + "/users/" + method.path("user_id").asText() + "/contact_methods/"
                + method.path("id").asText());
        method.put("enabled", true);
        if (PHONES.contains(method.path("type").asText())) {
            method.put("blacklisted", false);
        }
        return method;
    }

    private ObjectNode ruleView(ObjectNode rule) {
        String id = rule.path("contact_method").path("id").asText();
        context.state().find(Kind.CONTACT_METHODS, id).ifPresent(method -> {
            ObjectNode reference = (ObjectNode) rule.get("contact_method");
            reference.put("summary", method.path("label").asText());
            reference.put("self", context.links().apiUrl() + "/users/" + method.path("user_id").asText()
                    + "/contact_methods/" + id);
        });
        return rule;
    }
}
