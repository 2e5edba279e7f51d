package io.pdgitops.imports.nagios;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the inventory from resolved definitions: hosts, host groups (members from either side, nested groups),
 * services expanded to each host they apply to, service groups. Unknown names are problems at their line.
 */
public final class InventoryBuilder {

    private final List<NagiosProblem> problems;
    private final NameMatching matching;
    private final Map<String, Definition> hostDefinitions = new LinkedHashMap<>();
    private final Map<String, Definition> hostgroupDefinitions = new LinkedHashMap<>();
    private final Map<String, Set<String>> hostgroupMembers = new TreeMap<>();
    private final Map<String, Set<String>> servicegroupsOf = new LinkedHashMap<>();
    private final Set<Definition> reportedServices = new HashSet<>();

    private InventoryBuilder(List<NagiosProblem> problems, NameMatching matching) {
        this.problems = problems;
        this.matching = matching;
    }

    public static NagiosInventory build(List<Definition> objects, List<NagiosProblem> problems) {
        return build(objects, problems, NameMatching.LITERAL);
    }

    static NagiosInventory build(List<Definition> objects, List<NagiosProblem> problems, NameMatching matching) {
        return new InventoryBuilder(problems, matching).inventory(objects);
    }

    private NagiosInventory inventory(List<Definition> objects) {
        index(objects, "host", "host_name", hostDefinitions);
        index(objects, "hostgroup", "hostgroup_name", hostgroupDefinitions);
        Map<String, Definition> servicegroupDefinitions = new LinkedHashMap<>();
        index(objects, "servicegroup", "servicegroup_name", servicegroupDefinitions);
        hostgroupDefinitions.keySet().forEach(name -> hostgroupMembers.put(name, new TreeSet<>()));
        hostgroupDefinitions.forEach(this::directMembers);
        hostDefinitions.forEach(this::ownHostgroups);
        nestedHostgroups();

        List<NagiosService> services = new ArrayList<>();
        Map<String, Definition> servicesByKey = new LinkedHashMap<>();
        for (Definition definition : objects) {
            if (definition.type().equals("service")) {
                expandService(definition, servicesByKey);
            }
        }
        servicegroupDefinitions.forEach((name, definition) -> servicegroupMembers(name, definition, servicesByKey));
        servicesByKey.forEach((key, definition) -> services.add(service(key, definition, servicegroupDefinitions)));

        Map<String, NagiosHost> hosts = new TreeMap<>();
        hostDefinitions.forEach((name, definition) -> hosts.put(name, new NagiosHost(name, definition.value("alias"),
                groupsOf(name), CustomVariables.of(definition), Notify.of(definition), definition.location())));
        Map<String, NagiosLocation> notifiers = new TreeMap<>();
        for (Definition definition : objects) {
            if (NagiosInventory.NOTIFIER_TYPES.contains(definition.type())) {
                definition.value(definition.type() + "_name").ifPresent(name ->
                        notifiers.putIfAbsent(definition.type() + " " + name, definition.location()));
            }
        }
        return new NagiosInventory(hosts, services, groups(hostgroupDefinitions, "alias"),
                groups(servicegroupDefinitions, "alias"), notifiers, PeopleBuilder.build(objects, problems));
    }

    private void index(List<Definition> objects, String type, String nameAttribute, Map<String, Definition> into) {
        for (Definition definition : objects) {
            if (!definition.type().equals(type)) {
                continue;
            }
            String name = definition.value(nameAttribute).orElse(null);
            if (name == null) {
                problems.add(new NagiosProblem(definition.location(), "define " + type + " has no " + nameAttribute
                        + " (a template needs `register 0`)"));
                continue;
            }
            Definition earlier = into.putIfAbsent(name, definition);
            if (earlier != null) {
                problems.add(new NagiosProblem(definition.locationOf(nameAttribute), type + " `" + name
                        + "` is defined twice (first at " + earlier.location() + ")"));
            }
        }
    }

    private void directMembers(String group, Definition definition) {
        definition.value("members").ifPresent(value -> {
            NameList members = NameList.parse(value, hostDefinitions.keySet(), "host", definition.locationOf("members"),
                    problems, matching);
            Set<String> hosts = hostgroupMembers.get(group);
            hosts.addAll(members.included());
            hosts.removeAll(members.excluded());
        });
    }

    private void ownHostgroups(String host, Definition definition) {
        definition.value("hostgroups").ifPresent(value -> NameList.parse(value, hostgroupDefinitions.keySet(),
                "hostgroup", definition.locationOf("hostgroups"), problems)
                .included().forEach(group -> hostgroupMembers.get(group).add(host)));
    }

