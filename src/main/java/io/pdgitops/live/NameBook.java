package io.pdgitops.live;

import io.pdgitops.model.Origin;
import io.pdgitops.model.SourceLocation;
import io.pdgitops.pagerduty.dto.Reference;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PagerDuty ids to the names the YAML uses: teams, schedules and escalation policies by name, users by email,
 * vendors by name. A reference to something the account does not list shows as its id, so it stays visible as a
 * difference instead of disappearing.
 */
record NameBook(Map<String, String> teams, Map<String, String> schedules, Map<String, String> policies,
        Map<String, String> userEmails, Map<String, String> vendors) {

    /** Where live objects come from, for the model's origin field. */
    static final Origin PAGERDUTY = Origin.at(SourceLocation.startOf("PagerDuty"));

    String team(Reference reference) {
        return lookup(teams, reference);
    }

    String schedule(Reference reference) {
        return lookup(schedules, reference);
    }

    String policy(Reference reference) {
        return lookup(policies, reference);
    }

    String user(Reference reference) {
        return lookup(userEmails, reference);
    }

    String vendor(Reference reference) {
        return lookup(vendors, reference);
    }

    List<String> teamNames(List<Reference> references) {
        return references == null ? List.of() : references.stream().map(this::team).toList();
    }

    static Optional<String> description(String text) {
        return text == null || text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static String lookup(Map<String, String> names, Reference reference) {
        if (reference == null || reference.id() == null) {
            return "";
        }
        return names.getOrDefault(reference.id(), reference.id());
    }
}
