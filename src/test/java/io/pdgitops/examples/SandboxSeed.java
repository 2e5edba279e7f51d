package io.pdgitops.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The users and teams a sandbox-seed.yaml file creates. */
record SandboxSeed(Set<String> userEmails, Set<String> teamNames) {

    static SandboxSeed load(Path file) throws IOException {
        Load load = new Load(LoadSettings.builder().setLabel(file.toString()).build());
        Map<?, ?> seed = (Map<?, ?>) load.loadFromString(Files.readString(file, StandardCharsets.UTF_8));
        return new SandboxSeed(Set.copyOf(values(seed.get("users"), "email")), Set.copyOf(values(seed.get("teams"), "name")));
    }

    private static List<String> values(Object entries, String field) {
        return ((List<?>) entries).stream().map(e -> (String) ((Map<?, ?>) e).get(field)).toList();
    }
}
