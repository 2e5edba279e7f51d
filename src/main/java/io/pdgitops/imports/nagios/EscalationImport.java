package io.pdgitops.imports.nagios;

import io.pdgitops.model.SupportHours;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Derives escalation from whom and when Nagios notifies. Each contact group that an imported service's alerts
 * notify becomes an escalation policy (and a team) paging its contacts by email; a service pages the policy of the
 * contact group most of its alerts notify. A notification period that expresses business hours becomes the
 * service's support hours (high urgency inside, low outside). What PagerDuty cannot hold is reported at its line and
 * left out, never guessed. Pure: no I/O.
 */
public final class EscalationImport {

    private final NagiosInventory inventory;
    private final PolicyRules naming;
    private final Optional<ZoneId> zone;
    private final Set<NagiosProblem> notes = new LinkedHashSet<>();
    private final List<NagiosProblem> problems = new ArrayList<>();
    private final Map<String, ImportedPolicy> policies = new TreeMap<>();

    private EscalationImport(NagiosInventory inventory, PolicyRules naming, Optional<ZoneId> zone) {
        this.inventory = inventory;
        this.naming = naming;
        this.zone = zone;
    }

    /**
     * @param naming {@code CONTACTGROUP = Escalation Policy Name} lines; a group no line matches is named by its
     *     alias, else its name
     * @param mapping the services with the policy {@code --policy}/{@code --policy-map} gives them, kept by a service
     *     none of whose alerts notifies a usable contact group; a blank policy there makes such a service a problem
     * @param zone the Nagios server's time zone, needed as soon as a period expresses business hours
     */
    public static PeopleImport derive(NagiosInventory inventory, ImportMapping mapping, PolicyRules naming,
            Optional<ZoneId> zone) throws NagiosConfigException {
        EscalationImport derivation = new EscalationImport(inventory, naming, zone);
        Map<String, List<AlertRoute>> routes = new LinkedHashMap<>();
        for (AlertRoute route : mapping.routes()) {
            route.services().forEach(service -> routes.computeIfAbsent(service, s -> new ArrayList<>()).add(route));
        }
        List<ImportedService> services = new ArrayList<>();
        for (ImportedService service : mapping.services()) {
            List<AlertRoute> its = routes.getOrDefault(service.name(), List.of());
            String policy = derivation.policy(service, its).orElse(service.escalationPolicy());
            services.add(service.paging(policy, derivation.hours(service, its)));
        }
        NagiosConfigException.throwIfAny(derivation.problems);
        Set<String> users = new TreeSet<>();
        derivation.policies.values().forEach(policy -> users.addAll(policy.users()));
        return new PeopleImport(services, byName(derivation.policies.values()), List.copyOf(users),
                List.copyOf(derivation.notes));
    }

    /** Groups the naming map gives one name become one policy paging all their people. */
    private static List<ImportedPolicy> byName(Iterable<ImportedPolicy> perGroup) {
        Map<String, ImportedPolicy> merged = new TreeMap<>();
        for (ImportedPolicy policy : perGroup) {
            merged.merge(policy.name(), policy, (first, more) -> {
                Set<String> users = new TreeSet<>(first.users());
                users.addAll(more.users());
                return new ImportedPolicy(first.name(), first.group() + ", " + more.group(), "Nagios contact groups `"
                        + first.group() + "`, `" + more.group() + "`", List.copyOf(users), first.location());
            });
        }
        return List.copyOf(merged.values());
    }

