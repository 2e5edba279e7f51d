package io.pdgitops.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.pdgitops.service.ConfigRepoServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(DashboardProfile.TokenForReads.class)
class DashboardSignInTest {

    @Test
    void withReadAuthEveryPageAsksForTheTokenAndShowsNothingElse() {
        for (String page : new String[] {"/", "/drift", "/on-call"}) {
            String body = given().redirects().follow(false).get(page).then().statusCode(401).extract().asString();
            assertThat(body).contains("<form method=\"post\" action=\"/sign-in\">")
                    .doesNotContain(ConfigRepoServer.url()).doesNotContain("Sync history");
        }
    }

    @Test
    void theRightTokenSetsAScriptProofSameSiteCookieThatOpensThePages() {
        given().formParam("token", "wrong").post("/sign-in").then().statusCode(401)
                .body(containsString("not the API token"));

        Response signedIn = given().redirects().follow(false).formParam("token", ConfigRepoServer.API_TOKEN)
                .post("/sign-in");
        assertThat(signedIn.statusCode()).isEqualTo(303);
        String cookie = signedIn.getHeader("Set-Cookie");
        assertThat(cookie).startsWith(DashboardResource.COOKIE + "=").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict");

        given().cookie(DashboardResource.COOKIE, ConfigRepoServer.API_TOKEN).get("/").then().statusCode(200)
                .body(containsString("Sync history"));
        given().header("Authorization", "Bearer " + ConfigRepoServer.API_TOKEN).get("/on-call").then()
                .statusCode(200);
        given().cookie(DashboardResource.COOKIE, "stale").get("/").then().statusCode(401)
                .body(containsString("not accepted"));
    }

    @Test
    void signingOutExpiresTheCookie() {
        String cookie = given().redirects().follow(false).post("/sign-out").then().statusCode(303).extract()
                .header("Set-Cookie");
        assertThat(cookie).startsWith(DashboardResource.COOKIE + "=").containsIgnoringCase("Max-Age=0");
    }
}
