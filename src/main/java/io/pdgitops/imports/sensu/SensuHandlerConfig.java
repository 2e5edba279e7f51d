package io.pdgitops.imports.sensu;

import io.pdgitops.imports.nagios.Slugs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * The Sensu side of the wiring, as {@code sensu-pagerduty-handler} documents it ("pager teams"): one
 * {@code pagerduty} handler per namespace whose environment holds each service's integration key through a Sensu
 * {@code Secret} (env provider), and every routed check written back with the handler added and the annotation
 * {@code sensu.io/plugins/sensu-pagerduty-handler/config/team} naming its service's key. The keys themselves are
 * only in {@link #environment()}, meant for the Sensu backend's environment file: the resources hold none.
 *
 * @param resources YAML documents for {@code sensuctl create -f}
 * @param environment {@code NAME=key} lines for the backend's environment (a secret)
 * @param notes checks routed to several services, which the handler can page through one only
 */
public record SensuHandlerConfig(String resources, String environment, List<String> notes) {

    public static final String HANDLER = "pagerduty";
    static final String TEAM_ANNOTATION = "sensu.io/plugins/sensu-pagerduty-handler/config/team";
    /** The handler's default {@code --team-suffix}: a team's key is in the variable {@code <team>_pagerduty_token}. */
    static final String TEAM_SUFFIX = "_pagerduty_token";

    /**
     * @param keys the live Events API v2 integration key of each service, by service name
     */
    @SuppressWarnings("unchecked")
    public static SensuHandlerConfig render(List<SensuResource> resources, SensuMapping mapping,
            Map<String, String> keys) {
        List<Object> documents = new ArrayList<>();
        Map<String, Set<String>> servicesByNamespace = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        List<Object> checks = new ArrayList<>();
        for (SensuResource check : resources) {
            List<String> services = mapping.routes().getOrDefault(check.namespace() + "/" + check.name(), List.of())
                    .stream().filter(keys::containsKey).toList();
            if (!check.type().equals("CheckConfig") || services.isEmpty()) {
                continue;
            }
            if (services.size() > 1) {
                notes.add("check " + check.namespace() + "/" + check.name() + " belongs to " + services
                        + ": the handler pages one team per check, " + services.get(0));
            }
            servicesByNamespace.computeIfAbsent(check.namespace(), n -> new TreeSet<>()).add(services.get(0));
            Map<String, Object> copy = deepCopy(check.raw());
            Map<String, Object> metadata = (Map<String, Object>) copy.get("metadata");
            Map<String, Object> annotations = metadata.get("annotations") instanceof Map<?, ?> given
                    ? new LinkedHashMap<>((Map<String, Object>) given) : new LinkedHashMap<>();
            annotations.put(TEAM_ANNOTATION, team(services.get(0)));
            metadata.put("annotations", annotations);
            Map<String, Object> spec = (Map<String, Object>) copy.get("spec");
            Set<String> handlers = new LinkedHashSet<>(check.strings("handlers"));
            handlers.add(HANDLER);
            spec.put("handlers", List.copyOf(handlers));
            checks.add(copy);
        }
        StringBuilder environment = new StringBuilder();
        servicesByNamespace.forEach((namespace, services) -> {
            documents.add(handler(namespace, services));
            services.forEach(service -> documents.add(secret(namespace, service)));
        });
        new TreeSet<String>(servicesByNamespace.values().stream().flatMap(Set::stream).toList())
                .forEach(service -> environment.append(backendVariable(service)).append('=')
                        .append(keys.get(service)).append('\n'));
        documents.addAll(checks);
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setExplicitStart(true)
                .setWidth(120).build();
        StringBuilder yaml = new StringBuilder();
        Dump dump = new Dump(settings);
        documents.forEach(document -> yaml.append(dump.dumpToString(document)));
        return new SensuHandlerConfig(yaml.toString(), environment.toString(), notes);
    }

    /** The handler's team name for a service: letters, digits and underscores, as the handler sanitises it. */
    public static String team(String service) {
        return Slugs.of(service).replace('-', '_');
    }

    /** The variable of the Sensu backend's environment that holds a service's key. */
    public static String backendVariable(String service) {
        return "PAGERDUTY_" + team(service).toUpperCase(Locale.ROOT) + "_TOKEN";
    }

    private static Map<String, Object> handler(String namespace, Set<String> services) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("type", "pipe");
        spec.put("command", "sensu-pagerduty-handler --dedup-key-template "
                + "\"{{.Entity.Namespace}}-{{.Entity.Name}}-{{.Check.Name}}\"");
        spec.put("timeout", 10);
        spec.put("runtime_assets", List.of("sensu/sensu-pagerduty-handler"));
        spec.put("filters", List.of("is_incident"));
        spec.put("secrets", services.stream().map(service -> Map.of("name", team(service) + TEAM_SUFFIX,
                "secret", secretName(service))).toList());
        return resource("Handler", "core/v2", HANDLER, namespace, spec);
    }

    private static Map<String, Object> secret(String namespace, String service) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("provider", "env");
        spec.put("id", backendVariable(service));
        return resource("Secret", "secrets/v1", secretName(service), namespace, spec);
    }

    private static String secretName(String service) {
        return "pagerduty-" + Slugs.of(service);
    }

    private static Map<String, Object> resource(String type, String apiVersion, String name, String namespace,
            Map<String, Object> spec) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", name);
        metadata.put("namespace", namespace);
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("type", type);
        resource.put("api_version", apiVersion);
        resource.put("metadata", metadata);
        resource.put("spec", spec);
        return resource;
    }

    @SuppressWarnings("unchecked")
    private static <T> T deepCopy(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(key, deepCopy(item)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            return (T) new ArrayList<>(list.stream().map(SensuHandlerConfig::deepCopy).toList());
        }
        return value;
    }

    @Override
    public String toString() {
        return "SensuHandlerConfig[resources=" + resources.length() + " chars, environment=(redacted)]";
    }
}
