package io.pdgitops.write;

import io.pdgitops.model.DeclaredObject;
import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.EventRule;
import io.pdgitops.model.EventRules;
import io.pdgitops.model.Integration;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.Service;
import io.pdgitops.model.Team;

/** Objects without where they were read from, so that loaded and generated objects compare equal. */
final class Unplaced {

    private Unplaced() {
    }

    static DeclaredObject of(DeclaredObject object) {
        if (object instanceof Team team) {
            return new Team(team.name(), team.description(), team.parent(), team.members(), RandomObjects.NOWHERE);
        }
        if (object instanceof Schedule schedule) {
            return new Schedule(schedule.name(), schedule.description(), schedule.timeZone(), schedule.teams(),
                    schedule.layers(), RandomObjects.NOWHERE);
        }
        if (object instanceof EscalationPolicy policy) {
            return new EscalationPolicy(policy.name(), policy.description(), policy.numLoops(),
                    policy.onCallHandoffNotifications(), policy.teams(), policy.rules(), RandomObjects.NOWHERE);
        }
        Service service = (Service) object;
        return new Service(service.name(), service.description(), service.escalationPolicy(),
                service.autoResolveTimeout(), service.acknowledgementTimeout(), service.status(),
                service.incidentUrgencyRule(), service.supportHours(), service.scheduledActions(),
                service.autoPauseNotificationsParameters(),
                service.integrations().map(integrations -> integrations.stream().map(Unplaced::integration).toList()),
                service.alertGroupingParameters(),
                service.eventRules().map(rules -> new EventRules(rules.rules().stream().map(Unplaced::rule).toList(),
                        rules.unmodelled(), rules.active(), rule(rules.catchAll()))),
                RandomObjects.NOWHERE);
    }

    private static EventRule rule(EventRule r) {
        return new EventRule(r.label(), r.conditions(), r.severity(), r.suppress(), r.suspend(), r.eventAction(),
                r.annotate(), r.variables(), r.extractions(), r.disabled(), r.unmodelled(), "");
    }

    private static Integration integration(Integration i) {
        return new Integration(i.name(), i.type(), i.vendor(), i.integrationEmail(), i.emailIncidentCreation(),
                i.emailFilterMode(), i.emailFilters(), i.emailParsers(), i.emailParsingFallback(), "");
    }
}
