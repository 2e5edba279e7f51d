package io.pdgitops.cli;

import io.pdgitops.model.RepoSettings;
import io.pdgitops.service.DefaultRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The configuration folder a command reads when it is given none: the one {@code serve} would track, so that a
 * bare {@code pd-gitops validate} in a checkout checks the configuration rather than every YAML file of the
 * checkout (build output and test fixtures included).
 */
final class DefaultFolder {

    /** The help text of every command's folder parameter. */
    static final String HELP = "Configuration folder. Default: the current directory when it holds pd-gitops.yaml, "
            + "else the folder serve tracks (PD_GITOPS_REPO_PATH, or example-repo) of the Git checkout.";

    /** The folder taken and, for the user, why. */
    record Choice(Path folder, String reason) {
    }

    private DefaultFolder() {
    }

    /**
     * The working directory when it holds {@code pd-gitops.yaml}; else the configured folder
     * ({@code PD_GITOPS_REPO_PATH}, or serve's default) of the Git checkout around it when that folder exists;
     * else the working directory.
     */
    static Choice choose(Path workingDirectory, Map<String, String> environment) {
        Path here = workingDirectory.toAbsolutePath().normalize();
        if (Files.isRegularFile(here.resolve(RepoSettings.FILE_NAME))) {
            return new Choice(Path.of("."), "it holds " + RepoSettings.FILE_NAME);
        }
        Path checkout = DefaultRepository.rootAround(here).orElse(here);
        String configured = environment.get(DefaultRepository.PATH_VARIABLE);
        String path = configured == null || configured.isBlank() ? DefaultRepository.DEFAULT_PATH : configured;
        Path folder = checkout.resolve(path).normalize();
        if (Files.isDirectory(folder)) {
            String why = configured == null || configured.isBlank()
                    ? "the folder serve tracks by default"
                    : "the folder " + DefaultRepository.PATH_VARIABLE + " names";
            return new Choice(relative(here, folder), why);
        }
        return new Choice(Path.of("."), "no " + RepoSettings.FILE_NAME + " here and no folder '" + path + "' in the checkout");
    }

    /** The folder given on the command line, else the default one, announced on standard error. */
    static Path orDefault(Path given, CommandSpec spec) {
        if (given != null) {
            return given;
        }
        CliContext context = CliContext.of(spec);
        Choice choice = choose(context.workingDirectory(), context.environment());
        spec.commandLine().getErr().println(notice(choice));
        spec.commandLine().getErr().flush();
        return context.workingDirectory().resolve(choice.folder());
    }

    /** The line that tells the user which folder was taken, for standard error. */
    static String notice(Choice choice) {
        return "pd-gitops: reading " + choice.folder() + " (" + choice.reason() + "); name a folder to read another";
    }

    private static Path relative(Path here, Path folder) {
        Path relative = here.relativize(folder);
        return relative.toString().isEmpty() ? Path.of(".") : relative;
    }
}
