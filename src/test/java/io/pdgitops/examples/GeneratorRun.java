package io.pdgitops.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs bench/GenerateRepo.java with the running JDK's launcher, as a user would from the project root. */
public record GeneratorRun(int exitCode, String output) {

    static final Path GENERATOR = Path.of("bench", "GenerateRepo.java");
    static final long TIMEOUT_SECONDS = 120;

    public static GeneratorRun of(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), GENERATOR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("generator did not finish within " + TIMEOUT_SECONDS + "s: " + command);
        }
        return new GeneratorRun(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
