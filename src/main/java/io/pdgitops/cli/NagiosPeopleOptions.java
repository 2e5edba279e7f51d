package io.pdgitops.cli;

import io.pdgitops.imports.nagios.NagiosConfigException;
import io.pdgitops.imports.nagios.PolicyRules;
import io.pdgitops.model.RepoSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The opt-in mapping of Nagios' contact groups and notification periods to escalation policies and support hours. */
final class NagiosPeopleOptions {

    @Option(names = "--people", description = "Contact groups become escalation policies and teams paging their "
            + "contacts by email; each service pages the policy of the contact group its alerts notify, in the "
            + "business hours of its notification period. --policy is then needed only for services whose alerts "
            + "notify no contact group.")
    boolean enabled;

    @Option(names = "--people-map", paramLabel = "FILE",
            description = "With --people: lines `CONTACTGROUP = Escalation Policy Name` (`*` matches any text), "
                    + "first match wins; other groups are named by their alias, else their name.")
    Path naming;

    @Option(names = "--time-zone", paramLabel = "ZONE",
            description = "With --people: the Nagios server's time zone, for support hours. Default: the "
                    + "repository's default time zone.")
    ZoneId timeZone;

    @Option(names = "--check-users", description = "With --people: look the policies' users up in PagerDuty (or, "
            + "without PAGERDUTY_TOKEN, the sandbox) and list those it does not know.")
    boolean checkUsers;

    PolicyRules naming() throws IOException, NagiosConfigException {
        return ImportWriteOptions.readMap(naming, "--people-map", "");
    }

    Optional<ZoneId> zone(RepoSettings settings) {
        return Optional.ofNullable(timeZone).or(settings::defaultTimeZone);
    }
}
