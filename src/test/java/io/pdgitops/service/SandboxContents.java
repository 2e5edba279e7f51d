package io.pdgitops.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pdgitops.load.ConfigLoader;
import io.pdgitops.load.LoadResult;
import io.pdgitops.model.DesiredState;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.PagerDutyClientConfig;
import io.pdgitops.plan.Inventory;
import io.pdgitops.plan.PlanOptions;
import io.pdgitops.reconcile.Reconciler;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.sandbox.SandboxInterceptor;
import io.pdgitops.sandbox.SandboxRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a service under test has left in the sandbox, read in-process with a read-only token so that the test
 * cannot change anything by mistake.
 */
record SandboxContents(Sandbox sandbox, String readOnlyToken) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The configuration in {@code dir}, which must be valid. */
    static DesiredState load(Path dir) {
        LoadResult result = ConfigLoader.load(dir);
        assertThat(result.violations()).isEmpty();
        return result.state();
    }

    /** Whether a plan of {@code desired} against the sandbox has anything left to do. */
    boolean hasChangesFor(DesiredState desired) {
        PagerDutyClient client = PagerDutyClient.builder(PagerDutyClientConfig.builder(readOnlyToken)
                        .baseUrl("https://sandbox.invalid").build())
                .httpClient(SandboxInterceptor.inProcessClient(sandbox)).build();
        return new Reconciler(client, Clock.systemUTC())
                .plan(desired, Inventory.none(), PlanOptions.from(desired.settings().sync(), false)).plan().hasChanges();
    }

    /** The names of the objects listed at {@code path} under {@code field}. */
    List<String> namesIn(String path, String field) throws IOException {
        List<String> names = new ArrayList<>();
        list(path).path(field).forEach(object -> names.add(object.path("name").asText()));
        return names;
    }

    /** Per service whose name starts with {@code prefix}, how many integrations PagerDuty holds under it. */
    List<Integer> integrationCounts(String prefix) throws IOException {
        List<Integer> counts = new ArrayList<>();
        list("/services").path("services").forEach(service -> {
            if (service.path("name").asText().startsWith(prefix)) {
                counts.add(service.path("integrations").size());
            }
        });
        return counts;
    }

    private JsonNode list(String path) throws IOException {
        var response = sandbox.handle(new SandboxRequest("GET", path, Map.of("limit", List.of("100")),
                Map.of("Authorization", List.of("Token token=" + readOnlyToken),
                        "Accept", List.of("application/vnd.pagerduty+json;version=2")), null));
        JsonNode page = JSON.readTree(response.body());
        assertThat(page.path("more").asBoolean()).as("%s fits in one page", path).isFalse();
        return page;
    }
}
