package io.pdgitops.cli;

import io.pdgitops.imports.nagios.GeneratedFile;
import io.pdgitops.imports.nagios.ImportPlanner;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.Service;
import io.pdgitops.model.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** What the importer needs to know of a repository: its files, those the importer wrote, and its services. */
final class RepositoryFiles {

    private RepositoryFiles() {
    }

    static ImportPlanner.Repository read(Path root, DesiredState desired) throws IOException {
        Set<String> paths = new TreeSet<>();
        Map<String, String> generated = new TreeMap<>();
        for (Path file : yamlFiles(root)) {
            String path = relative(root, file);
            paths.add(path);
            String content = Files.readString(file, StandardCharsets.UTF_8);
            if (GeneratedFile.isGenerated(content)) {
                generated.put(path, content);
            }
        }
        Map<String, SourceLocation> declared = new LinkedHashMap<>();
        for (Service service : desired.services()) {
            declared.putIfAbsent(service.name(), service.origin().location());
        }
        Map<String, SourceLocation> people = new LinkedHashMap<>();
        desired.escalationPolicies().forEach(policy -> people.putIfAbsent(policy.name(), policy.origin().location()));
        desired.teams().forEach(team -> people.putIfAbsent(team.name(), team.origin().location()));
        return new ImportPlanner.Repository(generated, paths, declared, people);
    }

    /** Every YAML file outside hidden folders, as the loader sees the repository. */
    private static List<Path> yamlFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !hidden(root.relativize(file)))
                    .filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
                    .sorted().toList();
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
