package io.pdgitops.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "pd-gitops",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "PagerDuty configuration as code.",
        subcommands = {
            ServeCommand.class,
            ValidateCommand.class,
            SandboxCommand.class,
            PlanCommand.class,
            ApplyCommand.class,
            AdoptCommand.class,
            DriftCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            PreviewCommand.class,
        })
public final class RootCommand {

    @Mixin
    ColorOption color;

    private final CliContext context;

    RootCommand(CliContext context) {
        this.context = context;
    }

    CliContext context() {
        return context;
    }
}
