package io.pdgitops.cli;

import io.pdgitops.model.DisplayText;
import io.pdgitops.imports.nagios.FileAction;
import io.pdgitops.imports.nagios.ImportPlanner;
import io.pdgitops.imports.nagios.ImportedPolicy;
import io.pdgitops.imports.nagios.ImportedService;
import io.pdgitops.imports.nagios.NagiosConfigException;
import io.pdgitops.imports.nagios.NagiosProblem;
import io.pdgitops.imports.nagios.PolicyRules;
import io.pdgitops.load.LoadResult;
import io.pdgitops.load.RepoFiles;
import io.pdgitops.model.DeclaredObject;
import io.pdgitops.write.EditorSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/**
 * Where and how an importer writes its services into the repository, shared by {@code import nagios} and
 * {@code import sensu}: the repository, the escalation policies, the folder, the monitoring server's name, and
 * the merge rules of {@link ImportPlanner}.
 */
final class ImportWriteOptions {

    @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".",
            description = "The configuration repository to write into. Default: ${DEFAULT-VALUE}.")
    Path repo;

    @Option(names = "--policy", paramLabel = "NAME",
            description = "Escalation policy of every service no --policy-map line matches; declared in the repo.")
    String policy;

    @Option(names = "--policy-map", paramLabel = "FILE",
            description = "Lines `PATTERN = Escalation Policy` (`*` matches any text), first match wins.")
    Path policyMap;

    @Option(names = "--into", paramLabel = "FOLDER",
            description = "Folder of the repository for new files. Default: the tool's name.")
    String into;

    @Option(names = "--source", paramLabel = "NAME",
            description = "Name of this monitoring server, recorded in the files it generates, so that several "
                    + "servers import into one repository without calling each other's files stale. Default: the "
                    + "--into folder's name.")
    String source;

    @Option(names = "--force", description = "Overwrite generated files that were edited by hand since.")
    boolean force;

    @Option(names = "--dry-run", description = "Print what would be written; write nothing.")
    boolean dryRun;

    /** The folder, checked to be inside the repository. */
    String folder(String tool) {
        String value = into == null ? tool : into;
        if (value.contains("..") || Path.of(value).isAbsolute()) {
            throw new IllegalArgumentException("--into " + value + ": a folder inside the repository, without ..");
        }
        return value.replace('\\', '/').replaceAll("^/+|/+$", "");
    }

    PolicyRules policies() throws IOException, NagiosConfigException {
        if (policy == null) {
            throw new IllegalArgumentException("--policy NAME is required: the escalation policy of the services");
        }
        return readMap(policyMap, "--policy-map", policy);
    }

    /** A {@code PATTERN = NAME} map file, or only the default when none is given; malformed lines are problems. */
    static PolicyRules readMap(Path file, String option, String defaultName) throws IOException,
            NagiosConfigException {
        if (file == null) {
            return PolicyRules.defaultOnly(defaultName);
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(option + ": no such file: " + file);
        }
        List<NagiosProblem> problems = new ArrayList<>();
        PolicyRules rules = PolicyRules.parse(defaultName, file.toString(), Files.readString(file,
                StandardCharsets.UTF_8), problems);
        if (!problems.isEmpty()) {
            throw new NagiosConfigException(problems);
        }
        return rules;
    }

    /** False, with the reasons printed, when a policy is not declared in the repository. */
    boolean declared(PolicyRules policies, LoadResult loaded, PrintWriter err) {
        Set<String> declared = loaded.state().escalationPolicies().stream().map(DeclaredObject::name)
                .collect(Collectors.toSet());
        List<String> undeclared = policies.undeclared(declared);
        undeclared.forEach(problem -> err.println("pd-gitops: " + DisplayText.escape(problem)));
        return undeclared.isEmpty();
    }

    /**
     * Plans the files, refuses a folder the repository does not read, writes (unless a dry run), prints the
     * summary and checks the repository again.
     *
     * @param summary what to print, given the file actions
     */
    int write(List<ImportedService> services, String tool, LoadResult loaded, PrintWriter out, PrintWriter err,
            Function<List<FileAction>, String> summary) throws IOException {
        return write(services, List.of(), tool, loaded, out, err, summary);
    }

    /** @param policies the escalation policies (and teams) the import derived, written beside the services */
    int write(List<ImportedService> services, List<ImportedPolicy> policies, String tool, LoadResult loaded,
            PrintWriter out, PrintWriter err, Function<List<FileAction>, String> summary) throws IOException {
        String folder = folder(tool);
        String server = source != null ? source : folder.isEmpty() ? tool : Path.of(folder).getFileName().toString();
        List<FileAction> actions = ImportPlanner.plan(services, policies, folder, tool, server,
                RepositoryFiles.read(repo, loaded.state()), force);
        List<String> unread = actions.stream().filter(action -> action.kind().writes()).map(FileAction::path)
                .filter(path -> !RepoFiles.isIncluded(path, loaded.state().settings().include(),
                        loaded.state().settings().exclude()))
                .toList();
        if (!unread.isEmpty()) {
            err.println("pd-gitops: pd-gitops.yaml's include/exclude would not read " + DisplayText.escape(unread.get(0))
                    + (unread.size() > 1 ? " and " + (unread.size() - 1) + " more" : "")
                    + ": choose a folder it reads with --into, or add the folder to include; nothing was written");
            return ExitCodes.INVALID;
        }
        if (!dryRun) {
            for (FileAction action : actions) {
                if (action.kind().writes()) {
                    Path file = repo.resolve(action.path());
                    Files.createDirectories(file.toAbsolutePath().getParent());
                    Files.writeString(file, action.content().orElseThrow(), StandardCharsets.UTF_8);
                }
            }
        }
        out.print(summary.apply(actions));
        out.flush();
        if (!dryRun) {
            mapSchemaOnto(folder, err);
        }
        return dryRun ? ExitCodes.OK : NagiosRepository.checkWritten(repo, out);
    }

    /** Lets editors check every document of the imported files: the folder joins the schema mapping, if there is one. */
    private void mapSchemaOnto(String folder, PrintWriter err) throws IOException {
        Path settings = repo.resolve(EditorSettings.VSCODE_FILE);
        if (!Files.isRegularFile(settings)) {
            err.println("pd-gitops: no " + EditorSettings.VSCODE_FILE + " maps the JSON Schemas onto this repository; "
                    + "docs/editors.md says how to add one for completion in every document");
            return;
        }
        EditorSettings.Merged merged = EditorSettings.withFolder(Files.readString(settings), folder);
        switch (merged.merge()) {
            case ADDED -> {
                Files.writeString(settings, merged.text(), StandardCharsets.UTF_8);
                err.println("pd-gitops: " + EditorSettings.VSCODE_FILE + " now maps the schema onto " + folder + "/");
            }
            case COVERED -> { }
            case NO_MAPPING, UNREADABLE -> err.println("pd-gitops: " + EditorSettings.VSCODE_FILE
                    + " was left as it is (" + (merged.merge() == EditorSettings.Merge.UNREADABLE ? "not a JSON object"
                    : "no yaml.schemas mapping of pd-gitops.schema.json") + "); docs/editors.md says how to map "
                    + folder + "/");
        }
    }

    Optional<LoadResult> load(PrintWriter out) {
        return NagiosRepository.loadValid(repo, out);
    }
}
