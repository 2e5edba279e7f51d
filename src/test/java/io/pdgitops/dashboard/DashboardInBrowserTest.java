package io.pdgitops.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard in a real browser: each page loads, shows what the API says, and renders in the light and the dark
 * scheme. The screenshots stay in {@code target/screenshots} for a look by eye.
 */
@QuarkusTest
@TestProfile(DashboardProfile.class)
class DashboardInBrowserTest {

    static final Path SHOTS = Path.of("target", "screenshots");

    @TestHTTPResource("/")
    URL root;

    @TempDir
    Path temp;

    @BeforeEach
    void appliedAndChecked() {
        RotaRepository.ensureApplied();
    }

    @Test
    void everyPageLoadsInChromiumAndShowsTheServicesState() throws IOException {
        HeadlessChromium chromium = HeadlessChromium.require(temp.resolve("profile"));
        String revision = given().get("/api/v1/status").then().extract().path("lastAppliedRevision");

        String overview = chromium.dom(root + "");
        assertThat(overview).contains("Sync history", revision, "aria-current=\"page\"");
        String onCall = chromium.dom(root + "on-call?tz=America/New_York");
        assertThat(onCall).contains("Payments Primary", "Payments Rota", "America/New_York", "Escalation path of each service");
        String drift = chromium.dom(root + "drift");
        assertThat(drift).contains("Drift", revision);
    }

    @Test
    void pagesHonourTheDarkSchemeAndTheScreenshotsAreKept() throws IOException {
        HeadlessChromium chromium = HeadlessChromium.require(temp.resolve("profile"));
        Files.createDirectories(SHOTS);
        for (String page : List.of("", "drift", "on-call")) {
            String name = page.isEmpty() ? "overview" : page;
            Path light = SHOTS.resolve(name + "-light.png");
            Path dark = SHOTS.resolve(name + "-dark.png");
            chromium.screenshot(root + page, light, false);
            chromium.screenshot(root + page, dark, true);

            assertThat(brightness(light)).as(name + " light").isGreaterThan(0.8);
            assertThat(brightness(dark)).as(name + " dark").isLessThan(0.25);
        }
    }

    @Test
    void theKeyboardReachesTheSkipLinkTheNavigationAndTheTimeZoneField() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.require(temp.resolve("profile"));
        try (DevToolsPage page = chromium.devTools()) {
            page.navigate(root + "on-call");

            page.press("Tab", false);
            assertThat(page.evaluate("document.activeElement.textContent")).isEqualTo("Skip to content");
            page.press("Enter", false);
            assertThat(page.evaluate("location.hash")).isEqualTo("#main");

            page.navigate(root + "on-call");
            List<String> focused = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                page.press("Tab", false);
                focused.add(page.evaluate("document.activeElement.id || document.activeElement.textContent.trim()"));
            }
            assertThat(focused).containsSubsequence("Skip to content", "Overview", "Drift", "On call", "tz", "Show");
            assertThat(page.evaluate("getComputedStyle(document.activeElement).outlineStyle")).isNotEqualTo("none");
        }
    }

    /** Mean luminance 0..1 of the screenshot, sampled on a grid. */
    static double brightness(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("a PNG at " + png).isNotNull();
        double sum = 0;
        int samples = 0;
        for (int y = 0; y < image.getHeight(); y += 8) {
            for (int x = 0; x < image.getWidth(); x += 8) {
                int rgb = image.getRGB(x, y);
                sum += (0.2126 * ((rgb >> 16) & 0xff) + 0.7152 * ((rgb >> 8) & 0xff) + 0.0722 * (rgb & 0xff)) / 255;
                samples++;
            }
        }
        return sum / samples;
    }
}