    /** The policy of the contact group most of the service's alerts notify (ties: the first by name). */
    private Optional<String> policy(ImportedService service, List<AlertRoute> routes) {
        Map<String, Integer> counts = new TreeMap<>();
        Set<String> direct = new TreeSet<>();
        for (AlertRoute route : routes) {
            new TreeSet<>(route.notified().contactGroups()).forEach(group -> counts.merge(group, 1, Integer::sum));
            direct.addAll(route.notified().contacts());
        }
        NagiosLocation at = hostLocation(service);
        if (!direct.isEmpty()) {
            notes.add(new NagiosProblem(at, "service `" + service.name() + "`: its alerts also notify contacts "
                    + "directly (" + String.join(", ", direct) + "); only contact groups become escalation policies"));
        }
        Optional<String> chosen = counts.entrySet().stream()
                .filter(entry -> policyOf(entry.getKey()).isPresent())
                .max(Comparator.comparing(Map.Entry<String, Integer>::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey);
        if (counts.size() > 1 && chosen.isPresent()) {
            StringBuilder all = new StringBuilder();
            counts.forEach((group, n) -> all.append(all.isEmpty() ? "" : ", ").append(group).append(" (").append(n)
                    .append(")"));
            notes.add(new NagiosProblem(at, "service `" + service.name() + "`: its alerts notify several contact "
                    + "groups: " + all + "; it pages the policy of `" + chosen.get() + "` only"));
        }
        if (chosen.isPresent()) {
            return policyOf(chosen.get()).map(ImportedPolicy::name);
        }
        if (service.escalationPolicy().isBlank()) {
            problems.add(new NagiosProblem(at, "service `" + service.name() + "`: none of its alerts notifies a "
                    + "contact group with an emailed contact" + (counts.isEmpty() ? "" : " (" + String.join(", ",
                    counts.keySet()) + ")") + "; give --policy for such services"));
        }
        return Optional.empty();
    }

    /** The group's policy, declared once; empty when no contact of it can be paged. */
    private Optional<ImportedPolicy> policyOf(String groupName) {
        NagiosContactGroup group = inventory.people().contactGroups().get(groupName);
        if (group == null) {
            return Optional.empty();
        }
        ImportedPolicy known = policies.get(groupName);
        if (known != null) {
            return Optional.of(known);
        }
        String name = naming.mapped(groupName).orElse(group.alias().orElse(groupName));
        Set<String> users = new TreeSet<>();
        for (String member : group.members()) {
            NagiosContact contact = inventory.people().contacts().get(member);
            if (contact.email().isEmpty()) {
                notes.add(new NagiosProblem(contact.location(), "contact `" + member + "` has no email; left out of "
                        + "escalation policy `" + name + "`"));
            } else if (!contact.notified()) {
                notes.add(new NagiosProblem(contact.location(), "contact `" + member + "` has service notifications "
                        + "disabled; left out of escalation policy `" + name + "`"));
            } else {
                users.add(contact.email().get());
                contact.servicePeriod().ifPresent(period -> notYours(member, "service_notification_period", period));
                contact.hostPeriod().ifPresent(period -> notYours(member, "host_notification_period", period));
            }
        }
        if (users.isEmpty()) {
            notes.add(new NagiosProblem(group.location(), "contact group `" + groupName + "` has no contact to page "
                    + "by email; it becomes no escalation policy"));
            return Optional.empty();
        }
        ImportedPolicy policy = new ImportedPolicy(name, groupName, "Nagios contact group `" + groupName + "`",
                List.copyOf(users), group.location());
        policies.put(groupName, policy);
        return Optional.of(policy);
    }

    /** A person's own hours are theirs to set in PagerDuty (notification rules), not a policy's. */
    private void notYours(String contact, String attribute, Attribute period) {
        String name = period.value().strip();
        NagiosTimeperiod known = inventory.people().timeperiods().get(name);
        if (known == null || !BusinessHours.of(known).always()) {
            notes.add(new NagiosProblem(period.location(), "contact `" + contact + "`: " + attribute + " `" + name
                    + "` is not expressed; PagerDuty pages a user by their own notification rules at any hour"));
        }
    }

    /** The service's support hours, when all its alerts share one notification period that expresses them. */
    private Optional<SupportHours> hours(ImportedService service, List<AlertRoute> routes) {
        Map<String, Attribute> periods = new TreeMap<>();
        for (AlertRoute route : routes) {
            route.notified().period().ifPresentOrElse(period -> periods.putIfAbsent(period.value().strip(), period),
                    () -> periods.putIfAbsent("24x7", null));
        }
        if (periods.size() > 1) {
            Attribute first = periods.values().stream().filter(Objects::nonNull).findFirst().orElseThrow();
            notes.add(new NagiosProblem(first.location(), "service `" + service.name() + "`: its alerts notify in "
                    + "different periods (" + String.join(", ", periods.keySet()) + "); its urgency stays constant"));
            return Optional.empty();
        }
        Attribute period = periods.values().stream().findFirst().orElse(null);
        if (period == null) {
            return Optional.empty();
        }
        NagiosTimeperiod timeperiod = inventory.people().timeperiods().get(period.value().strip());
        if (timeperiod == null) {
            notes.add(new NagiosProblem(period.location(), "unknown time period `" + period.value().strip() + "`"));
            return Optional.empty();
        }
        BusinessHours business = BusinessHours.of(timeperiod);
        if (business.reason().isPresent()) {
            notes.add(new NagiosProblem(business.reason().get().location(), business.reason().get().message()
                    + " (notification period of service `" + service.name() + "`, whose urgency stays constant)"));
            return Optional.empty();
        }
        if (business.always()) {
            return Optional.empty();
        }
        if (zone.isEmpty()) {
            problems.add(new NagiosProblem(period.location(), "time period `" + timeperiod.name() + "` is business "
                    + "hours: give --time-zone (the Nagios server's) for service `" + service.name() + "`'s support "
                    + "hours"));
            return Optional.empty();
        }
        return Optional.of(new SupportHours(zone.get(), business.days(), business.start(), business.end()));
    }

    private NagiosLocation hostLocation(ImportedService service) {
        return service.hosts().isEmpty() ? new NagiosLocation("nagios.cfg", 1)
                : inventory.hosts().get(service.hosts().get(0)).location();
    }
}
