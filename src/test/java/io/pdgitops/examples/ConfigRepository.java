package io.pdgitops.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** All object documents of a configuration repository directory, read with SnakeYAML Engine. */
record ConfigRepository(Path root, List<ConfigDocument> documents) {

    /** Files at the root that hold settings or seed data rather than objects. */
    static final Set<String> NOT_OBJECTS = Set.of("pd-gitops.yaml", "sandbox-seed.yaml");

    static ConfigRepository load(Path root) throws IOException {
        List<ConfigDocument> documents = new ArrayList<>();
        for (Path file : objectFiles(root)) {
            documents.addAll(parse(file));
        }
        return new ConfigRepository(root, List.copyOf(documents));
    }

    static List<Path> objectFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".yaml"))
                .filter(f -> !NOT_OBJECTS.contains(root.relativize(f).toString()))
                .sorted()
                .toList();
        }
    }

    @SuppressWarnings("unchecked")
    static List<ConfigDocument> parse(Path file) throws IOException {
        Load load = new Load(LoadSettings.builder().setLabel(file.toString()).build());
        List<ConfigDocument> documents = new ArrayList<>();
        int number = 0;
        for (Object document : load.loadAllFromString(Files.readString(file, StandardCharsets.UTF_8))) {
            number++;
            if (!(document instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(file + " document " + number + " is not a mapping");
            }
            documents.add(new ConfigDocument(file, number, (Map<String, Object>) map));
        }
        return documents;
    }

    List<ConfigDocument> ofKind(String kind) {
        return documents.stream().filter(d -> kind.equals(d.kind())).toList();
    }

    Set<String> names(String kind) {
        return Set.copyOf(ofKind(kind).stream().map(ConfigDocument::name).toList());
    }
}
