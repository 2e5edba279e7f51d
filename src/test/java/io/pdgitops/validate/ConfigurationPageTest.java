package io.pdgitops.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.load.ConfigLoader;
import io.pdgitops.load.LoadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration page is the user's reference: its examples must validate and its code table must be complete. */
class ConfigurationPageTest {

    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path repo;

    @Test
    void everyCodeIsInThePageTableWithItsSummary() throws IOException {
        // the roster codes are listed with rosters, every other code on the configuration page
        String readme = Files.readString(Path.of("docs/configuration.md"))
                + Files.readString(Path.of("docs/rosters-and-schedules.md"));
        for (ViolationCode code : ViolationCode.values()) {
            assertThat(readme).contains("| `" + code.id() + "` | " + code.summary() + " |");
        }
    }

    @Test
    void theFormatExamplesValidate() throws IOException {
        String format = section("## Configuration format");
        List<String> documents = new ArrayList<>();
        Matcher block = YAML_BLOCK.matcher(format);
        while (block.find()) {
            if (block.group(1).startsWith("kind:")) {
                documents.add(block.group(1));
            }
        }
        assertThat(documents).hasSize(4);
        // the examples reference a parent team that the page does not show
        documents.add("kind: Team\nname: Ops Tokyo\n");
        Files.writeString(repo.resolve("examples.yaml"), String.join("---\n", documents));
        Matcher settings = YAML_BLOCK.matcher(section("## pd-gitops.yaml"));
        assertThat(settings.find()).isTrue();
        Files.writeString(repo.resolve("pd-gitops.yaml"), settings.group(1));

        LoadResult result = ConfigLoader.load(repo);

        assertThat(result.violations()).isEmpty();
        assertThat(result.state().objectCount()).isEqualTo(5);
        assertThat(result.state().settings().exclude()).containsExactly("drafts/**");
    }

    private static String section(String heading) throws IOException {
        String readme = Files.readString(Path.of("docs/configuration.md"));
        int start = readme.indexOf(heading);
        assertThat(start).as(heading).isNotNegative();
        int end = readme.indexOf("\n## ", start + heading.length());
        return end < 0 ? readme.substring(start) : readme.substring(start, end);
    }
}
