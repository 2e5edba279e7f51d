package io.pdgitops.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pages are usable by keyboard and screen reader in the ways markup decides: a language, a skip link to the
 * main landmark, every form field labelled, every table captioned with scoped headers, and nothing fetched from
 * elsewhere.
 */
@QuarkusTest
@TestProfile(DashboardProfile.class)
class DashboardMarkupTest {

    static final List<String> PAGES = List.of("/", "/drift", "/on-call", "/sign-in");

    @Test
    void everyPageHasLandmarksLabelsCaptionsAndNoExternalAssets() {
        RotaRepository.ensureApplied();
        for (String path : PAGES) {
            String page = given().get(path).then().statusCode(200).extract().asString();

            assertThat(page).as(path).contains("<html lang=\"en\">", "<a class=\"skip\" href=\"#main\">",
                    "<main id=\"main\">", "<nav aria-label=");
            Matcher inputs = Pattern.compile("<input id=\"([^\"]+)\"").matcher(page);
            while (inputs.find()) {
                assertThat(page).as(path + " labels " + inputs.group(1)).contains("<label for=\"" + inputs.group(1) + "\"");
            }
            assertThat(count(page, "<table>")).as(path + ": a caption per table").isEqualTo(count(page, "<caption>"));
            assertThat(page).as(path + ": header cells say what they head").doesNotContain("<th>");
            assertThat(page).as(path + ": no external assets").doesNotContainPattern("(src|href)=\"(https?:)?//");
        }
    }

    private static long count(String page, String tag) {
        return Pattern.compile(Pattern.quote(tag)).matcher(page).results().count();
    }
}
