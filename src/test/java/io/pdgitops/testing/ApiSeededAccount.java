package io.pdgitops.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdgitops.model.MaintenanceOccurrences;
import io.pdgitops.model.MaintenanceWindow;
import io.pdgitops.model.Origin;
import io.pdgitops.model.SourceLocation;
import io.pdgitops.model.WindowOccurrence;
import io.pdgitops.model.WindowTiming;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.sandbox.SandboxInterceptor;
import io.pdgitops.sandbox.Seed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Fills a sandbox the way people and other tools fill PagerDuty: plain REST requests with PagerDuty's JSON,
 * never through pd-gitops's own client or apply. Hundreds of objects, some with settings pd-gitops does not
 * model (alert grouping, a team's default role, an integration type without a YAML form), one schedule layer
 * ended by a later edit.
 */
public final class ApiSeededAccount {

    public static final int USERS = 25;
    public static final int TEAMS = 12;
    public static final int SCHEDULES = 40;
    public static final int POLICIES = 50;
    public static final int SERVICES = 110;
    /** Teams created with {@code default_role: none}: every fourth. */
    public static final String UNMODELLED_TEAM = "Team 0";
    /** Services created with {@code alert_grouping_parameters}: every tenth. */
    public static final String GROUPED_SERVICE = "Service 0";
    /** Services with mail event rules: every tenth; the first of them also suppresses what no rule matches. */
    public static final String RULED_SERVICE = "Service 10";
    public static final String CATCH_ALL_SERVICE = "Service 0";
    /** The SQL monitor integration of every seventh service has no YAML form. */
    public static final String FORMLESS_INTEGRATION = "SQL monitor";
    /** The first schedule's first layer is ended by an edit, as the UI does when a layer is removed. */
    public static final String ENDED_LAYER = "Retired layer";

    /** Every third team (from the second) carries the tag {@code customer-<i % 2>}. */
    public static final String TAGGED_TEAM = "Team 1";
    /** Every fifth policy carries {@code customer-<i % 2>} and {@code Tier-1}. */
    public static final String TAGGED_POLICY = "Policy 0";
    /** A future maintenance window on Service 1 and Service 2. */
    public static final String FUTURE_WINDOW = "Quarterly patching";
    /** A maintenance window on Service 3 that runs while the tests do. */
    public static final String RUNNING_WINDOW = "Storage migration";
    /** The description of two future windows on Service 4, a week apart but years ahead: no weekly rule. */
    public static final String SHARED_WINDOW = "Weekly reboot";
    /** The next weeks of a rule on Service 5, every Tuesday 23:00 to 01:00 Tokyo time, each a window of its own. */
    public static final String WEEKLY_WINDOW = "Tuesday change window";

    /**
     * The first users each have a work phone besides their login email, a high-urgency rule that calls it after
     * five minutes, and a hand-off notice by mail 30 minutes before each shift; the second also a low-urgency rule
     * that calls it at once. Every user also has the rules PagerDuty makes with a user.
     */
    public static final int REACHED_USERS = 2;

    /** Every sixth user from this one carries {@link #USER_TAG} and {@code customer-<i / 6 % 2>}, the first customer-0. */
    public static final int FIRST_TAGGED_USER = 2;
    public static final String USER_TAG = "Shift-Leader";

    /** Webhook subscriptions by description: on Service 2, on Team 1, and on the whole account. */
    public static final List<String> WEBHOOKS = List.of("Service 2 tickets", "Team 1 chat", "Account audit log");

    /** Business services: each supported by three services of its own, but the last by none. */
    public static final int BUSINESS_SERVICES = 4;
    /** Of every business service, the services that support it, and the one without a team. */
    public static final String SUPPORTED_BUSINESS = "Business 1";
    public static final List<String> SUPPORTING = List.of("Service 3", "Service 4", "Service 5");
    public static final String UNSUPPORTED_BUSINESS = "Business " + (BUSINESS_SERVICES - 1);

    /** The account's first user, who creates the others (PagerDuty wants a {@code From} user for that). */
    public static final Seed SEED = new Seed(List.of(new Seed.User("Admin", "admin@example.com", "Asia/Tokyo", "admin",
            null)), List.of());

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final String BASE = "https://sandbox.invalid";

    private final OkHttpClient http;
    private final Random random;
    private final List<String> users = new ArrayList<>();
    private final List<String> teams = new ArrayList<>();
    private final List<String> schedules = new ArrayList<>();
    private final List<String> policies = new ArrayList<>();
    private final List<String> serviceIds = new ArrayList<>();

    private ApiSeededAccount(Sandbox sandbox, long seed) {
        this.http = SandboxInterceptor.inProcessClient(sandbox);
        this.random = new Random(seed);
    }

    /** @param sandbox started with {@link #SEED} */
    public static void fill(Sandbox sandbox, long seed) {
        new ApiSeededAccount(sandbox, seed).fill();
    }

    private void fill() {
        for (int i = 0; i < USERS; i++) {
            users.add(id(post("/users", "user", object().put("type", "user").put("name", "User " + i)
                    .put("email", "user" + i + "@example.com"))));
        }
        for (int i = 0; i < TEAMS; i++) {
            ObjectNode team = object().put("type", "team").put("name", "Team " + i).put("description", "Team number " + i);
            if (i % 4 == 0) {
                team.put("default_role", "none");
            }
            if (i > 2 && i % 3 == 0) {
                team.set("parent", reference(teams.get(0), "team_reference"));
            }
            String id = id(post("/teams", "team", team));
            teams.add(id);
            for (int m = 0; m < 1 + i % 3; m++) {
                request("PUT", "/teams/" + id + "/users/" + users.get((i + m * 5) % USERS),
                        object().put("role", m == 0 ? "manager" : "responder"));
            }
        }
        for (int i = 0; i < SCHEDULES; i++) {
            schedules.add(schedule(i));
        }
        for (int i = 0; i < POLICIES; i++) {
            policies.add(policy(i));
        }
        for (int i = 0; i < SERVICES; i++) {
            service(i);
        }
        windows();
        for (int b = 0; b < BUSINESS_SERVICES; b++) {
            businessService(b);
        }
        for (int i = 0; i < REACHED_USERS; i++) {
            contacts(users.get(i), i);
        }
        webhook(WEBHOOKS.get(0), reference(serviceIds.get(2), "service_reference"));
        webhook(WEBHOOKS.get(1), reference(teams.get(1), "team_reference"));
        webhook(WEBHOOKS.get(2), object().put("type", "account_reference"));
        for (int i = 1; i < TEAMS; i += 3) {
            tag("teams", teams.get(i), "customer-" + i % 2);
        }
        for (int i = 0; i < POLICIES; i += 5) {
            tag("escalation_policies", policies.get(i), "customer-" + i % 2, "Tier-1");
        }
        for (int i = FIRST_TAGGED_USER; i < USERS; i += 6) {
            tag("users", users.get(i), USER_TAG, "customer-" + i / 6 % 2);
        }
    }

    /**
     * Maintenance windows as the web UI makes them: a future one and a running one, each with a description of its
     * own, two that share a description ({@link #SHARED_WINDOW}), which a one-off document per name cannot hold, and
     * the weeks of a weekly rule made one by one ({@link #WEEKLY_WINDOW}).
     */
    private void windows() {
        Instant now = Instant.now();
        window(FUTURE_WINDOW, Instant.parse("2035-03-01T01:00:00Z"), Instant.parse("2035-03-01T05:00:00Z"), 1, 2);
        window(RUNNING_WINDOW, now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(6)), 3);
        window(SHARED_WINDOW, Instant.parse("2035-01-02T15:00:00Z"), Instant.parse("2035-01-02T17:00:00Z"), 4);
        window(SHARED_WINDOW, Instant.parse("2035-01-09T15:00:00Z"), Instant.parse("2035-01-09T17:00:00Z"), 4);
        MaintenanceWindow rule = new MaintenanceWindow(WEEKLY_WINDOW, List.of("Service 5"), new WindowTiming.Weekly(
                List.of(DayOfWeek.TUESDAY), LocalTime.of(23, 0), Duration.ofHours(2), ZoneId.of("Asia/Tokyo"), 3),
                Origin.at(SourceLocation.startOf("seed")));
        for (WindowOccurrence week : MaintenanceOccurrences.of(rule, now)) {
            window(WEEKLY_WINDOW, week.start(), week.end(), 5);
        }
    }

    private void window(String description, Instant start, Instant end, int... services) {
        ObjectNode window = object().put("type", "maintenance_window").put("description", description)
                .put("start_time", start.toString()).put("end_time", end.toString());
        for (int service : services) {
            window.withArray("services").add(reference(serviceIds.get(service), "service_reference"));
        }
        post("/maintenance_windows", "maintenance_window", window);
    }

    /** Tags by label, as the web UI does: a label new to the account creates its tag. */
    private void tag(String entityType, String id, String... labels) {
        ObjectNode change = object();
        for (String label : labels) {
            change.withArray("add").add(object().put("type", "tag").put("label", label));
        }
        request("POST", "/" + entityType + "/" + id + "/change_tags", change);
    }

    private String schedule(int i) {
        ObjectNode schedule = object().put("type", "schedule").put("name", "Schedule " + i)
                .put("time_zone", i % 2 == 0 ? "Asia/Tokyo" : "Europe/Berlin");
        if (i % 3 == 0) {
            schedule.put("description", "Rota " + i);
        }
        if (i % 2 == 1) {
            schedule.putArray("teams").add(reference(teams.get(i % TEAMS), "team_reference"));
        }
        ArrayNode layers = schedule.putArray("schedule_layers");
        if (i == 0) {
            layers.add(layer(ENDED_LAYER, "2026-01-05T09:00:00+09:00", 86_400, 0));
        }
        for (int l = 0; l < 1 + i % 3; l++) {
            ObjectNode layer = layer("Layer " + (l + 1), "2027-0" + (1 + l) + "-0" + (1 + i % 9) + "T09:00:00+09:00",
                    (1 + random.nextInt(7)) * 86_400 / (l == 1 ? 2 : 1), i + l);
            if (l == 2) {
                layer.put("end", "2028-01-01T00:00:00+09:00");
            }
            layers.add(layer);
        }
        JsonNode created = post("/schedules", "schedule", schedule);
        String id = id(created);
        if (i == 0) {
            // Sending the layers without the first one ends it, as removing a layer in the UI does.
            ObjectNode edit = object();
            ArrayNode kept = edit.putArray("schedule_layers");
            created.path("schedule_layers").forEach(layer -> {
                if (!layer.path("name").asText().equals(ENDED_LAYER)) {
                    kept.add(layer);
                }
            });
            request("PUT", "/schedules/" + id, wrap("schedule", edit));
        }
        return id;
    }

    private ObjectNode layer(String name, String start, int turnSeconds, int offset) {
        ObjectNode layer = object().put("name", name).put("start", start).put("rotation_virtual_start", start)
                .put("rotation_turn_length_seconds", turnSeconds);
        ArrayNode members = layer.putArray("users");
        for (int u = 0; u < 1 + offset % 4; u++) {
            members.addObject().set("user", reference(users.get((offset + u * 3) % USERS), "user_reference"));
        }
        ArrayNode restrictions = layer.putArray("restrictions");
        if (offset % 3 == 1) {
            restrictions.addObject().put("type", "daily_restriction").put("start_time_of_day", "08:00:00")
                    .put("duration_seconds", 36_000);
        } else if (offset % 3 == 2) {
            restrictions.addObject().put("type", "weekly_restriction").put("start_day_of_week", 1 + offset % 7)
                    .put("start_time_of_day", "18:30:00").put("duration_seconds", 2 * 86_400);
        }
        return layer;
    }

    private String policy(int i) {
        ObjectNode policy = object().put("type", "escalation_policy").put("name", "Policy " + i)
                .put("num_loops", i % 4).put("on_call_handoff_notifications", i % 5 == 0 ? "always" : "if_has_services");
        if (i % 2 == 0) {
            policy.putArray("teams").add(reference(teams.get(i % TEAMS), "team_reference"));
        }
        ArrayNode rules = policy.putArray("escalation_rules");
        for (int r = 0; r < 1 + i % 3; r++) {
            ObjectNode rule = rules.addObject().put("escalation_delay_in_minutes", 5 + 10 * r + i % 7);
            ArrayNode targets = rule.putArray("targets");
            targets.add(reference(schedules.get((i + r) % SCHEDULES), "schedule_reference"));
            if ((i + r) % 2 == 0) {
                targets.add(reference(users.get((i * 3 + r) % USERS), "user_reference"));
            }
        }
        return id(post("/escalation_policies", "escalation_policy", policy));
    }

    /** Business service b: a team (counted from the last) when b is even, a point of contact when odd, services 3b..3b+2 as support. */
    private void businessService(int b) {
        ObjectNode business = object().put("name", "Business " + b).put("description", "Customer-facing " + b);
        if (b % 2 == 0) {
            // Teams from the last: the team filter test exports Team 2 and expects only its own policies.
            business.set("team", object().put("id", teams.get(TEAMS - 1 - b)));
        } else {
            business.put("point_of_contact", "Desk " + b);
        }
        String id = id(post("/business_services", "business_service", business));
        if (b == BUSINESS_SERVICES - 1) {
            return;
        }
        ObjectNode relationships = object();
        for (int s = 3 * b; s < 3 * b + 3; s++) {
            ObjectNode edge = relationships.withArray("relationships").addObject();
            edge.set("supporting_service", object().put("id", serviceIds.get(s)).put("type", "service"));
            edge.set("dependent_service", object().put("id", id).put("type", "business_service"));
        }
        request("POST", "/service_dependencies/associate", relationships);
    }

    private void service(int i) {
        ObjectNode service = object().put("type", "service").put("name", "Service " + i)
                .put("description", i % 2 == 0 ? "Monitored host group " + i : "");
        service.set("escalation_policy", reference(policies.get(i % POLICIES), "escalation_policy_reference"));
        switch (i % 4) {
            case 0 -> service.putNull("auto_resolve_timeout");
            case 1 -> service.put("auto_resolve_timeout", 7_200);
            default -> { }
        }
        if (i % 3 == 0) {
            service.put("acknowledgement_timeout", 600);
        }
        if (i % 5 == 2) {
            service.set("support_hours", object().put("type", "fixed_time_per_day").put("time_zone", "Asia/Tokyo")
                    .put("start_time", "09:00:00").put("end_time", "18:00:00"));
            ((ObjectNode) service.get("support_hours")).putArray("days_of_week").add(1).add(2).add(3).add(4).add(5);
            ObjectNode rule = object().put("type", "use_support_hours");
            rule.set("during_support_hours", object().put("type", "constant").put("urgency", "high"));
            rule.set("outside_support_hours", object().put("type", "constant").put("urgency", "low"));
            service.set("incident_urgency_rule", rule);
        } else if (i % 5 == 3) {
            service.set("incident_urgency_rule", object().put("type", "constant").put("urgency", "low"));
        }
        if (i % 10 == 0) {
            ObjectNode grouping = object().put("type", "time");
            grouping.putObject("config").put("timeout", 5);
            service.set("alert_grouping_parameters", grouping);
        }
        String id = id(post("/services", "service", service));
        serviceIds.add(id);
        if (i % 10 == 0) {
            orchestrate(id, i == 0);
        }
        post("/services/" + id + "/integrations", "integration", object()
                .put("type", "events_api_v2_inbound_integration").put("name", "Events"));
        if (i % 2 == 0) {
            post("/services/" + id + "/integrations", "integration", object()
                    .put("type", "nagios_inbound_integration").put("name", "Nagios"));
        }
        if (i % 6 == 1) {
            ObjectNode mail = object().put("type", "generic_email_inbound_integration").put("name", "Legacy mail")
                    .put("integration_email", "svc" + i + "@acme.pagerduty.com")
                    .put("email_incident_creation", "use_rules").put("email_filter_mode", "or-rules-email");
            mail.putArray("email_filters").addObject().put("subject_mode", "match").put("subject_regex", "^PROBLEM")
                    .put("body_mode", "always").put("from_email_mode", "always");
            post("/services/" + id + "/integrations", "integration", mail);
        }
        if (i % 8 == 3) {
            ObjectNode datadog = object().put("name", "Datadog");
            datadog.set("vendor", reference("PZQ6AUS", "vendor_reference"));
            post("/services/" + id + "/integrations", "integration", datadog);
        }
        if (i % 7 == 0) {
            post("/services/" + id + "/integrations", "integration", object()
                    .put("type", "sql_monitor_inbound_integration").put("name", FORMLESS_INTEGRATION));
        }
    }

    /** Rules for an old Nagios host's alert mails; with {@code catchAll}, a catch-all made in the UI that suppresses. */
    private void orchestrate(String serviceId, boolean catchAll) {
        ObjectNode path = object();
        var rules = path.putArray("sets").addObject().put("id", "start").putArray("rules");
        ObjectNode recovery = rules.addObject().put("label", "Recovery mails");
        recovery.putArray("conditions").addObject().put("expression", "event.summary matches part 'RECOVERY'");
        recovery.putObject("actions").put("suppress", true);
        ObjectNode critical = rules.addObject();
        critical.putArray("conditions").addObject().put("expression", "event.summary matches part 'CRITICAL'");
        critical.putObject("actions").put("severity", "critical").put("suspend", 120);
        ObjectNode actions = path.putObject("catch_all").putObject("actions");
        if (catchAll) {
            actions.put("suppress", true);
        }
        request("PUT", "/event_orchestrations/services/" + serviceId, wrap("orchestration_path", path));
    }

    private void webhook(String description, ObjectNode filter) {
        ObjectNode subscription = object().put("type", "webhook_subscription").put("description", description);
        subscription.set("delivery_method", object().put("type", "http_delivery_method")
                .put("url", "https://hooks.example/" + description.replace(' ', '-')));
        subscription.withArray("events").add("incident.triggered").add("incident.resolved");
        subscription.set("filter", filter);
        post("/webhook_subscriptions", "webhook_subscription", subscription);
    }

    private void contacts(String userId, int i) {
        String path = "/users/" + userId;
        JsonNode mail = request("GET", path + "/contact_methods", null).path("contact_methods").get(0);
        String phone = id(post(path + "/contact_methods", "contact_method", object().put("type", "phone_contact_method")
                .put("label", "Work phone").put("country_code", 81).put("address", "31234567" + i)));
        post(path + "/notification_rules", "notification_rule", object().put("type", "assignment_notification_rule")
                .put("start_delay_in_minutes", 5).put("urgency", "high")
                .set("contact_method", reference(phone, "phone_contact_method_reference")));
        if (i % 2 == 1) {
            // On the phone: PagerDuty's own rules for a new user already mail the login address at once.
            post(path + "/notification_rules", "notification_rule", object().put("type", "assignment_notification_rule")
                    .put("start_delay_in_minutes", 0).put("urgency", "low")
                    .set("contact_method", reference(phone, "phone_contact_method_reference")));
        }
        post(path + "/oncall_handoff_notification_rules", "oncall_handoff_notification_rule", object()
                .put("handoff_type", "both").put("notify_advance_in_minutes", 30)
                .set("contact_method", reference(mail.path("id").asText(), "email_contact_method_reference")));
    }

    private JsonNode post(String path, String wrapper, ObjectNode body) {
        return request("POST", path, wrap(wrapper, body)).path(wrapper);
    }

    /** @param body null for a read */
    private JsonNode request(String method, String path, ObjectNode body) {
        Request request = new Request.Builder().url(BASE + path)
                .header("Authorization", "Token token=seeding-token")
                .header("Accept", "application/vnd.pagerduty+json;version=2")
                .header("From", SEED.users().get(0).email())
                .method(method, body == null ? null : RequestBody.create(body.toString(), JSON_TYPE))
                .build();
        try (Response response = http.newCall(request).execute()) {
            String text = response.body().string();
            if (!response.isSuccessful()) {
                throw new IllegalStateException(method + " " + path + " answered " + response.code() + ": " + text);
            }
            return text.isEmpty() ? JSON.createObjectNode() : JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode wrap(String wrapper, ObjectNode body) {
        ObjectNode wrapped = object();
        wrapped.set(wrapper, body);
        return wrapped;
    }

    private static ObjectNode reference(String id, String type) {
        return object().put("id", id).put("type", type);
    }

    private static ObjectNode object() {
        return JSON.createObjectNode();
    }

    private static String id(JsonNode object) {
        return object.path("id").asText();
    }
}
