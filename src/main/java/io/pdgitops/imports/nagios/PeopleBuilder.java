package io.pdgitops.imports.nagios;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads contacts, contact groups and time periods from resolved definitions. Group membership is taken from both
 * sides, as Nagios does; an unknown member is a problem at its line, as it is for {@code nagios -v}.
 */
final class PeopleBuilder {

    /** Attributes of a time period that are neither days nor dates, and those Nagios keeps to the template. */
    private static final Set<String> NOT_DAYS = Set.of("timeperiod_name", "alias", "exclude", "name", "use",
            "register");

    private PeopleBuilder() {
    }

    static NagiosPeople build(List<Definition> objects, List<NagiosProblem> problems) {
        Map<String, Definition> contactDefinitions = named(objects, "contact");
        Map<String, Definition> groupDefinitions = named(objects, "contactgroup");
        Map<String, Set<String>> members = new TreeMap<>();
        groupDefinitions.forEach((group, definition) -> {
            Set<String> direct = new TreeSet<>();
            definition.value("members").ifPresent(value -> NameList.parse(value, contactDefinitions.keySet(),
                    "contact", definition.locationOf("members"), problems).included().forEach(direct::add));
            members.put(group, direct);
        });
        contactDefinitions.forEach((contact, definition) -> definition.value("contactgroups").ifPresent(value ->
                NameList.parse(value, groupDefinitions.keySet(), "contactgroup", definition.locationOf("contactgroups"),
                        problems).included().forEach(group -> members.get(group).add(contact))));
        Map<String, NagiosContactGroup> groups = new TreeMap<>();
        groupDefinitions.forEach((group, definition) -> groups.put(group, new NagiosContactGroup(group,
                definition.value("alias"), List.copyOf(nested(group, groupDefinitions, members, new TreeSet<>(),
                        problems)), definition.location())));

        Map<String, NagiosContact> contacts = new TreeMap<>();
        contactDefinitions.forEach((name, definition) -> contacts.put(name, new NagiosContact(name,
                definition.value("email").map(String::strip).filter(email -> !email.isEmpty()),
                attribute(definition, "service_notification_period"), attribute(definition, "host_notification_period"),
                !definition.value("service_notifications_enabled").map(String::strip).orElse("1").equals("0"),
                definition.location())));
        Map<String, NagiosTimeperiod> timeperiods = new TreeMap<>();
        named(objects, "timeperiod").forEach((name, definition) -> {
            Map<String, Attribute> entries = new LinkedHashMap<>(definition.attributes());
            entries.keySet().removeAll(NOT_DAYS);
            timeperiods.put(name, new NagiosTimeperiod(name, entries, attribute(definition, "exclude"),
                    definition.location()));
        });
        return new NagiosPeople(contacts, groups, timeperiods);
    }

    /** A group's contacts with those of the groups its {@code contactgroup_members} names, at any depth. */
    private static Set<String> nested(String group, Map<String, Definition> definitions,
            Map<String, Set<String>> members, Set<String> visiting, List<NagiosProblem> problems) {
        Set<String> contacts = new TreeSet<>(members.get(group));
        if (!visiting.add(group)) {
            return contacts;
        }
        Definition definition = definitions.get(group);
        definition.value("contactgroup_members").ifPresent(value -> NameList.parse(value, definitions.keySet(),
                "contactgroup", definition.locationOf("contactgroup_members"), problems).included()
                .forEach(inner -> contacts.addAll(nested(inner, definitions, members, visiting, problems))));
        visiting.remove(group);
        return contacts;
    }

    private static Optional<Attribute> attribute(Definition definition, String name) {
        return Optional.ofNullable(definition.attributes().get(name));
    }

    /** Registered objects of one type by their {@code TYPE_name}; duplicates are reported by {@code nagios -v}. */
    private static Map<String, Definition> named(List<Definition> objects, String type) {
        Map<String, Definition> named = new LinkedHashMap<>();
        for (Definition definition : objects) {
            if (definition.type().equals(type)) {
                definition.value(type + "_name").map(String::strip).ifPresent(name -> named.putIfAbsent(name,
                        definition));
            }
        }
        return named;
    }
}
