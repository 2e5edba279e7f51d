package io.pdgitops.ecosystem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pdgitops.service.ConfigRepoProfile;
import io.pdgitops.service.Eventually;
import io.pdgitops.service.quarkus.ServiceMetrics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /q/metrics} as Prometheus reads it, after a sync so that every pd-gitops metric has samples. */
@QuarkusTest
@TestProfile(ConfigRepoProfile.class)
class MetricsExpositionTest {

    private static final String OWN_PREFIX = "pd_gitops_";

    private String exposition;

    @BeforeEach
    void scrapeAfterTheStartupSync() {
        Eventually.await(Duration.ofSeconds(60),
                () -> given().get("/api/v1/status").then().statusCode(200).extract().jsonPath().getString("phase"),
                "Synced"::equals);
        exposition = given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    @Test
    void everyOwnSampleBelongsToAFamilyWithTypeAndHelp() {
        Map<String, String> types = comments("# TYPE ");
        Map<String, String> helps = comments("# HELP ");
        List<String> samples = exposition.lines().filter(line -> line.startsWith(OWN_PREFIX))
                .map(line -> line.split("[{ ]", 2)[0]).distinct().toList();

        assertThat(samples).as("pd-gitops' own samples").isNotEmpty();
        for (String sample : samples) {
            Optional<String> family = types.keySet().stream().filter(sample::startsWith)
                    .max(Comparator.comparingInt(String::length));
            assertThat(family).as("# TYPE of " + sample).isPresent();
            assertThat(helps.get(family.get())).as("# HELP of " + family.get()).isNotBlank();
        }
    }

    @Test
    void syncDurationIsAHistogramWithTheDeclaredBuckets() {
        assertThat(comments("# TYPE ")).containsEntry("pd_gitops_sync_duration_seconds", "histogram");
        for (Duration bound : ServiceMetrics.SYNC_DURATION_BUCKETS) {
            double seconds = bound.toMillis() / 1000.0;
            assertThat(exposition).containsPattern(
                    "pd_gitops_sync_duration_seconds_bucket\\{le=\"" + seconds + "\"} [0-9]");
        }
        assertThat(exposition).containsPattern("pd_gitops_sync_duration_seconds_bucket\\{le=\"\\+Inf\"} [1-9]");
    }

    @Test
    void promtoolFindsNothingToSayAboutOwnMetrics() throws Exception {
        Optional<ExternalTool> promtool = ExternalTool.find("promtool");
        assumeTrue(promtool.isPresent(), "promtool is not installed (Debian package: prometheus): lint skipped");

        // promtool reads the Prometheus text format; OpenMetrics, which a scraper may also ask for, escapes differently.
        String text = given().header("Accept", "text/plain; version=0.0.4; charset=utf-8").get("/q/metrics")
                .then().statusCode(200).extract().asString();
        ExternalTool.Run run = promtool.get().run(Path.of("."), text, 60, "check", "metrics");

        List<String> ownProblems = run.output().lines().filter(line -> line.contains(OWN_PREFIX)).toList();
        assertThat(ownProblems).as("promtool check metrics, on pd-gitops' metrics").isEmpty();
        assertThat(run.output()).as("promtool parsed the exposition").doesNotContain("error while linting");
    }

    /** The metric name and the rest of each {@code # TYPE} or {@code # HELP} line. */
    private Map<String, String> comments(String kind) {
        return exposition.lines().filter(line -> line.startsWith(kind + OWN_PREFIX))
                .map(line -> line.substring(kind.length()).split(" ", 2))
                .collect(Collectors.toMap(parts -> parts[0], parts -> parts.length > 1 ? parts[1] : "",
                        (first, second) -> first, java.util.LinkedHashMap::new));
    }
}
