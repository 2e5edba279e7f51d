package io.pdgitops.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IntegrationsResourceTest {

    private final TestSandbox pd = new TestSandbox();
    private String service;

    @BeforeEach
    void service() {
        service = pd.service("Payments API", pd.policy("Primary", "taro@example.com"));
    }

    private TestSandbox.Result create(String integration) {
        return pd.post("/services/" + service + "/integrations", "{\"integration\":" + integration + "}");
    }

    @Test
    void integrationKeysAre32LowercaseHexAndUnique() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            JsonNode integration = create("{\"type\":\"events_api_v2_inbound_integration\",\"name\":\"Events " + i + "\"}")
                    .body().path("integration");
            assertThat(integration.path("integration_key").asText()).matches("[0-9a-f]{32}");
            keys.add(integration.path("integration_key").asText());
        }
        assertThat(keys).hasSize(20);
    }

    @Test
    void clientCannotChooseTheKey() {
        JsonNode integration = create("{\"type\":\"nagios_inbound_integration\",\"integration_key\":\"00000000000000000000000000000000\"}")
                .body().path("integration");
        assertThat(integration.path("integration_key").asText()).isNotEqualTo("00000000000000000000000000000000");
    }

    @Test
    void emailIntegrationNeedsAPagerDutyAddress() {
        TestSandbox.Result missing = create("{\"type\":\"generic_email_inbound_integration\",\"name\":\"Mail\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.error().path("errors").get(0).asText()).startsWith("Integration email must be");

        TestSandbox.Result wrongDomain = create("{\"type\":\"generic_email_inbound_integration\",\"integration_email\":\"a@example.com\"}");
        assertThat(wrongDomain.status()).isEqualTo(400);

        JsonNode ok = create("{\"type\":\"generic_email_inbound_integration\",\"integration_email\":\"pay@acme.pagerduty.com\"}")
                .body().path("integration");
        assertThat(ok.path("integration_email").asText()).isEqualTo("pay@acme.pagerduty.com");
        assertThat(ok.has("integration_key")).isFalse();
    }

    @Test
    void typeAndVendorAreExclusive() {
        TestSandbox.Result both = create("{\"type\":\"nagios_inbound_integration\",\"vendor\":{\"id\":\"PAMJWHN\",\"type\":\"vendor_reference\"}}");
        assertThat(both.error().path("errors").get(0).asText()).isEqualTo("Specify either an integration type or a vendor, not both");
        assertThat(create("{\"name\":\"Nothing\"}").status()).isEqualTo(400);
    }

    @Test
    void vendorIntegrationTakesTypeAndNameFromTheVendor() {
        JsonNode integration = create("{\"vendor\":{\"id\":\"PAMJWHN\",\"type\":\"vendor_reference\"}}").body().path("integration");
        assertThat(integration.path("type").asText()).isEqualTo("nagios_inbound_integration");
        assertThat(integration.path("name").asText()).isEqualTo("Nagios");
        assertThat(integration.path("vendor").path("summary").asText()).isEqualTo("Nagios");

        TestSandbox.Result unknown = create("{\"vendor\":{\"id\":\"PNOPE00\",\"type\":\"vendor_reference\"}}");
        assertThat(unknown.error().path("code").asInt()).isEqualTo(5001);
    }

    @Test
    void integrationsAppearOnTheServiceAndCanBeDeleted() {
        String id = create("{\"type\":\"nagios_inbound_integration\",\"name\":\"Nagios\"}").body().path("integration").path("id").asText();

        JsonNode reference = pd.get("/services/" + service).body().path("service").path("integrations").get(0);
        assertThat(reference.path("type").asText()).isEqualTo("nagios_inbound_integration_reference");
        JsonNode full = pd.get("/services/" + service + "?include[]=integrations").body().path("service").path("integrations").get(0);
        assertThat(full.path("integration_key").asText()).hasSize(32);

        assertThat(pd.get("/services/" + service + "/integrations/" + id).body().path("integration").path("service")
                .path("id").asText()).isEqualTo(service);
        assertThat(pd.delete("/services/" + service + "/integrations/" + id).status()).isEqualTo(204);
        assertThat(pd.get("/services/" + service + "/integrations/" + id).status()).isEqualTo(404);
    }

    @Test
    void putRenamesButKeepsTheKey() {
        JsonNode created = create("{\"type\":\"nagios_inbound_integration\",\"name\":\"Nagios\"}").body().path("integration");
        JsonNode updated = pd.put("/services/" + service + "/integrations/" + created.path("id").asText(),
                "{\"integration\":{\"name\":\"Nagios prod\"}}").body().path("integration");
        assertThat(updated.path("name").asText()).isEqualTo("Nagios prod");
        assertThat(updated.path("integration_key").asText()).isEqualTo(created.path("integration_key").asText());
    }
}
