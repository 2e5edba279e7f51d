package io.pdgitops.plan;

import io.pdgitops.diff.Diff;
import io.pdgitops.diff.DiffOptions;
import io.pdgitops.diff.LiveState;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.load.ConfigLoader;
import io.pdgitops.load.LoadResult;
import io.pdgitops.model.ObjectKey;
import io.pdgitops.model.ObjectKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * One folder under {@code src/test/resources/plan}: {@code desired/} (a repository), {@code live.yaml}
 * ({@link LiveStateFixture}), optional {@code inventory.yaml} (a list of {@code {kind, name, service}})
 * and {@code options.yaml} ({@code now}, {@code prune}, {@code max_deletions}, {@code force}; defaults
 * come from the repository's {@code pd-gitops.yaml}).
 */
record GoldenPlanCase(Path folder) {

    static final Instant DEFAULT_NOW = Instant.parse("2026-11-20T00:00:00Z");

    Plan plan(Path scratch) throws IOException {
        return plan(scratch, Set.of());
    }

    /** The plan when {@code unreadFiles} are present in the tree but could not be read. */
    Plan plan(Path scratch, Set<String> unreadFiles) throws IOException {
        LoadResult desired = ConfigLoader.load(folder.resolve("desired"));
        if (!desired.isValid()) {
            throw new IllegalStateException(folder + ": desired/ is invalid: " + desired.violations());
        }
        Path liveFile = folder.resolve("live.yaml");
        LiveState live = Files.exists(liveFile) ? LiveStateFixture.read(liveFile, scratch) : LiveState.empty();
        Map<String, Object> options = yamlMap(folder.resolve("options.yaml"));
        Instant now = options.containsKey("now") ? Instant.parse((String) options.get("now")) : DEFAULT_NOW;
        PlanOptions defaults = PlanOptions.from(desired.state().settings().sync(), false);
        PlanOptions planOptions = new PlanOptions(
                (Boolean) options.getOrDefault("prune", defaults.prune()),
                (Integer) options.getOrDefault("max_deletions", defaults.maxDeletions()),
                (Boolean) options.getOrDefault("force", false));
        Diff diff = Diff.between(desired.state(), live, new DiffOptions(now));
        return Planner.plan(diff, inventory(), planOptions, unreadFiles);
    }

    private Inventory inventory() throws IOException {
        Path file = folder.resolve("inventory.yaml");
        if (!Files.exists(file)) {
            return Inventory.none();
        }
        List<ResourceKey> keys = new ArrayList<>();
        Map<ResourceKey, String> files = new HashMap<>();
        Object items = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
        for (Object item : items == null ? List.of() : (List<?>) items) {
            Map<?, ?> entry = (Map<?, ?>) item;
            String kind = (String) entry.get("kind");
            String name = (String) entry.get("name");
            ResourceKey key = switch (kind) {
                case "Integration" -> ResourceKey.integration((String) entry.get("service"), name);
                case "MaintenanceWindow" -> ResourceKey.window(name);
                default -> ResourceKey.of(new ObjectKey(ObjectKind.fromYamlName(kind).orElseThrow(), name));
            };
            keys.add(key);
            // The declaring file is optional, as in a list recorded before files were kept.
            if (entry.get("file") instanceof String declaringFile) {
                files.put(key, declaringFile);
            }
        }
        return Inventory.withFiles(keys, files);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yamlMap(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Map.of();
        }
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
    }
}
