package io.pdgitops.plan;

import io.pdgitops.diff.LiveIntegration;
import io.pdgitops.diff.LiveObject;
import io.pdgitops.diff.LiveState;
import io.pdgitops.diff.LiveWindow;
import io.pdgitops.diff.UserDirectory;
import io.pdgitops.load.ConfigLoader;
import io.pdgitops.load.LoadResult;
import io.pdgitops.model.DeclaredObject;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.Integration;
import io.pdgitops.model.Service;
import io.pdgitops.model.WindowOccurrence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Reads a {@code live.yaml}: PagerDuty's state written as ordinary pd-gitops documents, each with an
 * {@code id} (and integrations with {@code id} and {@code integration_key}), plus one {@code kind: Users}
 * document mapping emails to names, and {@value #LIVE_WINDOW} documents for maintenance windows. The other
 * documents go through the real loader, so live objects are normalised exactly like desired ones.
 */
final class LiveStateFixture {

    /** A document of this kind is one PagerDuty maintenance window: {@code id, description, services, start, end}. */
    static final String LIVE_WINDOW = "LiveMaintenanceWindow";

    private LiveStateFixture() {
    }

    static LiveState read(Path liveYaml, Path scratch) throws IOException {
        Map<String, String> users = new LinkedHashMap<>();
        Map<String, List<String>> idsByKind = new HashMap<>();
        Map<String, List<Map<String, Object>>> integrationIdsByService = new HashMap<>();
        List<LiveWindow> windows = new ArrayList<>();
        int count = 0;
        Load load = new Load(LoadSettings.builder().build());
        Dump dump = new Dump(DumpSettings.builder().build());
        for (Object document : load.loadAllFromString(Files.readString(liveYaml))) {
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = new LinkedHashMap<>((Map<String, Object>) document);
            String kind = (String) fields.get("kind");
            if (kind.equals("Users")) {
                ((Map<?, ?>) fields.get("users")).forEach((email, name) -> users.put((String) email, (String) name));
                continue;
            }
            if (kind.equals(LIVE_WINDOW)) {
                windows.add(window(fields));
                continue;
            }
            idsByKind.computeIfAbsent(kind, k -> new ArrayList<>()).add((String) fields.remove("id"));
            if (fields.get("integrations") instanceof List<?> integrations) {
                List<Map<String, Object>> stripped = new ArrayList<>();
                List<Map<String, Object>> secrets = new ArrayList<>();
                for (Object item : integrations) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> integration = new LinkedHashMap<>((Map<String, Object>) item);
                    Map<String, Object> ids = new HashMap<>();
                    ids.put("id", integration.remove("id"));
                    ids.put("integration_key", integration.remove("integration_key"));
                    secrets.add(ids);
                    stripped.add(integration);
                }
                fields.put("integrations", stripped);
                integrationIdsByService.put(idsByKind.get(kind).get(idsByKind.get(kind).size() - 1), secrets);
            }
            Files.writeString(scratch.resolve(String.format("%04d.yaml", count++)), dump.dumpToString(fields));
        }
        LoadResult loaded = ConfigLoader.load(scratch);
        DesiredState state = loaded.state();
        if (state.objectCount() != count) {
            throw new IllegalStateException(liveYaml + ": only " + state.objectCount() + " of " + count
                    + " live documents loaded: " + loaded.violations());
        }
        Map<String, List<LiveIntegration>> integrations = new HashMap<>();
        List<LiveObject<Service>> services = paired(state.services(), idsByKind.get("Service"));
        for (LiveObject<Service> service : services) {
            List<Integration> declared = service.object().integrations().orElse(List.of());
            List<Map<String, Object>> ids = integrationIdsByService.getOrDefault(service.id(), List.of());
            List<LiveIntegration> live = new ArrayList<>();
            for (int i = 0; i < declared.size(); i++) {
                live.add(new LiveIntegration((String) ids.get(i).get("id"), declared.get(i),
                        Optional.ofNullable((String) ids.get(i).get("integration_key"))));
            }
            integrations.put(service.id(), live);
        }
        return new LiveState(
                paired(state.teams(), idsByKind.get("Team")),
                paired(state.schedules(), idsByKind.get("Schedule")),
                paired(state.escalationPolicies(), idsByKind.get("EscalationPolicy")),
                services,
                integrations,
                new UserDirectory(users),
                windows,
                List.of());
    }

    /**
     * A PagerDuty window, read as PagerDuty holds it rather than through the loader: the weeks of one rule share a
     * description, which documents may not.
     */
    private static LiveWindow window(Map<String, Object> fields) {
        @SuppressWarnings("unchecked")
        List<String> services = (List<String>) fields.get("services");
        return new LiveWindow((String) fields.get("id"), new WindowOccurrence((String) fields.get("description"),
                services, OffsetDateTime.parse((String) fields.get("start")).toInstant(),
                OffsetDateTime.parse((String) fields.get("end")).toInstant()));
    }

    private static <T extends DeclaredObject> List<LiveObject<T>> paired(List<T> objects, List<String> ids) {
        List<LiveObject<T>> paired = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            paired.add(new LiveObject<>(ids.get(i), objects.get(i)));
        }
        return paired;
    }
}
