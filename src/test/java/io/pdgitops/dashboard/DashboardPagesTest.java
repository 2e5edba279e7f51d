package io.pdgitops.dashboard;

import io.pdgitops.model.DstHandOffs;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.load.ConfigLoader;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.Schedule;
import io.pdgitops.oncall.EscalationChains;
import io.pdgitops.service.ConfigRepoServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusTest
@TestProfile(DashboardProfile.class)
class DashboardPagesTest {

    static final String BEARER = RotaRepository.BEARER;
    static final String SANDBOX_AUTH = "Token token=any";

    @TempDir
    Path temp;

    @BeforeEach
    void rotaIsApplied() {
        RotaRepository.ensureApplied();
    }

    @Test
    void overviewShowsThePhaseRevisionsAndEverySyncOfTheHistory() {
        JsonPath status = status();
        List<Map<String, Object>> syncs = given().get("/api/v1/syncs").then().extract().jsonPath().getList("$");

        String page = given().get("/").then().statusCode(200).contentType("text/html").extract().asString();

        assertThat(page).contains("<html lang=\"en\">", status.getString("phase"),
                status.getString("lastAppliedRevision"), ConfigRepoServer.url());
        for (Map<String, Object> sync : syncs) {
            assertThat(page).contains("<th scope=\"row\">#" + sync.get("id") + "</th>");
        }
        assertThat(page).contains((String) syncs.get(syncs.size() - 1).get("message"));
    }

    @Test
    void onCallPageNamesWhomTheRenderedScheduleHasOnCallNowInBothZones() throws IOException {
        Files.writeString(temp.resolve("rota.yaml"), RotaRepository.SCHEDULE);
        DesiredState declared = ConfigLoader.load(temp).state();
        Schedule rota = declared.schedule("Payments Rota").orElseThrow();

        String page = given().queryParam("tz", "Europe/Berlin").get("/on-call").then().statusCode(200).extract()
                .asString();
        String expected = EscalationChains.onCall(rota, Instant.now(), DstHandOffs.LOCAL_TIME).orElseThrow();

        assertThat(page).contains("Payments Rota", "Asia/Tokyo", "Europe/Berlin",
                "On call now: <strong>" + expected + "</strong>");
        assertThat(page).as("the policy's second level pages taro directly").contains("taro@example.com");
        assertThat(page).doesNotContain("<b>on call</b>");
    }

    @Test
    void aBadTimeZoneIsA400ThatSaysWhatIsExpected() {
        given().queryParam("tz", "Mars/Olympus").get("/on-call").then().statusCode(400)
                .body(org.hamcrest.Matchers.containsString("Asia/Tokyo"));
    }

    @Test
    void driftPageShowsAnEditMadeInPagerDutyFieldByField() {
        String id = given().header("Authorization", SANDBOX_AUTH).get("/sandbox/services?query=Payments API")
                .then().statusCode(200).extract().path("services[0].id");
        String edited = "edited <i>in the UI</i> at " + System.nanoTime();
        given().header("Authorization", SANDBOX_AUTH).contentType("application/json")
                .body(Map.of("service", Map.of("description", edited)))
                .put("/sandbox/services/" + id).then().statusCode(200);
        given().header("Authorization", BEARER).get("/api/v1/drift?refresh=true").then().statusCode(200);

        String page = given().get("/drift").then().statusCode(200).extract().asString();

        assertThat(page).contains("Payments API", "description", id)
                .contains(edited.replace("<", "&lt;").replace(">", "&gt;"))
                .doesNotContain("<i>in the UI</i>");
    }

    @Test
    void aBrowserAskingTheDriftApiIsSentToTheDriftPage() {
        given().redirects().follow(false).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .get("/api/v1/drift").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/drift"));
        given().header("Accept", "*/*").get("/api/v1/drift").then().statusCode(200).contentType("application/json");
    }

    static JsonPath status() {
        return RotaRepository.status();
    }
}
