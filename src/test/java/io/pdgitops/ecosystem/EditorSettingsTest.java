package io.pdgitops.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.write.EditorSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor settings map a schema onto every configuration file, so every document gets completion and checks. */
class EditorSettingsTest {

    private static final Path EXAMPLE = Path.of("example-repo");

    @TempDir
    Path temp;

    @Test
    void theExampleRepositoryMapsTheRightSchemaOntoEveryFile() throws Exception {
        assertThat(EditorSchemaMapping.configFiles(EXAMPLE)).as("files the loader reads").hasSizeGreaterThan(1);

        assertThat(EditorSchemaMapping.problems(EXAMPLE)).isEmpty();
    }

    /** The editors page shows the example's settings as they are, so its folders never fall behind the example's. */
    @Test
    void theEditorsPageQuotesTheExampleSettingsWhole() throws Exception {
        String settings = Files.readString(EXAMPLE.resolve(EditorSettings.VSCODE_FILE)).strip();

        assertThat(Files.readString(Path.of("docs/editors.md"))).contains(settings);
    }

    @Test
    void generatedSettingsCoverTheFoldersTheyNameAndNotTheSettingsFile() throws Exception {
        Path folder = copyOfExample();
        List<String> folders = EditorSchemaMapping.configFiles(folder).stream().filter(file -> file.contains("/"))
                .map(file -> file.substring(0, file.indexOf('/'))).distinct().toList();
        Files.writeString(folder.resolve(EditorSettings.VSCODE_FILE), EditorSettings.vscode("schemas", folders));

        assertThat(EditorSchemaMapping.problems(folder)).isEmpty();
    }

    @Test
    void aFileOutsideTheMappedFoldersIsReported() throws Exception {
        Path folder = copyOfExample();
        Files.writeString(folder.resolve(EditorSettings.VSCODE_FILE),
                EditorSettings.vscode("schemas", List.of("services")));

        assertThat(EditorSchemaMapping.problems(folder)).anySatisfy(problem -> assertThat(problem)
                .startsWith("teams/").contains("matched by 0 schemas"));
    }

    /** The example's YAML files with the schemas in a folder beside them, as export writes them. */
    private Path copyOfExample() throws Exception {
        Path folder = temp.resolve("config");
        for (String file : EditorSchemaMapping.configFiles(EXAMPLE)) {
            Files.createDirectories(folder.resolve(file).getParent());
            Files.copy(EXAMPLE.resolve(file), folder.resolve(file));
        }
        Files.createDirectories(folder.resolve("schemas"));
        try (var schemas = Files.list(Path.of("schemas"))) {
            for (Path schema : schemas.toList()) {
                Files.copy(schema, folder.resolve("schemas").resolve(schema.getFileName()));
            }
        }
        Files.createDirectories(folder.resolve(".vscode"));
        return folder;
    }
}
