package io.pdgitops.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Webhook subscriptions as PagerDuty keeps them: paged, filtered, checked, and their secrets shown once only. */
class WebhookSubscriptionsResourceTest {

    private static final String HEADER_VALUE = "header-value-never-read-back";

    private final TestSandbox pd = new TestSandbox();

    @Test
    void theSigningSecretIsInTheCreateAnswerOnlyAndHeaderValuesReadBackRedacted() {
        TestSandbox.Result created = pd.post("/webhook_subscriptions", body("Ticketing", "https://t.example/pd",
                "{\"type\":\"account_reference\"}", "[{\"name\":\"X-Api-Key\",\"value\":\"" + HEADER_VALUE + "\"}]"));

        assertThat(created.status()).isEqualTo(200);
        JsonNode answer = created.body().path("webhook_subscription");
        String secret = answer.path("delivery_method").path("secret").asText();
        assertThat(secret).hasSizeGreaterThanOrEqualTo(32);
        String id = answer.path("id").asText();
        for (TestSandbox.Result read : List.of(pd.get("/webhook_subscriptions/" + id), pd.get("/webhook_subscriptions"),
                pd.put("/webhook_subscriptions/" + id, "{\"webhook_subscription\":{\"active\":false}}"),
                pd.post("/webhook_subscriptions/" + id + "/enable", null))) {
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.body().toString()).doesNotContain(secret).doesNotContain(HEADER_VALUE).contains("X-Api-Key");
        }
        assertThat(created.body().toString()).doesNotContain(HEADER_VALUE);
        JsonNode delivery = pd.get("/webhook_subscriptions/" + id).body().path("webhook_subscription").path("delivery_method");
        assertThat(delivery.path("secret").isNull()).isTrue();
        assertThat(delivery.path("custom_headers").get(0).path("value").asText()).isEqualTo("-- redacted --");
    }

    @Test
    void listsPageInDescriptionOrderAndFilterByServiceOrTeam() {
        String service = pd.service("Kaede Core DB", pd.policy("P", "taro@example.com"));
        String team = pd.teamId("Ops Tokyo");
        List<String> names = List.of("Charlie", "Alpha", "Bravo");
        names.forEach(name -> create(name, "{\"type\":\"service_reference\",\"id\":\"" + service + "\"}"));
        create("Delta", "{\"type\":\"team_reference\",\"id\":\"" + team + "\"}");

        List<String> paged = new ArrayList<>();
        JsonNode first = pd.get("/webhook_subscriptions?limit=2&total=true").body();
        assertThat(first.path("more").asBoolean()).isTrue();
        assertThat(first.path("total").asInt()).isEqualTo(names.size() + 1);
        first.path("webhook_subscriptions").forEach(hook -> paged.add(hook.path("description").asText()));
        pd.get("/webhook_subscriptions?limit=2&offset=2").body().path("webhook_subscriptions")
                .forEach(hook -> paged.add(hook.path("description").asText()));
        assertThat(paged).containsExactly("Alpha", "Bravo", "Charlie", "Delta");

        assertThat(pd.get("/webhook_subscriptions?filter_type=service&filter_id=" + service).body()
                .path("webhook_subscriptions")).hasSize(names.size());
        assertThat(pd.get("/webhook_subscriptions?filter_type=team&filter_id=" + team).body()
                .path("webhook_subscriptions")).extracting(hook -> hook.path("description").asText()).containsExactly("Delta");
        assertThat(pd.get("/webhook_subscriptions?filter_type=service").status()).isEqualTo(400);
    }

    @Test
    void anUpdateKeepsTheDeliveryMethodAndBadFiltersUrlsAndEventsAreRefused() {
        String id = create("Ticketing", "{\"type\":\"account_reference\"}");

        TestSandbox.Result updated = pd.put("/webhook_subscriptions/" + id, "{\"webhook_subscription\":{"
                + "\"events\":[\"incident.resolved\"],\"delivery_method\":{\"type\":\"http_delivery_method\",\"url\":\"https://else.example\"}}}");
        assertThat(updated.status()).isEqualTo(200);
        JsonNode read = updated.body().path("webhook_subscription");
        assertThat(read.path("events")).extracting(JsonNode::asText).containsExactly("incident.resolved");
        assertThat(read.path("delivery_method").path("url").asText()).isEqualTo("https://t.example/pd");

        assertThat(pd.post("/webhook_subscriptions", body("X", "https://t.example/pd",
                "{\"type\":\"service_reference\",\"id\":\"PNOSUCH\"}", "[]")).status()).isEqualTo(400);
        assertThat(pd.post("/webhook_subscriptions", body("X", "not a url", "{\"type\":\"account_reference\"}", "[]"))
                .status()).isEqualTo(400);
        assertThat(pd.post("/webhook_subscriptions", body("X", "https://t.example/pd", "{\"type\":\"user_reference\"}",
                "[]")).status()).isEqualTo(400);
        assertThat(pd.put("/webhook_subscriptions/" + id, "{\"webhook_subscription\":{\"events\":[]}}").status())
                .isEqualTo(400);
        assertThat(pd.post("/webhook_subscriptions", body("X", "https://t.example/pd", "{\"type\":\"account_reference\"}",
                "[{\"name\":\"A\",\"value\":\"1\"},{\"name\":\"a\",\"value\":\"2\"}]")).status()).isEqualTo(400);
    }

    @Test
    void pingIsAcceptedEnableClearsTheDisabledFlagAndDeleteIsFinal() {
        String id = create("Ticketing", "{\"type\":\"account_reference\"}");

        assertThat(pd.post("/webhook_subscriptions/" + id + "/ping", null).status()).isEqualTo(202);
        JsonNode enabled = pd.post("/webhook_subscriptions/" + id + "/enable", null).body().path("webhook_subscription");
        assertThat(enabled.path("delivery_method").path("temporarily_disabled").asBoolean(true)).isFalse();
        assertThat(pd.delete("/webhook_subscriptions/" + id).status()).isEqualTo(204);
        assertThat(pd.get("/webhook_subscriptions/" + id).status()).isEqualTo(404);
        assertThat(pd.post("/webhook_subscriptions/" + id + "/ping", null).status()).isEqualTo(404);
    }

    @Test
    void aSubscriptionDisabledLikePagerDutyDoesReadsBackDisabledUntilEnabledAndEnablingTwiceIsHarmless() {
        String id = create("Ticketing", "{\"type\":\"account_reference\"}");
        String other = create("Other", "{\"type\":\"account_reference\"}");

        TestSandbox.Result disabled = pd.post("/sandbox-admin/webhook_subscriptions/" + id + "/disable", null);

        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabledFlag(pd.get("/webhook_subscriptions/" + id).body())).isTrue();
        assertThat(disabledFlag(pd.get("/webhook_subscriptions/" + other).body())).isFalse();
        assertThat(pd.get("/webhook_subscriptions").body().path("webhook_subscriptions"))
                .filteredOn(hook -> hook.path("id").asText().equals(id)).singleElement()
                .satisfies(hook -> assertThat(hook.path("delivery_method").path("temporarily_disabled").asBoolean()).isTrue());
        for (int time = 0; time < 2; time++) {
            TestSandbox.Result enabled = pd.post("/webhook_subscriptions/" + id + "/enable", null);
            assertThat(enabled.status()).isEqualTo(200);
            assertThat(disabledFlag(enabled.body())).isFalse();
        }
        assertThat(disabledFlag(pd.get("/webhook_subscriptions/" + id).body())).isFalse();
        assertThat(pd.post("/sandbox-admin/webhook_subscriptions/PNOSUCH/disable", null).status()).isEqualTo(404);
        pd.token = "not-a-sandbox-token";
        assertThat(pd.post("/sandbox-admin/webhook_subscriptions/" + id + "/disable", null).status()).isEqualTo(401);
    }

    private static boolean disabledFlag(JsonNode answer) {
        return answer.path("webhook_subscription").path("delivery_method").path("temporarily_disabled").asBoolean();
    }

    private String create(String description, String filter) {
        TestSandbox.Result created = pd.post("/webhook_subscriptions", body(description, "https://t.example/pd", filter, "[]"));
        assertThat(created.status()).isEqualTo(200);
        return created.body().path("webhook_subscription").path("id").asText();
    }

    private static String body(String description, String url, String filter, String headers) {
        return "{\"webhook_subscription\":{\"type\":\"webhook_subscription\",\"description\":\"" + description + "\","
                + "\"delivery_method\":{\"type\":\"http_delivery_method\",\"url\":\"" + url + "\",\"custom_headers\":"
                + headers + "},\"events\":[\"incident.triggered\"],\"filter\":" + filter + "}}";
    }
}
