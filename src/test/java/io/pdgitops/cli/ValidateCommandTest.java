package io.pdgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateCommandTest {

    private static final String VALID = "src/test/resources/validate/valid-example/repo";
    private static final String INVALID = "src/test/resources/validate/dangling-reference/repo";

    private final CapturedCli cli = new CapturedCli();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    @TempDir
    Path temp;

    @Test
    void aValidRepositoryExitsZeroWithASummary() {
        int exit = run("validate", VALID);

        assertThat(exit).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).isEqualTo("5 objects in 2 files: valid\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void withoutAFolderTheExampleThatServeTracksIsReadAndNamed() {
        // the tests run at the root of this checkout, where serve tracks example-repo by default
        int exit = run("validate");

        assertThat(exit).isEqualTo(ExitCodes.OK);
        assertThat(err.toString()).startsWith("pd-gitops: reading example-repo (");
        assertThat(out.toString()).endsWith(": valid\n");
    }

    @Test
    void textFormatListsEveryViolationThenTheSummaryAndExitsOne() throws IOException {
        int exit = run("validate", INVALID);

        assertThat(exit).isEqualTo(ExitCodes.INVALID);
        String expected = Files.readString(Path.of("src/test/resources/validate/dangling-reference/expected.txt"));
        assertThat(out.toString()).isEqualTo(expected + "6 objects in 1 file: 6 errors\n");
    }

    @Test
    void warningsAloneKeepTheRepositoryValidAndAreCounted() throws IOException {
        int exit = run("validate", "src/test/resources/validate/rule-reaches-nobody/repo");

        assertThat(exit).isEqualTo(ExitCodes.OK);
        String expected = Files.readString(Path.of("src/test/resources/validate/rule-reaches-nobody/expected.txt"));
        assertThat(out.toString()).isEqualTo(expected + "3 objects in 1 file: valid, 2 warnings\n");
    }

    @Test
    void githubFormatAnnotatesWarningsAsWarnings() {
        run("validate", "--format", "github", "src/test/resources/validate/rule-reaches-nobody/repo");

        assertThat(out.toString()).startsWith("::warning file=policies.yaml,line=30,col=5,title=rule-reaches-nobody::");
    }

    @Test
    void jsonFormatIsMachineReadable() throws IOException {
        int exit = run("validate", "--format", "json", INVALID);

        assertThat(exit).isEqualTo(ExitCodes.INVALID);
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.get("valid").asBoolean()).isFalse();
        assertThat(report.get("objects").asInt()).isEqualTo(6);
        assertThat(report.get("files").asInt()).isEqualTo(1);
        assertThat(report.get("errors").asInt()).isEqualTo(6);
        JsonNode first = report.get("violations").get(0);
        assertThat(first.get("file").asText()).isEqualTo("refs.yaml");
        assertThat(first.get("line").asInt()).isEqualTo(3);
        // the column of the dangling name itself, after `key: `
        String line = Files.readAllLines(Path.of(INVALID, "refs.yaml")).get(2);
        assertThat(first.get("column").asInt()).isEqualTo(line.indexOf(": ") + 3);
        assertThat(first.get("severity").asText()).isEqualTo("error");
        assertThat(first.get("code").asText()).isEqualTo("dangling-reference");
        assertThat(first.get("message").asText()).isEqualTo("EscalationPolicy `Primry` is not declared in this repository; did you mean `Primary`?");
    }

    @Test
    void jsonFormatOfAValidRepositoryHasNoViolations() throws IOException {
        assertThat(run("validate", "--format=JSON", VALID)).isEqualTo(ExitCodes.OK);

        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.get("valid").asBoolean()).isTrue();
        assertThat(report.get("violations")).isEmpty();
    }

    @Test
    void githubFormatWritesWorkflowAnnotationsWithEscaping() throws IOException {
        Files.writeString(temp.resolve("a,b:c.yaml"), "kind: Team\nname: T\nparent: \"50% of\\nops\"\n");

        int exit = run("validate", "--format", "github", temp.toString());

        assertThat(exit).isEqualTo(ExitCodes.INVALID);
        assertThat(out.toString()).isEqualTo(
                "::error file=a%2Cb%3Ac.yaml,line=3,col=" + ("parent: ".length() + 1) + ",title=dangling-reference::Team `50%25 of%0Aops` is not declared in this repository\n"
                        + "1 object in 1 file: 1 error\n");
    }

    @Test
    void aMissingDirectoryCannotRunAndSaysWhy() {
        int exit = run("validate", temp.resolve("absent").toString());

        assertThat(exit).isEqualTo(ExitCodes.ERROR);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("not a directory").contains("absent");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        int exit = run("validate", "--format", "xml", VALID);

        assertThat(exit).isEqualTo(ExitCodes.ERROR);
        assertThat(err.toString()).contains("expected text, json or github, not 'xml'");
    }

    @Test
    void theFileSizeLimitIsConfigurable() throws IOException {
        Files.writeString(temp.resolve("team.yaml"), "kind: Team\nname: Ops\n");

        int exit = run("validate", "--max-file-size", "10", temp.toString());

        assertThat(exit).isEqualTo(ExitCodes.INVALID);
        assertThat(out.toString()).startsWith("team.yaml:1:1: error file-too-large file is 21 bytes; the limit is 10 bytes\n");
    }

    @Test
    void withoutAFolderTheChoiceIsLeftToTheRun() {
        CommandLine cli = Cli.commandLine();
        ValidateCommand command = cli.getSubcommands().get("validate").getCommand();
        cli.parseArgs("validate");

        assertThat(command.dir).isNull();
        assertThat(command.format).isEqualTo(ReportFormat.TEXT);
    }

    private int run(String... args) {
        return cli.run(args);
    }
}
