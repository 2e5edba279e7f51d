package io.pdgitops.imports.sensu;

import io.pdgitops.imports.nagios.Glob;
import io.pdgitops.imports.nagios.ImportedService;
import io.pdgitops.imports.nagios.PolicyRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Maps the checks of a dump to PagerDuty services by the user's rule, with an Events API v2 integration each
 * (what {@code sensu-pagerduty-handler} sends to). The entities of a service are those whose subscriptions run
 * one of its checks. Pure.
 */
public final class SensuMapper {

    public static final String INTEGRATION_TYPE = "events_api_v2";

    private SensuMapper() {
    }

    public static SensuMapping map(List<SensuResource> resources, SensuMapBy rule, PolicyRules policies,
            List<String> excluded) {
        List<Glob> globs = excluded.stream().map(Glob::new).toList();
        List<SensuResource> entities = resources.stream().filter(r -> r.type().equals("Entity")).toList();
        Map<String, Set<String>> entitiesOf = new TreeMap<>();
        Map<String, Integer> checksOf = new TreeMap<>();
        Map<String, List<String>> routes = new LinkedHashMap<>();
        List<String> unmapped = new ArrayList<>();
        for (SensuResource check : resources) {
            if (!check.type().equals("CheckConfig")) {
                continue;
            }
            List<String> targets = targets(check, rule).stream()
                    .filter(target -> globs.stream().noneMatch(glob -> glob.matches(target))).distinct().toList();
            String key = check.namespace() + "/" + check.name();
            if (targets.isEmpty()) {
                unmapped.add(key);
                continue;
            }
            routes.put(key, targets);
            for (String target : targets) {
                checksOf.merge(target, 1, Integer::sum);
                // By subscription, a service's entities are those subscribed to it, not every runner of the check.
                Set<String> subscriptions = rule.kind() == SensuMapBy.Kind.SUBSCRIPTION ? Set.of(target)
                        : Set.copyOf(check.strings("subscriptions"));
                entitiesOf.computeIfAbsent(target, t -> new TreeSet<>())
                        .addAll(runners(check, subscriptions, entities));
            }
        }
        List<ImportedService> services = new ArrayList<>();
        checksOf.forEach((name, checks) -> {
            List<String> runners = List.copyOf(entitiesOf.get(name));
            String source = rule.describe() + " `" + name + "`";
            services.add(new ImportedService(name, "Sensu " + source + ": " + count(checks, "check") + " on "
                    + count(runners.size(), "entity", "entities"), source, policies.policyFor(name),
                    INTEGRATION_TYPE, Optional.empty(), runners, checks));
        });
        return new SensuMapping(services, routes, unmapped);
    }

    private static List<String> targets(SensuResource check, SensuMapBy rule) {
        return switch (rule.kind()) {
            case SUBSCRIPTION -> check.strings("subscriptions");
            case LABEL -> check.label(rule.label().orElseThrow()).stream().toList();
            case CHECK -> List.of(check.name());
        };
    }

    /** The entities of the check's namespace subscribed to one of the subscriptions, or its proxy entity. */
    private static List<String> runners(SensuResource check, Set<String> subscriptions,
            List<SensuResource> entities) {
        Object proxy = check.spec().get("proxy_entity_name");
        if (proxy instanceof String name && !name.isBlank()) {
            return List.of(name);
        }
        return entities.stream().filter(entity -> entity.namespace().equals(check.namespace()))
                .filter(entity -> entity.strings("subscriptions").stream().anyMatch(subscriptions::contains))
                .map(SensuResource::name).toList();
    }

    private static String count(int n, String noun) {
        return count(n, noun, noun + "s");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
