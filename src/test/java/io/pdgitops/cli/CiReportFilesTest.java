package io.pdgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pdgitops.ecosystem.ReportSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The report files of validate and plan, held to their published schemas and compared with the JSON output of the
 * same run, which says what each report must contain.
 */
class CiReportFilesTest {

    private static final String INVALID = "src/test/resources/validate/dangling-reference/repo";
    private static final String WARNINGS = "src/test/resources/validate/rule-reaches-nobody/repo";
    private static final Set<String> GITLAB_SEVERITIES = Set.of("info", "minor", "major", "critical", "blocker");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void validateReportsEveryViolationInEachFormat() throws Exception {
        for (String repo : List.of(INVALID, WARNINGS, ReconcileCommandsTest.EXAMPLE)) {
            Path dir = Files.createDirectories(temp.resolve(Path.of(repo).getFileName() + "-" + repo.length()));
            CapturedCli cli = new CapturedCli();
            cli.run("validate", "--format", "json",
                    "--report-junit", dir.resolve("junit.xml").toString(),
                    "--report-sarif", dir.resolve("report.sarif").toString(),
                    "--report-codequality", dir.resolve("codequality.json").toString(), repo);
            List<JsonNode> violations = list(JSON.readTree(cli.out.toString()).path("violations"));

            assertSarif(dir.resolve("report.sarif"), violations);
            assertCodeQuality(dir.resolve("codequality.json"), violations);
            assertJUnit(dir.resolve("junit.xml"), violations);
        }
    }

    @Test
    void planReportsEachStepAsANoteOnTheDeclaringFile() throws Exception {
        assumeTrue(System.getenv("PAGERDUTY_TOKEN") == null, "PAGERDUTY_TOKEN is set: plan would read a real account");
        CliRun run = CliRun.of(temp.resolve("sandbox.json"), "plan", "--format", "json",
                "--report-sarif", temp.resolve("plan.sarif").toString(),
                "--report-codequality", temp.resolve("plan-codequality.json").toString(),
                "--report-junit", temp.resolve("plan-junit.xml").toString(), ReconcileCommandsTest.EXAMPLE);
        JsonNode steps = JSON.readTree(run.out()).path("steps");
        assertThat(steps.size()).as("the sandbox starts empty, so the plan creates objects").isPositive();

        JsonNode sarif = JSON.readTree(temp.resolve("plan.sarif").toFile());
        assertThat(ReportSchemas.sarifErrors(sarif)).isEmpty();
        List<JsonNode> results = list(sarif.path("runs").path(0).path("results"));
        assertThat(results).hasSize(steps.size()).allSatisfy(result -> {
            assertThat(result.path("level").asText()).isEqualTo("note");
            assertThat(Path.of(ReconcileCommandsTest.EXAMPLE, uri(result))).isRegularFile();
        });
        JsonNode issues = JSON.readTree(temp.resolve("plan-codequality.json").toFile());
        assertThat(issues.size()).isEqualTo(steps.size());
        assertThat(ReportSchemas.junitErrors(temp.resolve("plan-junit.xml"))).isEmpty();
        assertThat(suite(temp.resolve("plan-junit.xml")).getAttribute("failures")).isEqualTo("0");
    }

    @Test
    void planOnAnInvalidRepositoryReportsItsErrors() throws Exception {
        CliRun run = CliRun.of(temp.resolve("sandbox.json"), "plan", "--report-sarif",
                temp.resolve("invalid.sarif").toString(), INVALID);
        CapturedCli validate = new CapturedCli();
        validate.run("validate", "--format", "json", INVALID);

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID);
        assertSarif(temp.resolve("invalid.sarif"), list(JSON.readTree(validate.out.toString()).path("violations")));
    }

    private static void assertSarif(Path file, List<JsonNode> violations) throws IOException {
        JsonNode sarif = JSON.readTree(file.toFile());
        assertThat(ReportSchemas.sarifErrors(sarif)).as(file + " against the SARIF 2.1.0 schema").isEmpty();
        JsonNode run = sarif.path("runs").path(0);
        List<JsonNode> results = list(run.path("results"));
        assertThat(results).hasSameSizeAs(violations);
        for (int i = 0; i < violations.size(); i++) {
            JsonNode violation = violations.get(i);
            JsonNode result = results.get(i);
            JsonNode region = result.path("locations").path(0).path("physicalLocation").path("region");
            assertThat(result.path("ruleId").asText()).isEqualTo(violation.path("code").asText());
            assertThat(result.path("level").asText()).isEqualTo(violation.path("severity").asText());
            assertThat(uri(result)).isEqualTo(violation.path("file").asText());
            assertThat(region.path("startLine").asInt()).isEqualTo(violation.path("line").asInt());
            assertThat(result.path("message").path("text").asText()).isEqualTo(violation.path("message").asText());
            assertThat(run.path("tool").path("driver").path("rules").path(result.path("ruleIndex").asInt())
                    .path("id").asText()).isEqualTo(result.path("ruleId").asText());
        }
    }

    private static void assertCodeQuality(Path file, List<JsonNode> violations) throws IOException {
        JsonNode issues = JSON.readTree(file.toFile());
        assertThat(issues.isArray()).isTrue();
        assertThat(issues.size()).isEqualTo(violations.size());
        Set<String> fingerprints = new HashSet<>();
        for (int i = 0; i < violations.size(); i++) {
            JsonNode issue = issues.get(i);
            assertThat(ReportSchemas.codeQualityIssueErrors(issue)).as("issue " + i).isEmpty();
            assertThat(issue.path("check_name").asText()).isEqualTo(violations.get(i).path("code").asText());
            assertThat(issue.path("severity").asText()).isIn(GITLAB_SEVERITIES);
            assertThat(issue.path("location").path("path").asText()).isEqualTo(violations.get(i).path("file").asText());
            assertThat(issue.path("location").path("lines").path("begin").asInt())
                    .isEqualTo(violations.get(i).path("line").asInt());
            assertThat(fingerprints.add(issue.path("fingerprint").asText())).as("fingerprint of issue " + i).isTrue();
        }
    }

    private static void assertJUnit(Path file, List<JsonNode> violations) throws Exception {
        assertThat(ReportSchemas.junitErrors(file)).as(file + " against the JUnit schema").isEmpty();
        Set<String> filesWithErrors = new TreeSet<>();
        violations.stream().filter(v -> v.path("severity").asText().equals("error"))
                .forEach(v -> filesWithErrors.add(v.path("file").asText()));
        Element suite = suite(file);
        NodeList cases = suite.getElementsByTagName("testcase");
        Set<String> failed = new TreeSet<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element testCase = (Element) cases.item(i);
            if (testCase.getElementsByTagName("failure").getLength() > 0) {
                failed.add(testCase.getAttribute("name"));
            }
        }
        assertThat(failed).isEqualTo(filesWithErrors);
        assertThat(suite.getAttribute("failures")).isEqualTo(Integer.toString(filesWithErrors.size()));
        assertThat(Integer.parseInt(suite.getAttribute("tests"))).isEqualTo(cases.getLength()).isPositive();
    }

    private static Element suite(Path junit) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        return (Element) document.getElementsByTagName("testsuite").item(0);
    }

    private static String uri(JsonNode result) {
        return result.path("locations").path(0).path("physicalLocation").path("artifactLocation").path("uri").asText();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
