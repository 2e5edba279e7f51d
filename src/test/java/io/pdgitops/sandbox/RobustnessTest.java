package io.pdgitops.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Valid bodies with one value at a time replaced by something of the wrong kind, or removed: the
 * sandbox answers a success or a 4xx error, never a 5xx or an exception.
 */
class RobustnessTest {

    private static final JsonNode[] ODD_VALUES = {
        JsonNodeFactory.instance.nullNode(), JsonNodeFactory.instance.numberNode(-1),
        JsonNodeFactory.instance.textNode(""), JsonNodeFactory.instance.textNode("x".repeat(300)),
        JsonNodeFactory.instance.booleanNode(true), JsonNodeFactory.instance.arrayNode(),
        JsonNodeFactory.instance.objectNode(), JsonNodeFactory.instance.numberNode(1e300),
    };

    @Test
    void mutatedBodiesNeverCauseServerErrors() {
        TestSandbox pd = new TestSandbox();
        String taro = pd.userId("taro@example.com");
        String policy = pd.policy("Base", "taro@example.com");
        String service = pd.service("Base service", policy);
        String schedule = pd.post("/schedules", scheduleBody(taro, "Base schedule")).body().path("schedule").path("id").asText();
        List<String[]> requests = List.of(
                new String[] {"POST", "/services", "{\"service\":{\"type\":\"service\",\"name\":\"S\",\"escalation_policy\":{\"id\":\""
                        + policy + "\",\"type\":\"escalation_policy_reference\"},\"incident_urgency_rule\":{\"type\":\"constant\",\"urgency\":\"low\"}}}"},
                new String[] {"PUT", "/services/" + service, "{\"service\":{\"auto_resolve_timeout\":60,\"support_hours\":{\"type\":\"fixed_time_per_day\",\"time_zone\":\"Asia/Tokyo\"}}}"},
                new String[] {"POST", "/escalation_policies", "{\"escalation_policy\":{\"type\":\"escalation_policy\",\"name\":\"E\",\"num_loops\":1,"
                        + "\"escalation_rules\":[{\"escalation_delay_in_minutes\":5,\"targets\":[{\"id\":\"" + taro + "\",\"type\":\"user_reference\"}]}]}}"},
                new String[] {"POST", "/schedules", scheduleBody(taro, "S")},
                new String[] {"PUT", "/schedules/" + schedule, scheduleBody(taro, "S2")},
                new String[] {"POST", "/schedules/" + schedule + "/overrides", "{\"overrides\":[{\"start\":\"2026-03-03T00:00:00Z\","
                        + "\"end\":\"2026-03-04T00:00:00Z\",\"user\":{\"id\":\"" + taro + "\",\"type\":\"user_reference\"}}]}"},
                new String[] {"POST", "/services/" + service + "/integrations", "{\"integration\":{\"type\":\"generic_email_inbound_integration\","
                        + "\"integration_email\":\"a@b.pagerduty.com\",\"name\":\"Mail\"}}"},
                new String[] {"POST", "/teams", "{\"team\":{\"type\":\"team\",\"name\":\"T\",\"description\":\"d\"}}"},
                new String[] {"POST", "/users", "{\"user\":{\"type\":\"user\",\"name\":\"U\",\"email\":\"u@example.com\",\"time_zone\":\"UTC\"}}"});

        Random random = new Random(20260302);
        int checked = 0;
        int rejected = 0;
        for (String[] request : requests) {
            JsonNode valid = Json.parse(request[2].getBytes());
            List<String> paths = new ArrayList<>();
            collectPaths(valid, "", paths);
            for (String path : paths) {
                for (int variant = 0; variant < 3; variant++) {
                    JsonNode mutated = mutate(valid, path, random);
                    TestSandbox.Result result = pd.call(request[0], request[1], mutated.toString());
                    assertThat(result.status()).as(request[0] + " " + request[1] + " with " + mutated).isBetween(200, 499);
                    checked++;
                    rejected += result.status() == 400 ? 1 : 0;
                }
            }
        }
        assertThat(checked).isGreaterThan(200);
        assertThat(rejected).as("mutations refused as invalid input").isGreaterThan(checked / 4);
    }

    private static String scheduleBody(String user, String name) {
        return "{\"schedule\":{\"type\":\"schedule\",\"name\":\"" + name + "\",\"time_zone\":\"Asia/Tokyo\",\"schedule_layers\":[{"
                + "\"start\":\"2026-03-02T09:00:00+09:00\",\"rotation_virtual_start\":\"2026-03-02T09:00:00+09:00\","
                + "\"rotation_turn_length_seconds\":86400,\"users\":[{\"user\":{\"id\":\"" + user + "\",\"type\":\"user_reference\"}}],"
                + "\"restrictions\":[{\"type\":\"weekly_restriction\",\"start_day_of_week\":1,\"start_time_of_day\":\"09:00:00\",\"duration_seconds\":3600}]}]}}";
    }

    private static void collectPaths(JsonNode node, String prefix, List<String> paths) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(field -> {
                paths.add(prefix + "/" + field);
                collectPaths(node.get(field), prefix + "/" + field, paths);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                paths.add(prefix + "/" + i);
                collectPaths(node.get(i), prefix + "/" + i, paths);
            }
        }
    }

    /** A copy with the value at {@code pointer} replaced by an odd value, or removed. */
    private static JsonNode mutate(JsonNode valid, String pointer, Random random) {
        JsonNode copy = valid.deepCopy();
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, cut));
        String key = pointer.substring(cut + 1);
        int choice = random.nextInt(ODD_VALUES.length + 1);
        if (parent instanceof ObjectNode object) {
            if (choice == ODD_VALUES.length) {
                object.remove(key);
            } else {
                object.set(key, ODD_VALUES[choice]);
            }
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(key), choice == ODD_VALUES.length ? JsonNodeFactory.instance.nullNode() : ODD_VALUES[choice]);
        }
        return copy;
    }
}
