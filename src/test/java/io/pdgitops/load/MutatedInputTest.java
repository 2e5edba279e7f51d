package io.pdgitops.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.validate.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken input must always come back as violations: randomly damaged copies of a valid file never
 * make the loader throw, hang, or hit its "failed on this file" safety net.
 */
class MutatedInputTest {

    private static final String ALPHABET = " \t\n:-[]{},&*!|>'\"#%@`?0123456789abcxyz<>\\\u00e9";

    @TempDir
    Path repo;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void damagedFilesAlwaysYieldViolationsNotExceptions() throws IOException {
        String original = Files.readString(Path.of("src/test/resources/validate/valid-example/repo/payments.yaml"));
        Random random = new Random(20_260_105);
        ConfigLoader loader = new ConfigLoader(LoadLimits.defaults());
        int invalid = 0;
        for (int round = 0; round < 400; round++) {
            Files.writeString(repo.resolve("config.yaml"), mutate(original, random));

            LoadResult result = loader.read(repo);

            assertThat(result.violations()).extracting(Violation::message).noneMatch(m -> m.contains("please report"));
            if (!result.isValid()) {
                invalid++;
            }
        }
        assertThat(invalid).as("most damaged files are invalid").isGreaterThan(200);
    }

    private static String mutate(String text, Random random) {
        StringBuilder out = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(3)) {
                case 0 -> out.deleteCharAt(at);
                case 1 -> out.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                default -> out.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return out.toString();
    }
}
