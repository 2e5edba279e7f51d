package io.pdgitops.cli;

import io.pdgitops.imports.nagios.FileAction;
import io.pdgitops.imports.nagios.ImportMapping;
import io.pdgitops.imports.nagios.ImportPlanner;
import io.pdgitops.imports.nagios.ImportedService;
import io.pdgitops.imports.nagios.ImportSummary;
import io.pdgitops.imports.nagios.MapBy;
import io.pdgitops.imports.nagios.NagiosConfigException;
import io.pdgitops.imports.nagios.NagiosInventory;
import io.pdgitops.imports.nagios.NagiosProblem;
import io.pdgitops.imports.nagios.PolicyRules;
import io.pdgitops.load.LoadResult;
import io.pdgitops.load.RepoFiles;
import io.pdgitops.model.DeclaredObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code import nagios}: declares one PagerDuty service per host group (or other rule) of a Nagios configuration. */
@Command(name = "nagios", mixinStandardHelpOptions = true,
        description = "Write PagerDuty services for a Nagios/Icinga 1.x configuration into the repository.",
        subcommands = {NagiosContactsCommand.class})
final class NagiosImportCommand implements Callable<Integer> {



    @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".",
            description = "The configuration repository to write into. Default: ${DEFAULT-VALUE}.")
    Path repo;


    @Option(names = "--policy", paramLabel = "NAME",
            description = "Escalation policy of every service no --policy-map line matches; declared in the repo.")
    String policy;

    @Option(names = "--policy-map", paramLabel = "FILE",
            description = "Lines `PATTERN = Escalation Policy` (`*` matches any text), first match wins.")
    Path policyMap;




    @Option(names = "--into", paramLabel = "FOLDER", defaultValue = "nagios",
            description = "Folder of the repository for new files. Default: ${DEFAULT-VALUE}.")
    String into;

    @Option(names = "--source", paramLabel = "NAME",
            description = "Name of this Nagios server, recorded in the files it generates, so that several servers "
                    + "import into one repository without calling each other's files stale. Default: the --into "
                    + "folder's name.")
    String source;

    @Option(names = "--force", description = "Overwrite generated files that were edited by hand since.")
    boolean force;

    @Option(names = "--dry-run", description = "Print what would be written; write nothing.")
    boolean dryRun;

    @Mixin
    NagiosSourceOptions nagios;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!nagios.hasConfig() || policy == null) {
            throw new IllegalArgumentException("import nagios needs --config NAGIOS_CFG and --policy NAME");
        }
        if (into.contains("..") || Path.of(into).isAbsolute()) {
            throw new IllegalArgumentException("--into " + into + ": a folder inside the repository, without ..");
        }
        Optional<LoadResult> loaded = NagiosRepository.loadValid(repo, out);
        if (loaded.isEmpty()) {
            return ExitCodes.INVALID;
        }
        try {
            NagiosInventory inventory = nagios.inventory();
            PolicyRules policies = policies();
            Set<String> declaredPolicies = loaded.get().state().escalationPolicies().stream()
                    .map(DeclaredObject::name).collect(Collectors.toSet());
            List<String> undeclared = policies.undeclared(declaredPolicies);
            if (!undeclared.isEmpty()) {
                undeclared.forEach(problem -> err.println("pd-gitops: " + problem));
                return ExitCodes.INVALID;
            }
            MapBy rule = nagios.rule();
            ImportMapping mapping = nagios.map(inventory, policies);
            ImportPlanner.Repository repository = RepositoryFiles.read(repo, loaded.get().state());
            String folder = into.replace('\\', '/').replaceAll("^/+|/+$", "");
            List<FileAction> actions = ImportPlanner.plan(mapping.services(), folder,
                    source != null ? source : folder.isEmpty() ? "nagios" : Path.of(folder).getFileName().toString(),
                    repository, force);
            List<String> unread = actions.stream().filter(action -> action.kind().writes()).map(FileAction::path)
                    .filter(path -> !RepoFiles.isIncluded(path, loaded.get().state().settings().include(),
                            loaded.get().state().settings().exclude()))
                    .toList();
            if (!unread.isEmpty()) {
                err.println("pd-gitops: pd-gitops.yaml's include/exclude would not read " + unread.get(0)
                        + (unread.size() > 1 ? " and " + (unread.size() - 1) + " more" : "")
                        + ": choose a folder it reads with --into, or add the folder to include; nothing was written");
                return ExitCodes.INVALID;
            }
            if (!dryRun) {
                write(actions);
            }
            out.print(ImportSummary.render(inventory, rule, mapping,
                    policies.unused(mapping.services().stream().map(ImportedService::name).toList()),
                    actions, dryRun));
            out.flush();
            return dryRun ? ExitCodes.OK : NagiosRepository.checkWritten(repo, out);
        } catch (NagiosConfigException e) {
            e.problems().forEach(problem -> err.println(problem));
            err.println("pd-gitops: the Nagios configuration has " + e.problems().size() + " problem"
                    + (e.problems().size() == 1 ? "" : "s") + "; nothing was written");
            return ExitCodes.INVALID;
        }
    }

    private PolicyRules policies() throws IOException, NagiosConfigException {
        if (policyMap == null) {
            return PolicyRules.defaultOnly(policy);
        }
        if (!Files.isRegularFile(policyMap)) {
            throw new IllegalArgumentException("--policy-map: no such file: " + policyMap);
        }
        List<NagiosProblem> problems = new ArrayList<>();
        PolicyRules rules = PolicyRules.parse(policy, policyMap.toString(),
                Files.readString(policyMap, StandardCharsets.UTF_8), problems);
        if (!problems.isEmpty()) {
            throw new NagiosConfigException(problems);
        }
        return rules;
    }

    private void write(List<FileAction> actions) throws IOException {
        for (FileAction action : actions) {
            if (action.kind().writes()) {
                Path file = repo.resolve(action.path());
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, action.content().orElseThrow(), StandardCharsets.UTF_8);
            }
        }
    }
}
