package io.pdgitops.cli;

import io.pdgitops.load.LoadResult;
import io.pdgitops.model.DesiredState;
import io.pdgitops.validate.Violation;
import io.pdgitops.validate.ViolationCode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The validation of an export's folder. Windows chosen on their own ({@code --kind MaintenanceWindow}) name services
 * the export does not write, on purpose: in a new folder those references dangle until the files join the repository
 * that declares the services. They are said once as what to do with the files, not reported as errors of the export.
 *
 * @param reported the problems to print; the export is valid when none is an error
 * @param servicesDeclaredElsewhere which services the windows expect to find in the repository they are copied to
 */
record ExportCheck(List<Violation> reported, Optional<String> servicesDeclaredElsewhere) {

    /**
     * @param chosenFiles the files an export of windows chosen on their own wrote; none otherwise. Windows of other
     *     files (a repository exported into with {@code --force}) keep their errors
     */
    static ExportCheck of(LoadResult loaded, Set<String> chosenFiles) {
        Set<String> windowFiles = loaded.state().maintenanceWindows().stream().map(window -> window.origin().file())
                .filter(chosenFiles::contains).collect(Collectors.toSet());
        List<Violation> elsewhere = loaded.violations().stream()
                .filter(violation -> violation.code() == ViolationCode.DANGLING_REFERENCE
                        && windowFiles.contains(violation.location().file()))
                .toList();
        List<Violation> reported = loaded.violations().stream().filter(violation -> !elsewhere.contains(violation))
                .toList();
        Set<String> declared = DesiredState.byName(loaded.state().services()).keySet();
        String services = loaded.state().maintenanceWindows().stream()
                .filter(window -> windowFiles.contains(window.origin().file()))
                .flatMap(window -> window.services().stream())
                .filter(service -> !declared.contains(service)).distinct().sorted()
                .map(service -> "`" + service + "`").collect(Collectors.joining(", "));
        return new ExportCheck(reported, elsewhere.isEmpty() ? Optional.empty() : Optional.of(
                "The maintenance windows name services this folder does not declare (" + services + "): copy"
                        + " them into the repository that declares those services, or export into it with --force."));
    }

    boolean valid() {
        return reported.stream().noneMatch(Violation::isError);
    }
}
