package io.pdgitops.cli;

import io.pdgitops.load.ConfigLoader;
import io.pdgitops.load.LoadLimits;
import io.pdgitops.load.LoadResult;
import io.pdgitops.report.Findings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Check a configuration repository: YAML, JSON Schemas and references.",
            "Exit codes: 0 valid, 1 invalid, 3 could not run."
        })
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = DefaultFolder.HELP)
    Path dir;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", converter = ReportFormat.Converter.class,
            description = "Output: text, json or github (GitHub Actions annotations). Default: ${DEFAULT-VALUE}.")
    ReportFormat format;

    @Option(names = "--max-file-size", defaultValue = "" + LoadLimits.DEFAULT_MAX_FILE_BYTES, paramLabel = "BYTES",
            description = "Refuse YAML files larger than this. Default: ${DEFAULT-VALUE}.")
    long maxFileBytes;

    @Mixin
    CiReportOptions reports;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        dir = DefaultFolder.orDefault(dir, spec);
        if (!Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("pd-gitops: not a directory: " + dir);
            return ExitCodes.ERROR;
        }
        if (maxFileBytes <= 0) {
            spec.commandLine().getErr().println("pd-gitops: --max-file-size must be positive");
            return ExitCodes.ERROR;
        }
        LoadResult result = new ConfigLoader(LoadLimits.defaults().withMaxFileBytes(maxFileBytes)).read(dir);
        spec.commandLine().getOut().print(ValidationReport.render(result, format));
        spec.commandLine().getOut().flush();
        reports.write(Findings.ofValidation(result, "validate"), Instant.now());
        return result.isValid() ? ExitCodes.OK : ExitCodes.INVALID;
    }
}
