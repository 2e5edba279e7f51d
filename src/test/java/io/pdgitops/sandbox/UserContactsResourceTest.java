package io.pdgitops.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Contact methods, notification rules and hand-off rules as PagerDuty keeps them per user: the login email made with
 * the user and kept, rules that must name one of the user's own contact methods and go with it, and users listed
 * with them on request.
 */
class UserContactsResourceTest {

    private static final String TARO = "taro@example.com";

    private final TestSandbox pd = new TestSandbox();

    @Test
    void aUserStartsWithTheLoginEmailWhichCannotBeDeletedNorMoved() {
        String user = pd.userId(TARO);

        JsonNode methods = pd.get("/users/" + user + "/contact_methods").body().path("contact_methods");
        assertThat(methods).singleElement().satisfies(method -> {
            assertThat(method.path("type").asText()).isEqualTo("email_contact_method");
            assertThat(method.path("address").asText()).isEqualTo(TARO);
            assertThat(method.path("label").asText()).isEqualTo(UserContactsResource.DEFAULT_LABEL);
            assertThat(method.has("user_id")).isFalse();
        });
        String login = methods.get(0).path("id").asText();
        assertThat(pd.delete("/users/" + user + "/contact_methods/" + login).status()).isEqualTo(400);
        assertThat(pd.put("/users/" + user + "/contact_methods/" + login,
                "{\"contact_method\":{\"address\":\"other@example.com\"}}").status()).isEqualTo(400);
        assertThat(pd.put("/users/" + user + "/contact_methods/" + login,
                "{\"contact_method\":{\"label\":\"Login\"}}").body().path("contact_method").path("label").asText())
                .isEqualTo("Login");
    }

    @Test
    void aNewUserIsMailedAtOnceOnTheLoginEmailForEitherUrgency() {
        String created = pd.post("/users", "{\"user\":{\"type\":\"user\",\"name\":\"Ken Mori\","
                + "\"email\":\"ken@example.com\"}}").body().path("user").path("id").asText();

        for (String user : List.of(pd.userId(TARO), created)) {
            String login = pd.get("/users/" + user + "/contact_methods").body().path("contact_methods").get(0)
                    .path("id").asText();
            JsonNode rules = pd.get("/users/" + user + "/notification_rules").body().path("notification_rules");
            List<String> urgencies = new ArrayList<>();
            rules.forEach(rule -> {
                urgencies.add(rule.path("urgency").asText());
                assertThat(rule.path("start_delay_in_minutes").asInt()).isZero();
                assertThat(rule.path("contact_method").path("id").asText()).isEqualTo(login);
                assertThat(rule.path("contact_method").path("type").asText()).isEqualTo("email_contact_method_reference");
            });
            assertThat(urgencies).containsExactlyInAnyOrderElementsOf(UserContactsResource.DEFAULT_URGENCIES);
        }
    }

    @Test
    void phonesNeedACountryCodeAndDigitsAndAreUniquePerUser() {
        String user = pd.userId(TARO);

        assertThat(createPhone(user, "Work phone", null, "312345678").status()).isEqualTo(400);
        assertThat(createPhone(user, "Work phone", 81, "3-1234-5678").status()).isEqualTo(400);
        assertThat(createPhone(user, "Work phone", 2000, "312345678").status()).isEqualTo(400);
        TestSandbox.Result made = createPhone(user, "Work phone", 81, "312345678");
        assertThat(made.status()).isEqualTo(201);
        assertThat(made.body().path("contact_method").path("country_code").asInt()).isEqualTo(81);
        assertThat(createPhone(user, "Again", 81, "312345678").status()).isEqualTo(400);
        assertThat(createPhone(pd.userId("hanako@example.com"), "Work phone", 81, "312345678").status())
                .as("another user may share a number").isEqualTo(201);
    }

