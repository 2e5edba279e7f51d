package io.pdgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import picocli.CommandLine.ParseResult;

/**
 * The CI templates of the example repository call pd-gitops with options it has, and GitLab is handed each report
 * file a job writes, as the kind of report it is.
 */
class CiTemplatesTest {

    private static final Pattern INVOCATION = Pattern.compile("pd-gitops/pd-gitops ([^\\n|;&]+)");
    private static final Map<String, String> GITLAB_REPORT_KINDS = Map.of("--report-junit", "junit",
            "--report-codequality", "codequality");

    @Test
    void everyPdGitopsCommandOfTheTemplatesParses() throws Exception {
        List<String> commands = new ArrayList<>();
        for (String template : List.of("example-repo/.gitlab-ci.yml", "example-repo/.github/workflows/pd-gitops.yaml")) {
            Matcher found = INVOCATION.matcher(Files.readString(Path.of(template)).replaceAll("\\n\\s+--", " --"));
            while (found.find()) {
                commands.add(found.group(1).strip());
            }
        }

        assertThat(commands).as("pd-gitops commands in the templates").isNotEmpty();
        for (String command : commands) {
            ParseResult parsed = Cli.commandLine().parseArgs(command.split("\\s+"));
            assertThat(parsed.hasSubcommand()).as(command).isTrue();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void gitLabJobsHandEveryReportTheyWriteToGitLab() throws Exception {
        Map<String, Object> pipeline = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(Path.of("example-repo/.gitlab-ci.yml")));
        int reports = 0;
        for (Map.Entry<String, Object> entry : pipeline.entrySet()) {
            if (!(entry.getValue() instanceof Map<?, ?> job) || !job.containsKey("script")) {
                continue;
            }
            Map<String, Object> declared = (Map<String, Object>) ((Map<String, Object>) job.get("artifacts")).get("reports");
            for (Object line : (List<Object>) job.get("script")) {
                List<String> words = Arrays.asList(line.toString().split("\\s+"));
                for (int i = 0; i + 1 < words.size(); i++) {
                    String kind = GITLAB_REPORT_KINDS.get(words.get(i));
                    if (kind != null) {
                        assertThat(declared).as(entry.getKey() + " artifacts:reports").containsEntry(kind, words.get(i + 1));
                        reports++;
                    }
                }
            }
        }
        assertThat(reports).as("report files written by the GitLab jobs").isPositive();
    }
}
