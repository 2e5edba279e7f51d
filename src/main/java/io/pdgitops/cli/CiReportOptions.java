package io.pdgitops.cli;

import io.pdgitops.report.CheckFindings;
import io.pdgitops.report.CodeQualityReport;
import io.pdgitops.report.JUnitReport;
import io.pdgitops.report.SarifReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * Report files for CI systems, written besides whatever {@code --format} prints: a pipeline keeps its annotations
 * in the log and hands the files to the test view, code scanning or the merge request widget.
 */
final class CiReportOptions {

    @Option(names = "--report-junit", paramLabel = "FILE",
            description = "Also write JUnit XML (one test case per file) to FILE, for CI test views.")
    Path junit;

    @Option(names = "--report-sarif", paramLabel = "FILE",
            description = "Also write SARIF 2.1.0 to FILE, for GitHub code scanning.")
    Path sarif;

    @Option(names = "--report-codequality", paramLabel = "FILE",
            description = "Also write GitLab Code Quality JSON to FILE, for merge request widgets.")
    Path codeQuality;

    void write(CheckFindings check, Instant at) throws IOException {
        write(junit, check, found -> JUnitReport.render(found, at));
        write(sarif, check, SarifReport::render);
        write(codeQuality, check, CodeQualityReport::render);
    }

    private static void write(Path file, CheckFindings check, Function<CheckFindings, String> renderer)
            throws IOException {
        if (file == null) {
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, renderer.apply(check), StandardCharsets.UTF_8);
    }
}
