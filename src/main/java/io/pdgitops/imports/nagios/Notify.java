package io.pdgitops.imports.nagios;

import java.util.List;
import java.util.Optional;

/**
 * Whom Nagios notifies of a host's or service's problems, after template inheritance: the wiring keeps these
 * people notified when it adds a PagerDuty contact.
 *
 * @param contacts {@code contacts}, as written
 * @param contactGroups {@code contact_groups}, as written
 * @param interval {@code notification_interval}, when set
 * @param period {@code notification_period}, with where it is set; a service without one has its host's
 */
public record Notify(List<String> contacts, List<String> contactGroups, Optional<String> interval,
        Optional<Attribute> period) {

    public Notify {
        contacts = List.copyOf(contacts);
        contactGroups = List.copyOf(contactGroups);
    }

    static Notify of(Definition definition) {
        return new Notify(definition.value("contacts").map(ValueText::list).orElse(List.of()),
                definition.value("contact_groups").map(ValueText::list).orElse(List.of()),
                definition.value("notification_interval").map(String::strip),
                Optional.ofNullable(definition.attributes().get("notification_period")));
    }

    /**
     * A service that names nobody notifies its host's people, and one without a notification period notifies in its
     * host's (Nagios' implied inheritance).
     */
    Notify orElse(Notify host) {
        return contacts.isEmpty() && contactGroups.isEmpty()
                ? new Notify(host.contacts, host.contactGroups, interval.or(host::interval), period.or(host::period))
                : new Notify(contacts, contactGroups, interval, period.or(host::period));
    }
}
