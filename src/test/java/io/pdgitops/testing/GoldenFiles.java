package io.pdgitops.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Golden test data: one folder per case under a root, each with an {@code expected.txt}. Run the
 * tests with {@code -Dgolden.update=true} to rewrite the expected files after a deliberate change,
 * then read every changed file by eye before committing it.
 */
public final class GoldenFiles {

    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private GoldenFiles() {
    }

    /** The names of the case folders under {@code root}, sorted. */
    public static Stream<String> caseNames(Path root) {
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compares {@code actual} with {@code expected.txt} in {@code caseFolder}, or rewrites it when updating. */
    public static void assertMatchesExpected(Path caseFolder, String actual) throws IOException {
        assertMatchesExpected(caseFolder, "expected.txt", actual);
    }

    /** Compares {@code actual} with the file {@code expectedName} in {@code caseFolder}, or rewrites it when updating. */
    public static void assertMatchesExpected(Path caseFolder, String expectedName, String actual) throws IOException {
        Path expectedFile = caseFolder.resolve(expectedName);
        if (UPDATE) {
            Files.writeString(expectedFile, actual);
        }
        assertThat(expectedFile).as("golden file of %s", caseFolder.getFileName()).exists();
        assertThat(actual).as("golden case %s", caseFolder.getFileName()).isEqualTo(Files.readString(expectedFile));
    }
}
