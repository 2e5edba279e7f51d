package io.pdgitops.validate;

import static io.pdgitops.testing.GoldenFiles.assertMatchesExpected;
import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.load.ConfigLoader;
import io.pdgitops.load.LoadLimits;
import io.pdgitops.load.LoadResult;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import io.pdgitops.testing.GoldenFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every folder under {@code src/test/resources/validate} is a repository ({@code repo/}) and the
 * report it must produce ({@code expected.txt}, one violation per line). Run with
 * {@code -Dgolden.update=true} to rewrite the expected files, then review the diff by eye.
 */
class GoldenCasesTest {

    private static final Path CASES = Path.of("src/test/resources/validate");

    static Stream<String> cases() {
        return GoldenFiles.caseNames(CASES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportMatchesExpected(String name) throws IOException {
        Path folder = CASES.resolve(name);
        LoadResult result = new ConfigLoader(limits(folder)).read(folder.resolve("repo"));
        String actual = result.violations().stream().map(v -> v.format() + "\n").collect(Collectors.joining());
        assertMatchesExpected(folder, actual);
    }

    @Test
    void everyCodeHasAGoldenCase() throws IOException {
        Set<String> covered = new TreeSet<>();
        for (String name : cases().toList()) {
            for (String line : Files.readAllLines(CASES.resolve(name).resolve("expected.txt"), StandardCharsets.UTF_8)) {
                String[] words = line.split(" ");
                covered.add(words[2]);
            }
        }
        List<String> all = Arrays.stream(ViolationCode.values()).map(ViolationCode::id).sorted().toList();
        assertThat(covered).containsAll(all);
    }

    private static LoadLimits limits(Path folder) throws IOException {
        Path file = folder.resolve("limits.properties");
        LoadLimits limits = LoadLimits.defaults();
        if (!Files.exists(file)) {
            return limits;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        if (properties.getProperty("maxFileBytes") != null) {
            limits = limits.withMaxFileBytes(Long.parseLong(properties.getProperty("maxFileBytes")));
        }
        if (properties.getProperty("maxFiles") != null) {
            limits = limits.withMaxFiles(Integer.parseInt(properties.getProperty("maxFiles")));
        }
        return limits;
    }
}
