package io.pdgitops.imports.nagios;

import io.pdgitops.model.DisplayText;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The text an import prints: what Nagios holds, what maps where, and what happens to each file. Names and paths
 * from the Nagios configuration are escaped ({@link DisplayText}): none can break a line or repaint the terminal.
 */
public final class ImportSummary {

    /** How many unmapped names are listed before "and N more". */
    private static final int LISTED = 10;

    private ImportSummary() {
    }

    public static String render(NagiosInventory inventory, MapBy mapBy, ImportMapping mapping,
            List<PolicyRules.Mapping> unusedPolicyMappings, List<FileAction> actions, boolean dryRun) {
        StringBuilder out = new StringBuilder();
        out.append("Nagios: ").append(inventory.hosts().size()).append(" hosts, ")
                .append(inventory.services().size()).append(" service checks, ")
                .append(inventory.hostgroups().size()).append(" host groups, ")
                .append(inventory.servicegroups().size()).append(" service groups\n");
        long email = mapping.services().stream()
                .filter(service -> service.integrationType().equals(IntegrationChoice.EMAIL)).count();
        out.append("Mapped by ").append(mapBy.label()).append(": ").append(mapping.services().size())
                .append(" PagerDuty services (").append(mapping.services().size() - email).append(" Nagios, ")
                .append(email).append(" email integrations)\n");
        unmapped(out, "hosts whose host alerts reach no service", mapping.unmappedHosts());
        unmapped(out, "service checks that reach no service", mapping.unmappedChecks());
        unusedPolicyMappings.forEach(unused -> out.append(DisplayText.escape("warning: " + unused.location()
                + ": `" + unused.pattern() + "` matches no imported service")).append('\n'));
        Map<FileAction.Kind, Integer> counts = new EnumMap<>(FileAction.Kind.class);
        for (FileAction action : actions) {
            counts.merge(action.kind(), 1, Integer::sum);
            String line = String.format("  %-9s %s", action.kind().label(), action.path())
                    + action.service().map(service -> "  " + service.name() + " <- " + service.source() + ", policy `"
                            + service.escalationPolicy() + "`, " + service.integrationType()).orElse("")
                    + " (" + action.detail() + ")";
            out.append(DisplayText.escape(line)).append('\n');
        }
        long writes = actions.stream().filter(action -> action.kind().writes()).count();
        out.append(dryRun ? "Dry run: " + writes + " files would be written, nothing was" : writes + " files written");
        counts.forEach((kind, count) -> out.append(", ").append(count).append(' ').append(kind.label()));
        return out.append('\n').toString();
    }

    private static void unmapped(StringBuilder out, String what, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        out.append("Not mapped: ").append(names.size()).append(' ').append(what).append(": ")
                .append(DisplayText.escape(String.join(", ", names.subList(0, Math.min(LISTED, names.size())))));
        if (names.size() > LISTED) {
            out.append(" and ").append(names.size() - LISTED).append(" more");
        }
        out.append('\n');
    }
}
