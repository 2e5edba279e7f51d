package io.pdgitops.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MaintenanceWindowsResourceTest {

    private final TestSandbox pd = new TestSandbox();
    private String web;
    private String mail;

    @BeforeEach
    void services() {
        String policy = pd.post("/escalation_policies", """
                {"escalation_policy":{"type":"escalation_policy","name":"P","escalation_rules":[{"escalation_delay_in_minutes":30,
                 "targets":[{"id":"%s","type":"user_reference"}]}]}}""".formatted(pd.userId("taro@example.com")))
                .body().path("escalation_policy").path("id").asText();
        web = service("Acme Web", policy);
        mail = service("Acme Mail", policy);
    }

    @Test
    void aStartInThePastBecomesNowAndTheEndMustBeFutureAndAfterTheStart() {
        JsonNode created = create("Running", hours(-2), hours(1), web).body().path("maintenance_window");

        assertThat(created.path("start_time").asText()).isEqualTo(TestSandbox.START.toString());
        assertThat(created.path("summary").asText()).isEqualTo("Running");
        assertThat(created.path("services").get(0).path("summary").asText()).isEqualTo("Acme Web");
        assertThat(create("Ended", hours(-2), hours(-1), web).status()).isEqualTo(400);
        assertThat(create("Backwards", hours(3), hours(2), web).status()).isEqualTo(400);
        assertThat(create("Nowhere", hours(1), hours(2), "PNOSUCH").status()).isEqualTo(400);
    }

    @Test
    void listsFilterByStateAndServiceAndPage() {
        String running = id(create("Running", hours(-1), hours(1), web));
        String future = id(create("Future", hours(5), hours(6), mail));
        String ended = id(create("Soon over", hours(1), hours(2), web));
        pd.clock.advance(Duration.ofMinutes(150)); // "Soon over" has ended, "Running" too; "Future" has not begun

        assertThat(ids("/maintenance_windows?filter=past")).containsExactly(running, ended);
        assertThat(ids("/maintenance_windows?filter=open")).containsExactly(future);
        assertThat(ids("/maintenance_windows?filter=future")).containsExactly(future);
        assertThat(ids("/maintenance_windows?service_ids[]=" + web)).containsExactly(running, ended);
        assertThat(ids("/maintenance_windows?query=soon")).containsExactly(ended);
        assertThat(pd.get("/maintenance_windows?filter=someday").status()).isEqualTo(400);

        List<String> paged = new ArrayList<>();
        JsonNode page = pd.get("/maintenance_windows?limit=2").body();
        page.path("maintenance_windows").forEach(window -> paged.add(window.path("id").asText()));
        assertThat(page.path("more").asBoolean()).isTrue();
        pd.get("/maintenance_windows?limit=2&offset=2").body().path("maintenance_windows")
                .forEach(window -> paged.add(window.path("id").asText()));
        assertThat(paged).containsExactly(running, ended, future);
    }

    @Test
    void aRunningWindowKeepsItsStartAndADeleteEndsItAfterWhichItIsHistory() {
        String running = id(create("Running", hours(-1), hours(2), web));
        pd.clock.advance(Duration.ofMinutes(30));

        assertThat(pd.put("/maintenance_windows/" + running, body("Running", hours(1), hours(3), web)).status())
                .isEqualTo(400);
        assertThat(pd.put("/maintenance_windows/" + running,
                "{\"maintenance_window\":{\"type\":\"maintenance_window\",\"end_time\":\"" + hours(4) + "\"}}").status())
                .isEqualTo(200);
        assertThat(pd.delete("/maintenance_windows/" + running).status()).isEqualTo(204);
        JsonNode ended = pd.get("/maintenance_windows/" + running).body().path("maintenance_window");
        assertThat(Instant.parse(ended.path("end_time").asText())).isEqualTo(pd.clock.instant());
        assertThat(pd.delete("/maintenance_windows/" + running).status()).isEqualTo(405);
        assertThat(pd.put("/maintenance_windows/" + running, body("Running", hours(5), hours(6), web)).status())
                .isEqualTo(400);
    }

    @Test
    void aFutureWindowMayMoveAndADeleteRemovesIt() {
        String future = id(create("Future", hours(5), hours(6), web));

        assertThat(pd.put("/maintenance_windows/" + future, body("Future", hours(7), hours(8), mail)).status()).isEqualTo(200);
        assertThat(pd.get("/maintenance_windows/" + future).body().path("maintenance_window").path("services").get(0)
                .path("id").asText()).isEqualTo(mail);
        assertThat(pd.delete("/maintenance_windows/" + future).status()).isEqualTo(204);
        assertThat(pd.get("/maintenance_windows/" + future).status()).isEqualTo(404);
    }

    private String service(String name, String policy) {
        return pd.post("/services", """
                {"service":{"type":"service","name":"%s","escalation_policy":{"id":"%s","type":"escalation_policy_reference"}}}"""
                .formatted(name, policy)).body().path("service").path("id").asText();
    }

    private TestSandbox.Result create(String description, Instant start, Instant end, String service) {
        return pd.post("/maintenance_windows", body(description, start, end, service));
    }

    private static String body(String description, Instant start, Instant end, String service) {
        return """
                {"maintenance_window":{"type":"maintenance_window","description":"%s","start_time":"%s","end_time":"%s",
                 "services":[{"id":"%s","type":"service_reference"}]}}""".formatted(description, start, end, service);
    }

    private List<String> ids(String pathAndQuery) {
        List<String> ids = new ArrayList<>();
        pd.get(pathAndQuery).body().path("maintenance_windows").forEach(window -> ids.add(window.path("id").asText()));
        return ids;
    }

    private static String id(TestSandbox.Result result) {
        return result.body().path("maintenance_window").path("id").asText();
    }

    private Instant hours(long hours) {
        return pd.clock.instant().plus(Duration.ofHours(hours));
    }
}
