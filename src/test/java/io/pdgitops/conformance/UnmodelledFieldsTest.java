package io.pdgitops.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.sandbox.SandboxConfig;
import io.pdgitops.sandbox.SandboxRequest;
import io.pdgitops.sandbox.SandboxResponse;
import io.pdgitops.testing.ApiSeededAccount;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Settings the spec defines and pd-gitops does not model must come back from the sandbox as they were sent, as
 * PagerDuty returns them: export lists them, so they must not vanish in the emulator. Which fields these are is
 * read from the spec, so a spec with a new field makes this test ask for a sample of it.
 */
class UnmodelledFieldsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A sample value for each writable field of the spec that the YAML format does not declare. */
    private static final Map<String, Map<String, String>> SAMPLES = Map.of(
            "Service", Map.of(
                    "alert_creation", "\"create_incidents\"",
                    "alert_grouping", "\"time\"",
                    "alert_grouping_timeout", "2",
                    "response_play", "{\"id\":\"PRP1\",\"type\":\"response_play_reference\"}"),
            "Team", Map.of("default_role", "\"none\""));
    /** The fields the YAML format declares (see the JSON Schemas in {@code schemas/}). */
    private static final Map<String, Set<String>> MODELLED = Map.of(
            "Service", Set.of("name", "description", "escalation_policy", "auto_resolve_timeout",
                    "acknowledgement_timeout", "status", "incident_urgency_rule", "support_hours", "scheduled_actions",
                    "auto_pause_notifications_parameters", "alert_grouping_parameters"),
            "Team", Set.of("name", "description"));

    @ParameterizedTest
    @ValueSource(strings = {"Service", "Team"})
    void specFieldsThatPdGitopsDoesNotModelSurviveAWriteAndARead(String schema) throws IOException {
        assumeTrue(OpenApiSpec.available(), "PagerDuty's OpenAPI spec is absent: skipping");
        JsonNode spec = JSON.readTree(Files.readString(OpenApiSpec.LOCATION));
        Set<String> unmodelled = writableFields(spec, spec.path("components").path("schemas").path(schema));
        unmodelled.removeAll(MODELLED.get(schema));
        assertThat(unmodelled).isEqualTo(new TreeSet<>(SAMPLES.get(schema).keySet()));

        Sandbox sandbox = new Sandbox(SandboxConfig.permissiveDefaults(), ApiSeededAccount.SEED);
        ObjectNode body = JSON.createObjectNode();
        for (Map.Entry<String, String> sample : SAMPLES.get(schema).entrySet()) {
            body.set(sample.getKey(), JSON.readTree(sample.getValue()));
        }
        JsonNode created = schema.equals("Service") ? createService(sandbox, body) : create(sandbox, "team", body.put("name", "Ops"));
        String collection = schema.equals("Service") ? "services" : "teams";
        JsonNode read = call(sandbox, "GET", "/" + collection + "/" + created.path("id").asText(), null)
                .path(schema.toLowerCase());

        for (Map.Entry<String, String> sample : SAMPLES.get(schema).entrySet()) {
            assertThat(read.get(sample.getKey())).as(sample.getKey()).isEqualTo(JSON.readTree(sample.getValue()));
        }
    }

    private static JsonNode createService(Sandbox sandbox, ObjectNode service) throws IOException {
        JsonNode user = call(sandbox, "GET", "/users", null).path("users").get(0);
        ObjectNode policy = JSON.createObjectNode().put("name", "Primary").put("type", "escalation_policy");
        policy.putArray("escalation_rules").addObject().put("escalation_delay_in_minutes", 30)
                .putArray("targets").addObject().put("id", user.path("id").asText()).put("type", "user_reference");
        String policyId = create(sandbox, "escalation_policy", policy).path("id").asText();
        service.put("name", "Payments").putObject("escalation_policy").put("id", policyId)
                .put("type", "escalation_policy_reference");
        return create(sandbox, "service", service);
    }

    private static JsonNode create(Sandbox sandbox, String wrapper, ObjectNode body) throws IOException {
        ObjectNode wrapped = JSON.createObjectNode();
        wrapped.set(wrapper, body);
        String path = wrapper.equals("escalation_policy") ? "/escalation_policies" : "/" + wrapper + "s";
        return call(sandbox, "POST", path, wrapped).path(wrapper);
    }

    private static JsonNode call(Sandbox sandbox, String method, String path, JsonNode body) throws IOException {
        byte[] bytes = body == null ? null : body.toString().getBytes(StandardCharsets.UTF_8);
        SandboxResponse response = sandbox.handle(new SandboxRequest(method, path, Map.of(),
                Map.of("From", List.of(ApiSeededAccount.SEED.users().get(0).email()),
                        "Authorization", List.of("Token token=conformance-token"),
                        "Accept", List.of("application/vnd.pagerduty+json;version=2"),
                        "Content-Type", List.of("application/json")), bytes));
        assertThat(response.status()).as(method + " " + path + ": " + new String(response.body(), StandardCharsets.UTF_8))
                .isLessThan(300);
        return JSON.readTree(response.body());
    }

    /** The spec's properties of a schema (following {@code $ref} and {@code allOf}) that are not read-only. */
    private static Set<String> writableFields(JsonNode spec, JsonNode schema) {
        Set<String> fields = new TreeSet<>();
        collect(spec, schema, fields);
        return fields;
    }

    private static void collect(JsonNode spec, JsonNode schema, Set<String> fields) {
        if (schema.has("$ref")) {
            JsonNode target = spec;
            for (String part : schema.path("$ref").asText().substring(2).split("/")) {
                target = target.path(part);
            }
            collect(spec, target, fields);
        }
        schema.path("allOf").forEach(part -> collect(spec, part, fields));
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            if (!property.getValue().path("readOnly").asBoolean(false) && !property.getKey().equals("type")) {
                fields.add(property.getKey());
            }
        }
    }
}
