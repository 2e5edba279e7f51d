package io.pdgitops.export;

import io.pdgitops.model.AutoPauseNotifications;
import io.pdgitops.model.BusinessService;
import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.Integration;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.Service;
import io.pdgitops.model.Team;
import io.pdgitops.model.Timeout;
import io.pdgitops.model.UrgencyRule;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Leaves out of live objects what PagerDuty would have anyway, so an exported file says only what someone chose.
 * A field left out is not managed, which is also what keeps an export and the account in agreement.
 */
final class PagerDutyDefaults {

    private static final Timeout AUTO_RESOLVE = Timeout.after(Duration.ofHours(4));
    private static final Timeout ACKNOWLEDGEMENT = Timeout.after(Duration.ofMinutes(30));
    private static final UrgencyRule URGENCY = UrgencyRule.constant("high");
    /** {@code active}, {@code warning} and {@code critical} follow open incidents and {@code maintenance} follows
     * maintenance windows: only {@code disabled} is a setting. */
    private static final String DISABLED = "disabled";

    private PagerDutyDefaults() {
    }

    static Team team(Team team) {
        return new Team(team.name(), team.description(), team.parent(), nonEmpty(team.members()),
                nonEmpty(team.tags()), team.origin());
    }

    /**
     * Supporting services only when there are some (an export leaves a business service without them unmanaged),
     * sorted by name: PagerDuty keeps no order among them, and a sorted list reads and diffs well.
     */
    static BusinessService businessService(BusinessService business) {
        return new BusinessService(business.name(), business.description(), business.pointOfContact(), business.team(),
                nonEmpty(business.supportedBy()).map(names -> names.stream().sorted().toList()), business.origin());
    }

    static Schedule schedule(Schedule schedule) {
        return new Schedule(schedule.name(), schedule.description(), schedule.timeZone(), nonEmpty(schedule.teams()),
                schedule.layers(), schedule.origin());
    }

    static EscalationPolicy policy(EscalationPolicy policy) {
        return new EscalationPolicy(policy.name(), policy.description(), unless(policy.numLoops(), 0),
                unless(policy.onCallHandoffNotifications(), "if_has_services"), nonEmpty(policy.teams()),
                policy.rules(), nonEmpty(policy.tags()), policy.origin());
    }

    /** Alert grouping when it is on; event rules are added by {@link EventRuleExport}. */
    static Service service(Service service, List<Integration> integrations) {
        Optional<AutoPauseNotifications> pause = service.autoPauseNotificationsParameters()
                .filter(parameters -> parameters.enabled().orElse(false)
                        || parameters.timeoutSeconds().filter(seconds -> seconds != 0).isPresent());
        return new Service(service.name(), service.description(), service.escalationPolicy(),
                unless(service.autoResolveTimeout(), AUTO_RESOLVE), unless(service.acknowledgementTimeout(), ACKNOWLEDGEMENT),
                service.status().filter(DISABLED::equals), unless(service.incidentUrgencyRule(), URGENCY),
                service.supportHours(), nonEmpty(service.scheduledActions()), pause,
                integrations.isEmpty() ? Optional.empty() : Optional.of(integrations.stream().map(PagerDutyDefaults::integration).toList()),
                service.alertGroupingParameters().filter(grouping -> grouping.type().isPresent()),
                Optional.empty(),
                service.origin());
    }

    /** Email settings at PagerDuty's defaults are left out; PagerDuty's ids inside filters are not settings. */
    private static Integration integration(Integration integration) {
        return new Integration(integration.name(), integration.type(), integration.vendor(),
                integration.integrationEmail(),
                unless(integration.emailIncidentCreation(), "on_new_email"),
                unless(integration.emailFilterMode(), "all-email"),
                nonEmpty(integration.emailFilters()).map(PagerDutyDefaults::withoutIds),
                nonEmpty(integration.emailParsers()).map(PagerDutyDefaults::withoutIds),
                unless(integration.emailParsingFallback(), "open_new_incident"),
                integration.path());
    }

    private static List<Map<String, Object>> withoutIds(List<Map<String, Object>> items) {
        return items.stream().map(item -> {
            Map<String, Object> copy = new java.util.LinkedHashMap<>(item);
            copy.remove("id");
            return java.util.Collections.unmodifiableMap(copy);
        }).toList();
    }

    private static <T> Optional<T> unless(Optional<T> value, T pagerDutyDefault) {
        return value.filter(Predicate.not(pagerDutyDefault::equals));
    }

    private static <T> Optional<List<T>> nonEmpty(Optional<List<T>> value) {
        return value.filter(Predicate.not(List::isEmpty));
    }
}
