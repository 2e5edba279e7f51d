package io.pdgitops.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "pd-gitops",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "PagerDuty configuration as code.")
public final class RootCommand {

    /**
     * The subcommands, in the order help lists them. They are added by {@link Cli}: building one costs picocli a
     * look at every option of its classes, so a run builds only the one it was asked for.
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands(ServeCommand.class, ValidateCommand.class,
            SandboxCommand.class, PlanCommand.class, ApplyCommand.class, AdoptCommand.class, DriftCommand.class,
            ImportCommand.class, ExportCommand.class, PreviewCommand.class);

    @Mixin
    ColorOption color;

    private final CliContext context;

    RootCommand(CliContext context) {
        this.context = context;
    }

    CliContext context() {
        return context;
    }

    private static Map<String, Class<?>> subcommands(Class<?>... commands) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> command : commands) {
            byName.put(command.getAnnotation(Command.class).name(), command);
        }
        return Collections.unmodifiableMap(byName);
    }
}