    /** {@code hostgroup_members}: a group also holds the hosts of the groups it names, at any depth. */
    private void nestedHostgroups() {
        Map<String, Set<String>> expanded = new TreeMap<>();
        hostgroupDefinitions.keySet().forEach(group -> expanded.put(group,
                nestedMembers(group, new LinkedHashSet<>())));
        hostgroupMembers.putAll(expanded);
    }

    private Set<String> nestedMembers(String group, Set<String> visiting) {
        Set<String> hosts = new TreeSet<>(hostgroupMembers.get(group));
        if (!visiting.add(group)) {
            return hosts;
        }
        Definition definition = hostgroupDefinitions.get(group);
        definition.value("hostgroup_members").ifPresent(value -> NameList.parse(value, hostgroupDefinitions.keySet(),
                "hostgroup", definition.locationOf("hostgroup_members"), problems)
                .included().forEach(nested -> hosts.addAll(nestedMembers(nested, visiting))));
        visiting.remove(group);
        return hosts;
    }

    private void expandService(Definition definition, Map<String, Definition> servicesByKey) {
        String description = definition.value("service_description").orElse(null);
        if (description == null) {
            problems.add(new NagiosProblem(definition.location(),
                    "define service has no service_description (a template needs `register 0`)"));
            return;
        }
        Set<String> hosts = new TreeSet<>();
        Set<String> excluded = new TreeSet<>();
        definition.value("host_name").ifPresent(value -> {
            NameList names = NameList.parse(value, hostDefinitions.keySet(), "host", definition.locationOf("host_name"),
                    problems, matching);
            hosts.addAll(names.included());
            excluded.addAll(names.excluded());
        });
        definition.value("hostgroup_name").ifPresent(value -> {
            NameList groups = NameList.parse(value, hostgroupDefinitions.keySet(), "hostgroup",
                    definition.locationOf("hostgroup_name"), problems, matching);
            groups.included().forEach(group -> hosts.addAll(hostgroupMembers.get(group)));
            groups.excluded().forEach(group -> excluded.addAll(hostgroupMembers.get(group)));
        });
        hosts.removeAll(excluded);
        for (String host : hosts) {
            Definition earlier = servicesByKey.putIfAbsent(serviceKey(host, description), definition);
            if (earlier != null) {
                problems.add(new NagiosProblem(definition.locationOf("service_description"), "service `"
                        + description + "` on host `" + host + "` is defined twice (first at " + earlier.location()
                        + ")"));
            }
        }
    }

    private void servicegroupMembers(String group, Definition definition, Map<String, Definition> servicesByKey) {
        definition.value("members").ifPresent(value -> {
            List<String> items = ValueText.list(value);
            NagiosLocation at = definition.locationOf("members");
            if (items.size() % 2 != 0) {
                problems.add(new NagiosProblem(at, "servicegroup members must be host,service pairs; `"
                        + items.get(items.size() - 1) + "` has no service"));
            }
            for (int i = 0; i + 1 < items.size(); i += 2) {
                String key = serviceKey(items.get(i), items.get(i + 1));
                if (servicesByKey.containsKey(key)) {
                    servicegroupsOf.computeIfAbsent(key, k -> new TreeSet<>()).add(group);
                } else {
                    problems.add(new NagiosProblem(at, "unknown service `" + items.get(i + 1) + "` on host `"
                            + items.get(i) + "`"));
                }
            }
        });
    }

    private NagiosService service(String key, Definition definition, Map<String, Definition> servicegroups) {
        String host = key.substring(0, key.indexOf('\u0000'));
        Set<String> groups = new TreeSet<>(servicegroupsOf.getOrDefault(key, Set.of()));
        definition.value("servicegroups").ifPresent(value -> groups.addAll(NameList.parse(value,
                servicegroups.keySet(), "servicegroup", definition.locationOf("servicegroups"),
                problemsOncePer(definition)).included()));
        return new NagiosService(host, definition.value("service_description").orElseThrow(), List.copyOf(groups),
                CustomVariables.of(definition), Notify.of(definition), definition.location());
    }

    /** A define service on many hosts is expanded many times; its unknown names are reported once. */
    private List<NagiosProblem> problemsOncePer(Definition definition) {
        return reportedServices.add(definition) ? problems : new ArrayList<>();
    }

    private List<String> groupsOf(String host) {
        List<String> groups = new ArrayList<>();
        hostgroupMembers.forEach((group, hosts) -> {
            if (hosts.contains(host)) {
                groups.add(group);
            }
        });
        return groups;
    }

    private static Map<String, NagiosGroup> groups(Map<String, Definition> definitions, String aliasAttribute) {
        Map<String, NagiosGroup> groups = new TreeMap<>();
        definitions.forEach((name, definition) -> groups.put(name, new NagiosGroup(name,
                definition.value(aliasAttribute), definition.location())));
        return groups;
    }

    private static String serviceKey(String host, String description) {
        return host + "\u0000" + description;
    }
}
