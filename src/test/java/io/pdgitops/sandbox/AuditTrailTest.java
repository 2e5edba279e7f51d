package io.pdgitops.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditTrailTest {

    private final TestSandbox pd = new TestSandbox();

    @Test
    void everyWriteLeavesARecordOnItsRootResourceNewestFirst() {
        String team = pd.post("/teams", "{\"team\":{\"type\":\"team\",\"name\":\"Audited\"}}").body()
                .path("team").path("id").asText();
        pd.clock.advance(Duration.ofSeconds(1));
        String taro = pd.userId("taro@example.com");
        assertThat(pd.put("/teams/" + team + "/users/" + taro, "{\"role\":\"responder\"}").status()).isEqualTo(204);
        pd.clock.advance(Duration.ofSeconds(1));
        assertThat(pd.delete("/teams/" + team).status()).isEqualTo(204);

        JsonNode records = pd.get("/audit/records").body().path("records");

        assertThat(records).extracting(record -> record.path("action").asText()).containsExactly("delete", "update", "create");
        assertThat(records).allSatisfy(record -> {
            assertThat(record.path("root_resource").path("id").asText()).isEqualTo(team);
            assertThat(record.path("root_resource").path("type").asText()).isEqualTo("team_reference");
            assertThat(record.path("method").path("type").asText()).isEqualTo("api_token");
            assertThat(record.toString()).doesNotContain(TestSandbox.TOKEN.substring(TestSandbox.TOKEN.length() - 4));
        });
        assertThat(records.get(0).path("execution_time").asText()).isEqualTo("2026-03-02T00:00:02.000Z");
    }

    @Test
    void sinceLeavesOutEarlierWritesAndAFailedWriteLeavesNone() {
        pd.post("/teams", "{\"team\":{\"type\":\"team\",\"name\":\"Before\"}}");
        pd.clock.advance(Duration.ofMinutes(1));
        String since = pd.clock.instant().toString();
        pd.post("/teams", "{\"team\":{\"type\":\"team\",\"name\":\"After\"}}");
        assertThat(pd.post("/teams", "{\"team\":{\"type\":\"team\",\"name\":\"after\"}}").status()).isEqualTo(400);

        JsonNode records = pd.get("/audit/records?since=" + since).body().path("records");

        assertThat(records).hasSize(1);
        assertThat(records.get(0).path("root_resource").path("id").asText()).isEqualTo(pd.teamId("After"));
    }

    @Test
    void pagesFollowTheCursorToTheEnd() {
        int writes = 5;
        for (int i = 0; i < writes; i++) {
            pd.post("/teams", "{\"team\":{\"type\":\"team\",\"name\":\"Paged " + i + "\"}}");
        }
        List<String> ids = new ArrayList<>();
        String cursor = "";
        int pages = 0;
        do {
            JsonNode page = pd.get("/audit/records?limit=2" + (cursor.isEmpty() ? "" : "&cursor=" + cursor)).body();
            page.path("records").forEach(record -> ids.add(record.path("id").asText()));
            cursor = page.path("next_cursor").isNull() ? "" : page.path("next_cursor").asText();
            pages++;
        } while (!cursor.isEmpty());

        assertThat(ids).hasSize(writes).doesNotHaveDuplicates();
        assertThat(pages).isEqualTo((writes + 1) / 2);
        assertThat(pd.get("/audit/records?cursor=bm90LW91cnM").status()).isEqualTo(400);
    }

    @Test
    void anAccountWithoutTheFeatureGets402() {
        TestSandbox without = new TestSandbox(SandboxConfig.withToken(TestSandbox.TOKEN).withAuditTrail(false));

        TestSandbox.Result result = without.get("/audit/records");

        assertThat(result.status()).isEqualTo(402);
        assertThat(result.error().path("code").asInt()).isEqualTo(2012);
    }
}
