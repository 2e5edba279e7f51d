package io.pdgitops.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The event types the WebhookSubscription schema offers include every one PagerDuty's spec shows in its webhook
 * subscription examples (the spec has no enum of them; PagerDuty's webhook documentation lists the rest).
 */
class WebhookEventTypesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSchemaOffersEveryEventTypeOfTheSpecsExamples() throws IOException {
        assumeTrue(OpenApiSpec.available(), "PagerDuty's OpenAPI spec is absent: skipping");
        JsonNode examples = JSON.readTree(Files.readString(OpenApiSpec.LOCATION)).path("components").path("examples");
        Set<String> inSpec = new TreeSet<>();
        examples.fields().forEachRemaining(example -> {
            JsonNode value = example.getValue().path("value");
            value.path("webhook_subscription").path("events").forEach(event -> inSpec.add(event.asText()));
            value.path("webhook_subscriptions").forEach(subscription ->
                    subscription.path("events").forEach(event -> inSpec.add(event.asText())));
        });
        Set<String> offered = new TreeSet<>();
        JSON.readTree(Files.readString(Path.of("schemas/webhook-subscription.schema.json")))
                .path("properties").path("events").path("items").path("enum").forEach(event -> offered.add(event.asText()));

        assertThat(inSpec).as("the spec's examples name event types").isNotEmpty();
        assertThat(offered).containsAll(inSpec);
    }
}
