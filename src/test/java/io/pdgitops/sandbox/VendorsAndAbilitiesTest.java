package io.pdgitops.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class VendorsAndAbilitiesTest {

    private final TestSandbox pd = new TestSandbox();

    @Test
    void vendorsArePagedAndIncludeTheCommonMonitoringTools() {
        JsonNode page = pd.get("/vendors?limit=100&total=true").body();
        assertThat(page.path("vendors")).extracting(v -> v.path("name").asText())
                .contains("Nagios", "Datadog", "Zabbix", "Prometheus", "Amazon CloudWatch", "Email");
        assertThat(page.path("total").asInt()).isEqualTo(VendorsResource.CATALOGUE.size());
        assertThat(pd.get("/vendors/PAMJWHN").body().path("vendor").path("name").asText()).isEqualTo("Nagios");
        assertThat(pd.get("/vendors/PNOPE00").status()).isEqualTo(404);
    }

    @Test
    void abilitiesListAndCheck() {
        assertThat(pd.get("/abilities").body().path("abilities")).extracting(JsonNode::asText).contains("teams");
        assertThat(pd.get("/abilities/teams").status()).isEqualTo(204);
        assertThat(pd.get("/abilities/round_robin").status()).isEqualTo(402);
    }
}
