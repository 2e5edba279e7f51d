package io.pdgitops.imports.nagios;

import java.util.Optional;

/**
 * A Nagios contact after inheritance: the person PagerDuty knows by {@code email}.
 *
 * @param servicePeriod {@code service_notification_period}, with where it is set
 * @param hostPeriod {@code host_notification_period}, with where it is set
 * @param notified false when {@code service_notifications_enabled 0}: Nagios sends this person nothing
 */
public record NagiosContact(String name, Optional<String> email, Optional<Attribute> servicePeriod,
        Optional<Attribute> hostPeriod, boolean notified, NagiosLocation location) {
}
