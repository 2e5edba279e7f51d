package io.pdgitops.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark programs in {@code bench/} run with the JDK's source launcher against the packaged application,
 * outside the build; compiling them here against the same classes keeps them in step with the code they call.
 * Nothing is run.
 */
class BenchSourcesCompileTest {

    @TempDir
    Path classes;

    @Test
    void everyBenchProgramCompilesAgainstTheApplication() throws IOException {
        List<String> sources;
        try (Stream<Path> files = Files.list(Path.of("bench"))) {
            sources = files.filter(file -> file.toString().endsWith(".java")).map(Path::toString).sorted().toList();
        }
        assertThat(sources).contains("bench/PlanCpu.java", "bench/PerObjectRefresh.java", "bench/ValidateBench.java");

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> arguments = new ArrayList<>(List.of("-proc:none", "-classpath", classpath, "-d", classes.toString()));
        arguments.addAll(sources);
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, errors, errors, arguments.toArray(String[]::new));

        assertThat(status).as("javac output:%n%s", errors.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(classes.resolve("PlanCpu.class")).exists();
    }
}
