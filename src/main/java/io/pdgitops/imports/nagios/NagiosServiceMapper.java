package io.pdgitops.imports.nagios;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Maps a Nagios inventory to PagerDuty services by the user's rule. Each host (its host check) and each service
 * check is routed to the services its rule names: the host's groups (hostgroup), the check's groups
 * (servicegroup; host checks belong to none), the host itself (host), or the check's custom variable, falling
 * back to its host's (var). Pure: no I/O.
 */
public final class NagiosServiceMapper {

    /** Mutable while mapping: the hosts and checks routed to one service, and the first that asked for email. */
    private static final class Members {
        final Set<String> hosts = new TreeSet<>();
        int checks;
        NagiosLocation emailAt;
    }

    private final NagiosInventory inventory;
    private final MapBy mapBy;
    private final IntegrationChoice integrations;
    private final List<NagiosProblem> problems;
    private final Map<String, Members> byName = new TreeMap<>();
    private final List<Glob> excluded;

    private NagiosServiceMapper(NagiosInventory inventory, MapBy mapBy, IntegrationChoice integrations,
            List<NagiosProblem> problems, List<Glob> excluded) {
        this.excluded = excluded;
        this.inventory = inventory;
        this.mapBy = mapBy;
        this.integrations = integrations;
        this.problems = problems;
    }

    /**
     * @param excluded names (with {@code *}) that become no service, such as catch-all groups
     */
    public static ImportMapping map(NagiosInventory inventory, MapBy mapBy, PolicyRules policies,
            IntegrationChoice integrations, List<String> excluded) throws NagiosConfigException {
        List<NagiosProblem> problems = new ArrayList<>();
        NagiosServiceMapper mapper = new NagiosServiceMapper(inventory, mapBy, integrations, problems,
                excluded.stream().map(Glob::new).toList());
        List<String> unmappedHosts = new ArrayList<>();
        List<String> unmappedChecks = new ArrayList<>();
        List<AlertRoute> routes = new ArrayList<>();
        for (NagiosHost host : inventory.hosts().values()) {
            NagiosLocation email = mapper.wantsEmail(host.custom(), host.location());
            List<String> targets = mapper.route(mapper.hostTargets(host), host.name(), false, email);
            if (targets.isEmpty()) {
                unmappedHosts.add(host.name());
            } else {
                routes.add(new AlertRoute(host.name(), Optional.empty(), targets, host.notified()));
            }
        }
        for (NagiosService check : inventory.services()) {
            NagiosHost host = inventory.hosts().get(check.host());
            NagiosLocation email = mapper.wantsEmail(check.custom(), check.location());
            if (email == null) {
                email = mapper.wantsEmail(host.custom(), host.location());
            }
            List<String> targets = mapper.route(mapper.checkTargets(check, host), check.host(), true, email);
            if (targets.isEmpty()) {
                unmappedChecks.add(check.host() + "/" + check.description());
            } else {
                routes.add(new AlertRoute(check.host(), Optional.of(check.description()), targets,
                        check.notified().orElse(host.notified())));
            }
        }
        if (integrations.emailDomain().isEmpty()) {
            mapper.byName.values().stream().filter(members -> members.emailAt != null).findFirst()
                    .ifPresent(members -> problems.add(new NagiosProblem(members.emailAt, integrations.variable()
                            + " email asks for an email integration, whose address needs --email-domain "
                            + "<subdomain>.pagerduty.com")));
        }
        NagiosConfigException.throwIfAny(problems);
        List<ImportedService> services = new ArrayList<>();
        mapper.byName.forEach((name, members) -> services.add(mapper.service(name, members, policies)));
        return new ImportMapping(services, unmappedHosts, unmappedChecks, routes);
    }

    private List<String> hostTargets(NagiosHost host) {
        return switch (mapBy.kind()) {
            case HOSTGROUP -> host.hostgroups();
            case SERVICEGROUP -> List.of();
            case HOST -> List.of(host.name());
            case VARIABLE -> variable(host.variables()).stream().toList();
        };
    }

    private List<String> checkTargets(NagiosService check, NagiosHost host) {
        return switch (mapBy.kind()) {
            case HOSTGROUP -> host.hostgroups();
            case SERVICEGROUP -> check.servicegroups();
            case HOST -> List.of(host.name());
            case VARIABLE -> variable(check.variables()).or(() -> variable(host.variables())).stream().toList();
        };
    }

    private Optional<String> variable(Map<String, String> variables) {
        return Optional.ofNullable(variables.get(mapBy.variable().orElseThrow())).map(String::strip)
                .filter(value -> !value.isEmpty());
    }

    /** Where email was asked for (the line setting the variable, a template's when inherited), or null. */
    private NagiosLocation wantsEmail(CustomVariables custom, NagiosLocation object) {
        NagiosLocation at = custom.locationOf(integrations.variable(), object);
        return integrations.declared(custom.values(), at, problems).filter(IntegrationChoice.EMAIL::equals)
                .isPresent() ? at : null;
    }

    /**
     * @param emailAt where email was asked for, or null
     * @return the services the alert goes to; empty when no rule maps it
     */
    private List<String> route(List<String> candidates, String host, boolean check, NagiosLocation emailAt) {
        List<String> targets = candidates.stream()
                .filter(name -> excluded.stream().noneMatch(glob -> glob.matches(name))).toList();
        for (String target : targets) {
            Members members = byName.computeIfAbsent(target, name -> new Members());
            members.hosts.add(host);
            members.checks += check ? 1 : 0;
            if (members.emailAt == null) {
                members.emailAt = emailAt;
            }
        }
        return targets;
    }

    private ImportedService service(String name, Members members, PolicyRules policies) {
        boolean email = members.emailAt != null;
        Optional<String> address = email
                ? Optional.of(Slugs.of(name) + "@" + integrations.emailDomain().orElseThrow())
                : Optional.empty();
        String source = mapBy.label() + " `" + name + "`";
        String description = alias(name).map(alias -> alias + " (Nagios " + source + ")")
                .orElse("Nagios " + source) + ": " + count(members.hosts.size(), "host") + ", "
                + count(members.checks, "service check");
        return new ImportedService(name, description, source, policies.policyFor(name),
                email ? IntegrationChoice.EMAIL : IntegrationChoice.NAGIOS, address, List.copyOf(members.hosts),
                members.checks);
    }

    private Optional<String> alias(String name) {
        return switch (mapBy.kind()) {
            case HOSTGROUP -> inventory.hostgroups().get(name).alias();
            case SERVICEGROUP -> inventory.servicegroups().get(name).alias();
            case HOST -> inventory.hosts().get(name).alias();
            case VARIABLE -> Optional.empty();
        };
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
