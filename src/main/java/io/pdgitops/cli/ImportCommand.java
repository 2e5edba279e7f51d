package io.pdgitops.cli;

import picocli.CommandLine.Command;

/** Importers that turn another tool's configuration into repository YAML. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import configuration from other tools into the repository.",
        subcommands = {NagiosImportCommand.class, SensuImportCommand.class})
final class ImportCommand {
}
