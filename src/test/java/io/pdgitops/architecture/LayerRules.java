package io.pdgitops.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The rules of {@code docs/architecture.md} applied to a set of source files. Each finding names the class, what it
 * uses and the rule, so a failing build says what to move without a debugger.
 */
final class LayerRules {

    private LayerRules() {
    }

    /** Every package sits in a layer, so a new one cannot slip past the rules below. */
    static List<String> unplacedPackages(List<SourceFile> files) {
        return files.stream()
                .filter(file -> !Layers.isPlaced(file.packageName()))
                .map(file -> file.className() + " is in package " + file.packageName()
                        + ", which no layer in Layers holds; place it as core, adapter or edge")
                .distinct()
                .toList();
    }

    /** The core uses no adapter, no edge, no framework, no clock and no file system. */
    static List<String> coreFindings(List<SourceFile> files) {
        List<String> findings = new ArrayList<>();
        for (SourceFile file : files) {
            if (!Layers.isCore(file.packageName())) {
                continue;
            }
            for (String reference : file.references()) {
                String used = SourceFile.packageOf(reference);
                if (Layers.isAdapter(used) || Layers.isEdge(used)) {
                    findings.add(finding(file, reference, "the core must not use an adapter or the edge"));
                }
                if (startsWithAny(reference, Layers.FRAMEWORKS)) {
                    findings.add(finding(file, reference, "the core must not use a framework or an I/O library"));
                }
                if (startsWithAny(reference, Layers.FILE_SYSTEM)) {
                    findings.add(finding(file, reference, "the core must not touch the file system"));
                }
            }
            for (String call : Layers.CLOCK_CALLS) {
                if (file.code().contains(call)) {
                    findings.add(file.className() + " calls " + call + ") (the core is handed the time, it never reads the clock)");
                }
            }
        }
        return findings;
    }

    /** Adapters are used by the edge, never the other way round. */
    static List<String> adapterFindings(List<SourceFile> files) {
        return uses(files, Layers::isAdapter, Layers::isEdge, "adapters must not use the service, the API or the CLI");
    }

    /** The PagerDuty client talks to whatever URL it is given and knows nothing of the sandbox that imitates it. */
    static List<String> clientFindings(List<SourceFile> files) {
        return uses(files, inTopLevel(Layers.CLIENT), inTopLevel(Layers.SANDBOX),
                "the PagerDuty client must not use the sandbox");
    }

    private static Predicate<String> inTopLevel(String name) {
        return packageName -> Layers.topLevel(packageName).filter(name::equals).isPresent();
    }

    /** Every use, by a class in a {@code from} package, of a type in a {@code to} package. */
    private static List<String> uses(List<SourceFile> files, Predicate<String> from, Predicate<String> to, String rule) {
        List<String> findings = new ArrayList<>();
        for (SourceFile file : files) {
            if (from.test(file.packageName())) {
                for (String reference : file.references()) {
                    if (to.test(SourceFile.packageOf(reference))) {
                        findings.add(finding(file, reference, rule));
                    }
                }
            }
        }
        return findings;
    }

    private static String finding(SourceFile file, String reference, String rule) {
        return file.className() + " imports " + reference + " (" + rule + ")";
    }

    // A prefix names a package or a type; "java.io.File" also stands for FileInputStream, FileReader and the rest.
    private static boolean startsWithAny(String reference, List<String> prefixes) {
        return prefixes.stream().anyMatch(prefix -> reference.equals(prefix) || reference.startsWith(prefix + ".")
                || prefix.equals("java.io.File") && reference.startsWith(prefix));
    }
}
