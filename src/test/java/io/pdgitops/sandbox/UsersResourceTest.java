package io.pdgitops.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UsersResourceTest {

    private final TestSandbox pd = new TestSandbox();

    @Test
    void seedUsersAreListedWithReferencesAndLinks() {
        JsonNode taro = pd.get("/users?query=taro%40example.com").body().path("users").get(0);

        assertThat(taro.path("id").asText()).matches("P[A-Z0-9]{6}");
        assertThat(taro.path("type").asText()).isEqualTo("user");
        assertThat(taro.path("summary").asText()).isEqualTo("Taro Yamada");
        assertThat(taro.path("self").asText()).isEqualTo("https://api.pagerduty.com/users/" + taro.path("id").asText());
        assertThat(taro.path("teams").get(0).path("type").asText()).isEqualTo("team_reference");
        assertThat(taro.path("teams").get(0).path("summary").asText()).isEqualTo("Ops Tokyo");
    }

    @Test
    void queryMatchesNameOrEmailCaseInsensitively() {
        assertThat(pd.get("/users?query=SUZUKI").body().path("users")).extracting(u -> u.path("email").asText())
                .containsExactly("hanako@example.com");
        assertThat(pd.get("/users?query=example.com").body().path("users")).hasSize(5);
    }

    @Test
    void teamFilterAndIncludeTeams() {
        String osaka = pd.teamId("Ops Osaka");
        JsonNode users = pd.get("/users?team_ids[]=" + osaka + "&include[]=teams").body().path("users");

        assertThat(users).extracting(u -> u.path("email").asText()).containsExactly("olivia@example.com");
        assertThat(users.get(0).path("teams").get(0).path("type").asText()).isEqualTo("team");
        assertThat(users.get(0).path("teams").get(0).path("name").asText()).isEqualTo("Ops Osaka");
    }

    @Test
    void createNeedsTheFromHeaderAndAUniqueEmail() {
        String body = "{\"user\":{\"type\":\"user\",\"name\":\"New Person\",\"email\":\"new@example.com\"}}";
        TestSandbox.Result withoutFrom = pd.call("POST", "/users", body, Map.of("From", ""));
        assertThat(withoutFrom.status()).isEqualTo(400);
        assertThat(withoutFrom.error().path("errors").get(0).asText()).contains("From header");

        TestSandbox.Result created = pd.post("/users", body);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("user").path("role").asText()).isEqualTo("user");

        TestSandbox.Result again = pd.post("/users", body.replace("New Person", "Other"));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.error().path("code").asInt()).isEqualTo(2001);
        assertThat(again.error().path("errors").get(0).asText()).isEqualTo("Email has already been taken");
    }

    @Test
    void invalidRoleAndTimeZoneAreRejected() {
        String id = pd.userId("jiro@example.com");
        assertThat(pd.put("/users/" + id, "{\"user\":{\"role\":\"boss\"}}").error().path("errors").get(0).asText())
                .startsWith("Role must be one of");
        assertThat(pd.put("/users/" + id, "{\"user\":{\"time_zone\":\"Mars/Olympus\"}}").error().path("errors").get(0).asText())
                .contains("Mars/Olympus");
    }

    @Test
    void putIsPartialAndDeleteRemoves() {
        String id = pd.userId("jiro@example.com");
        JsonNode updated = pd.put("/users/" + id, "{\"user\":{\"job_title\":\"Night owl\"}}").body().path("user");
        assertThat(updated.path("job_title").asText()).isEqualTo("Night owl");
        assertThat(updated.path("name").asText()).isEqualTo("Jiro Tanaka");

        assertThat(pd.delete("/users/" + id).status()).isEqualTo(204);
        TestSandbox.Result gone = pd.get("/users/" + id);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.error().path("code").asInt()).isEqualTo(2100);
    }
}
