package io.pdgitops.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** OAuth clients as PagerDuty keeps them: ten at most, checked, never showing their secret, named by subscriptions. */
class OAuthClientsResourceTest {

    private static final String SECRET = "client-secret-never-read-back";
    private static final String PATH = "/webhook_subscriptions/oauth_clients";

    private final TestSandbox pd = new TestSandbox();

    @Test
    void theSecretIsTakenButNoAnswerCarriesItAndAnAccountHoldsTenClients() {
        for (int i = 0; i < OAuthClientsResource.MAX_CLIENTS; i++) {
            TestSandbox.Result created = pd.post(PATH, client("Client " + i, "https://oauth.example/token"));
            assertThat(created.status()).isEqualTo(201);
            assertThat(created.body().toString()).doesNotContain(SECRET);
        }
        String id = pd.get(PATH).body().path("oauth_clients").get(0).path("id").asText();

        assertThat(pd.post(PATH, client("One too many", "https://oauth.example/token")).status()).isEqualTo(400);
        assertThat(pd.get(PATH).body().path("oauth_clients")).hasSize(OAuthClientsResource.MAX_CLIENTS);
        assertThat(pd.get(PATH).body().toString()).doesNotContain(SECRET);
        TestSandbox.Result renamed = pd.put(PATH + "/" + id, "{\"oauth_client\":{\"name\":\"Renamed\"}}");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.body().path("oauth_client").path("name").asText()).isEqualTo("Renamed");
        assertThat(renamed.body().path("oauth_client").path("client_id").asText()).isEqualTo("pagerduty");
    }

    @Test
    void aClientWithoutItsSecretOrWithAPlainHttpTokenUrlIsRefused() {
        assertThat(pd.post(PATH, client("No secret", "https://oauth.example/token").replace(SECRET, "")).status())
                .isEqualTo(400);
        assertThat(pd.post(PATH, client("Plain", "http://oauth.example/token")).status()).isEqualTo(400);
        assertThat(pd.get(PATH).body().path("oauth_clients")).isEmpty();
    }

    @Test
    void aSubscriptionNamesAnExistingClientReadsItByNameAndLosesItWhenTheClientGoesOrANullIsSent() {
        String client = pd.post(PATH, client("Kaede ITSM", "https://oauth.example/token")).body()
                .path("oauth_client").path("id").asText();
        assertThat(pd.post("/webhook_subscriptions", subscription("\"PNOSUCH\"")).status()).isEqualTo(400);
        JsonNode created = pd.post("/webhook_subscriptions", subscription("\"" + client + "\"")).body()
                .path("webhook_subscription");
        String id = created.path("id").asText();

        assertThat(created.path("oauth_client").path("summary").asText()).isEqualTo("Kaede ITSM");
        assertThat(created.has("oauth_client_id")).isFalse();
        assertThat(pd.put("/webhook_subscriptions/" + id, "{\"webhook_subscription\":{\"oauth_client_id\":null}}")
                .body().path("webhook_subscription").has("oauth_client")).isFalse();
        pd.put("/webhook_subscriptions/" + id, "{\"webhook_subscription\":{\"oauth_client_id\":\"" + client + "\"}}");
        assertThat(pd.get("/webhook_subscriptions/" + id).body().path("webhook_subscription").path("oauth_client")
                .path("id").asText()).isEqualTo(client);

        assertThat(pd.delete(PATH + "/" + client).status()).isEqualTo(204);

        assertThat(pd.get("/webhook_subscriptions/" + id).body().path("webhook_subscription").has("oauth_client"))
                .isFalse();
        assertThat(pd.get(PATH + "/" + client).status()).isEqualTo(404);
    }

    private static String client(String name, String tokenUrl) {
        return "{\"oauth_client\":{\"name\":\"" + name + "\",\"client_id\":\"pagerduty\",\"client_secret\":\"" + SECRET
                + "\",\"token_url\":\"" + tokenUrl + "\",\"grant_type\":\"client_credentials\"}}";
    }

    private static String subscription(String clientId) {
        return "{\"webhook_subscription\":{\"type\":\"webhook_subscription\",\"description\":\"ITSM\","
                + "\"delivery_method\":{\"type\":\"http_delivery_method\",\"url\":\"https://itsm.example/pd\"},"
                + "\"events\":[\"incident.triggered\"],\"filter\":{\"type\":\"account_reference\"},"
                + "\"oauth_client_id\":" + clientId + "}}";
    }
}