    @Test
    void rulesNameTheUsersOwnContactMethodAndGoWhenItIsDeleted() {
        String user = pd.userId(TARO);
        String phone = createPhone(user, "Work phone", 81, "312345678").body().path("contact_method").path("id").asText();
        List<String> defaults = ruleIds(user);
        String otherUsers = pd.get("/users/" + pd.userId("hanako@example.com") + "/contact_methods").body()
                .path("contact_methods").get(0).path("id").asText();

        assertThat(pd.post("/users/" + user + "/notification_rules", rule(otherUsers, "phone_contact_method", "high", 0))
                .status()).isEqualTo(400);
        assertThat(pd.post("/users/" + user + "/notification_rules", rule(phone, "phone_contact_method", "urgent", 0))
                .status()).isEqualTo(400);
        JsonNode rule = pd.post("/users/" + user + "/notification_rules", rule(phone, "phone_contact_method", "high", 5))
                .body().path("notification_rule");
        assertThat(rule.path("contact_method").path("type").asText()).isEqualTo("phone_contact_method_reference");
        assertThat(rule.path("contact_method").path("summary").asText()).isEqualTo("Work phone");
        assertThat(pd.post("/users/" + user + "/oncall_handoff_notification_rules",
                "{\"oncall_handoff_notification_rule\":{\"handoff_type\":\"oncall\",\"notify_advance_in_minutes\":30,"
                        + "\"contact_method\":{\"id\":\"" + phone + "\",\"type\":\"phone_contact_method\"}}}").status())
                .isEqualTo(201);
        assertThat(pd.get("/users/" + pd.userId("hanako@example.com") + "/notification_rules/"
                + rule.path("id").asText()).status()).as("ids are scoped to their user").isEqualTo(404);

        assertThat(pd.delete("/users/" + user + "/contact_methods/" + phone).status()).isEqualTo(204);
        assertThat(ruleIds(user)).as("the rules on the phone went, the login email's stayed").isEqualTo(defaults);
        assertThat(pd.get("/users/" + user + "/oncall_handoff_notification_rules").body()
                .path("oncall_handoff_notification_rules")).isEmpty();
    }

    @Test
    void theUsersListCarriesWholeContactMethodsAndRulesOnlyWhenAskedTo() {
        String user = pd.userId(TARO);
        String login = pd.get("/users/" + user + "/contact_methods").body().path("contact_methods").get(0).path("id").asText();
        String made = pd.post("/users/" + user + "/notification_rules", rule(login, "email_contact_method", "low", 7))
                .body().path("notification_rule").path("id").asText();

        JsonNode plain = find(pd.get("/users?limit=100").body(), user);
        JsonNode whole = find(pd.get("/users?limit=100&include[]=contact_methods&include[]=notification_rules").body(), user);

        assertThat(plain.path("contact_methods").get(0).path("type").asText()).isEqualTo("email_contact_method_reference");
        assertThat(plain.path("contact_methods").get(0).has("address")).isFalse();
        assertThat(plain.path("notification_rules").get(0).path("type").asText())
                .isEqualTo("assignment_notification_rule_reference");
        assertThat(whole.path("contact_methods").get(0).path("address").asText()).isEqualTo(TARO);
        List<JsonNode> wholeRules = new ArrayList<>();
        whole.path("notification_rules").forEach(wholeRules::add);
        assertThat(wholeRules).filteredOn(rule -> rule.path("id").asText().equals(made)).singleElement()
                .satisfies(rule -> assertThat(rule.path("start_delay_in_minutes").asInt()).isEqualTo(7));
    }

    @Test
    void deletingAUserTakesWhatReachedThemAlong() {
        String user = pd.userId(TARO);
        createPhone(user, "Work phone", 81, "312345678");

        assertThat(pd.delete("/users/" + user).status()).isEqualTo(204);

        assertThat(pd.get("/users/" + user + "/contact_methods").status()).isEqualTo(404);
        List<String> owners = new ArrayList<>();
        pd.get("/users?limit=100&include[]=contact_methods").body().path("users")
                .forEach(other -> other.path("contact_methods").forEach(method -> owners.add(method.path("address").asText())));
        assertThat(owners).doesNotContain(TARO, "312345678");
    }

    private List<String> ruleIds(String user) {
        List<String> ids = new ArrayList<>();
        pd.get("/users/" + user + "/notification_rules").body().path("notification_rules")
                .forEach(rule -> ids.add(rule.path("id").asText()));
        return ids;
    }

    private TestSandbox.Result createPhone(String user, String label, Integer countryCode, String digits) {
        String code = countryCode == null ? "" : ",\"country_code\":" + countryCode;
        return pd.post("/users/" + user + "/contact_methods", "{\"contact_method\":{\"type\":\"phone_contact_method\","
                + "\"label\":\"" + label + "\",\"address\":\"" + digits + "\"" + code + "}}");
    }

    private static String rule(String methodId, String methodType, String urgency, int delay) {
        return "{\"notification_rule\":{\"type\":\"assignment_notification_rule\",\"urgency\":\"" + urgency
                + "\",\"start_delay_in_minutes\":" + delay + ",\"contact_method\":{\"id\":\"" + methodId
                + "\",\"type\":\"" + methodType + "\"}}}";
    }

    private static JsonNode find(JsonNode page, String userId) {
        for (JsonNode user : page.path("users")) {
            if (user.path("id").asText().equals(userId)) {
                return user;
            }
        }
        throw new AssertionError("no user " + userId);
    }
}
