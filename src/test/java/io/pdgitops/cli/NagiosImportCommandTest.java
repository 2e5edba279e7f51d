package io.pdgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.testing.GoldenFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** {@code import nagios} on the realistic Nagios fixture, into a copy of the example repository. */
class NagiosImportCommandTest {

    static final Path NAGIOS = Path.of("src/test/resources/nagios");
    static final Path NAGIOS_CFG = NAGIOS.resolve("realistic/nagios.cfg");
    static final Path GOLDEN = NAGIOS.resolve("import");

    /** The options of each golden case besides --config and --repo. */
    static final Map<String, List<String>> CASES = Map.of(
            "hostgroup", List.of("--map-by", "hostgroup", "--policy", "MSP Standard 24x7", "--policy-map",
                    NAGIOS.resolve("policy-map.txt").toString(), "--email-domain", "naniwa-msp.pagerduty.com",
                    "--exclude", "kaede-all", "--into", "services/nagios"),
            "servicegroup", List.of("--map-by", "servicegroup", "--policy", "Tokyo Business Systems", "--into",
                    "services/nagios"),
            "host", List.of("--map-by", "host", "--policy", "MSP Standard 24x7", "--policy-map",
                    NAGIOS.resolve("policy-map.txt").toString(), "--email-domain", "naniwa-msp.pagerduty.com",
                    "--into", "services/nagios/hosts"),
            "var", List.of("--map-by", "var:_PD_SERVICE", "--policy", "MSP Standard 24x7", "--policy-map",
                    NAGIOS.resolve("policy-map.txt").toString(), "--email-domain", "naniwa-msp.pagerduty.com",
                    "--into", "services/nagios"));

    @TempDir
    Path temp;

    Path repo;
    String out;
    String err;

    @BeforeEach
    void copyExampleRepository() throws IOException {
        repo = temp.resolve("repo");
        copy(Path.of("example-repo"), repo);
    }

    static Stream<String> cases() {
        return GoldenFiles.caseNames(GOLDEN);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void writesTheExpectedServices(String name) throws IOException {
        assertThat(importNagios(CASES.get(name))).as(err).isEqualTo(ExitCodes.OK);
        GoldenFiles.assertMatchesExpected(GOLDEN.resolve(name), out + written());
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(source -> {
                try {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Every file the import generated, each after a header line with its path. */
    String written() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(repo)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String content = Files.readString(file);
                if (content.startsWith("# pd-gitops import nagios")) {
                    text.append("\n==> ").append(repo.relativize(file)).append(" <==\n").append(content);
                }
            }
        }
        return text.toString();
    }

    int importNagios(List<String> options) {
        List<String> args = new ArrayList<>(List.of("import", "nagios", "--config", NAGIOS_CFG.toString(),
                "--repo", repo.toString()));
        args.addAll(options);
        return run(args.toArray(String[]::new));
    }

    int run(String... args) {
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        CommandLine cli = Cli.commandLine();
        cli.setOut(new PrintWriter(outText, true));
        cli.setErr(new PrintWriter(errText, true));
        int exit = cli.execute(args);
        out = outText.toString();
        err = errText.toString();
        return exit;
    }
}
