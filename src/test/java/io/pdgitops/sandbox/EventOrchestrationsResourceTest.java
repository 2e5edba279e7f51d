package io.pdgitops.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sandbox's service orchestrations refuse what PagerDuty refuses, and alert grouping keeps to its ranges. */
class EventOrchestrationsResourceTest {

    private final TestSandbox pd = new TestSandbox();
    private final String service = pd.service("Bank Core DB", pd.policy("Primary", "taro@example.com"));
    private final String path = "/event_orchestrations/services/" + service;

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"orchestration_path\":{\"sets\":[]}}",
        "{\"orchestration_path\":{\"sets\":[{\"id\":\"db\",\"rules\":[]}]}}",
        "{\"orchestration_path\":{\"sets\":[{\"id\":\"start\",\"rules\":[]},{\"id\":\"start\",\"rules\":[]}]}}",
        "{\"orchestration_path\":{\"sets\":[{\"id\":\"start\",\"rules\":[{\"conditions\":[],\"actions\":{\"route_to\":\"nowhere\"}}]}]}}",
        "{\"orchestration_path\":{\"sets\":[{\"id\":\"start\",\"rules\":[{\"conditions\":[{\"expression\":\"\"}],\"actions\":{}}]}]}}",
        "{\"orchestration_path\":{\"sets\":[{\"id\":\"start\",\"rules\":[{\"actions\":{\"severity\":\"urgent\"}}]}]}}",
        "{\"orchestration_path\":{\"sets\":[{\"id\":\"start\",\"rules\":[{\"actions\":{\"extractions\":[{\"target\":\"event.summary\"}]}}]}]}}"
    })
    void aBrokenOrchestrationIsRefusedAndChangesNothing(String body) {
        String before = pd.get(path).body().toString();

        TestSandbox.Result refused = pd.put(path, body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(pd.get(path).body().toString()).isEqualTo(before);
    }

    @Test
    void aWriteReplacesEverythingItLeavesOut() {
        pd.put(path, """
                {"orchestration_path":{"sets":[{"id":"start","rules":[{"label":"a","actions":{"route_to":"db"}}]},
                 {"id":"db","rules":[{"label":"b","actions":{"suppress":true}}]}],"catch_all":{"actions":{"suppress":true}}}}""");

        JsonNode replaced = pd.put(path, "{\"orchestration_path\":{\"sets\":[{\"id\":\"start\",\"rules\":[]}]}}")
                .body().path("orchestration_path");

        assertThat(replaced.path("sets")).hasSize(1);
        assertThat(replaced.path("catch_all").path("actions").isEmpty()).isTrue();
        assertThat(replaced.path("parent").path("id").asText()).isEqualTo(service);
    }

    @Test
    void activeMustBeABoolean() {
        assertThat(pd.put(path + "/active", "{\"active\":\"yes\"}").status()).isEqualTo(400);
        assertThat(pd.get(path + "/active").body().path("active").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"type\":\"time\",\"config\":{\"timeout\":1441}}",
        "{\"type\":\"intelligent\",\"config\":{\"time_window\":86400}}",
        "{\"type\":\"content_based\",\"config\":{\"aggregate\":\"all\",\"fields\":[],\"time_window\":600}}",
        "{\"type\":\"content_based\",\"config\":{\"aggregate\":\"some\",\"fields\":[\"source\"]}}",
        "{\"type\":\"content_based\",\"config\":{\"aggregate\":\"all\",\"fields\":[\"source\"],\"time_window\":120}}",
        "{\"type\":\"by_magic\"}"
    })
    void alertGroupingOutsideItsRangesIsRefused(String grouping) {
        TestSandbox.Result refused = pd.put("/services/" + service,
                "{\"service\":{\"alert_grouping_parameters\":" + grouping + "}}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(pd.get("/services/" + service).body().path("service").path("alert_grouping_parameters").path("type")
                .isNull()).isTrue();
    }
}
