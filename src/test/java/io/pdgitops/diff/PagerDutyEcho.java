package io.pdgitops.diff;

import io.pdgitops.model.BusinessService;
import io.pdgitops.model.CustomHeader;
import io.pdgitops.model.WebhookSubscription;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.EscalationRule;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.ScheduleLayer;
import io.pdgitops.model.Service;
import io.pdgitops.model.Team;
import io.pdgitops.model.TeamMember;
import io.pdgitops.model.Timeout;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * A desired state as PagerDuty gives it back after an apply: lists in another order, timestamps in
 * UTC, past layer starts moved to the time of the update, disabled timeouts as null, and values for
 * everything the YAML left out (UI settings and PagerDuty's defaults).
 */
final class PagerDutyEcho {

    private final Random random;
    private final Instant now;

    PagerDutyEcho(long seed, Instant now) {
        this.random = new Random(seed);
        this.now = now;
    }

    DesiredState echo(DesiredState state) {
        return new DesiredState(state.settings(),
                state.teams().stream().map(this::team).toList(),
                state.schedules().stream().map(this::schedule).toList(),
                state.escalationPolicies().stream().map(this::policy).toList(),
                state.services().stream().map(this::service).toList(),
                state.fileCount(), state.rosters(), state.maintenanceWindows(),
                state.businessServices().stream().map(this::businessService).toList(),
                state.webhookSubscriptions().stream().map(this::webhookSubscription).toList());
    }

    /** Events in any order, active filled, and custom headers by name only: PagerDuty redacts their values. */
    private WebhookSubscription webhookSubscription(WebhookSubscription subscription) {
        return new WebhookSubscription(subscription.name(), subscription.url(), shuffled(subscription.events()),
                subscription.filter(), Optional.of(subscription.active().orElse(true)),
                Optional.of(shuffled(subscription.customHeaders().orElse(List.of()).stream()
                        .map(header -> new CustomHeader(header.name(), "")).toList())),
                subscription.origin());
    }

    /** Every field filled, the supporting services in any order. */
    private BusinessService businessService(BusinessService business) {
        return new BusinessService(business.name(), Optional.of(business.description().orElse("")),
                Optional.of(business.pointOfContact().orElse("set in the UI")), business.team(),
                Optional.of(shuffled(business.supportedBy().orElse(List.of()))), business.origin());
    }

    private Team team(Team team) {
        return new Team(team.name(), Optional.of(team.description().orElse("")), team.parent(),
                team.members().map(members -> shuffled(members.stream()
                        .map(member -> new TeamMember(member.user(), Optional.of(member.role().orElse("responder")),
                                tags(member.tags())))
                        .toList())),
                tags(team.tags()), team.origin());
    }

    private Schedule schedule(Schedule schedule) {
        return new Schedule(schedule.name(), Optional.of(schedule.description().orElse("set in the UI")), schedule.timeZone(),
                schedule.teams().map(this::shuffled), schedule.layers().stream().map(this::layer).toList(), schedule.origin());
    }

    private ScheduleLayer layer(ScheduleLayer layer) {
        OffsetDateTime start = layer.start().toInstant().isBefore(now)
                ? OffsetDateTime.ofInstant(now.minusSeconds(3_600), ZoneOffset.UTC)
                : utc(layer.start());
        return new ScheduleLayer(Optional.of(layer.name().orElse("Layer")), start, layer.end().map(this::utc),
                utc(layer.rotationVirtualStart()), layer.rotationTurnLength(), layer.users(), shuffled(layer.restrictions()));
    }

    private EscalationPolicy policy(EscalationPolicy policy) {
        List<EscalationRule> rules = policy.rules().stream()
                .map(rule -> new EscalationRule(rule.escalationDelay(), shuffled(rule.targets())))
                .toList();
        return new EscalationPolicy(policy.name(), policy.description(), Optional.of(policy.numLoops().orElse(0)),
                Optional.of(policy.onCallHandoffNotifications().orElse("if_has_services")), policy.teams(), rules,
                tags(policy.tags()), policy.origin());
    }

    /** Tags come back in any order, each with the label of the tag the account already had, whatever its case. */
    private Optional<List<String>> tags(Optional<List<String>> declared) {
        return declared.map(labels -> shuffled(labels.stream().map(label -> label.toLowerCase(Locale.ROOT)).toList()));
    }

    private Service service(Service service) {
        return new Service(service.name(), service.description(), service.escalationPolicy(),
                echoTimeout(service.autoResolveTimeout(), Duration.ofHours(4)),
                echoTimeout(service.acknowledgementTimeout(), Duration.ofMinutes(30)),
                Optional.of(service.status().orElse("active")), service.incidentUrgencyRule(), service.supportHours(),
                service.scheduledActions(), service.autoPauseNotificationsParameters(), service.integrations(),
                service.alertGroupingParameters(), service.eventRules(), service.origin());
    }

    /** PagerDuty's default when unset; null when disabled. */
    private static Optional<Timeout> echoTimeout(Optional<Timeout> declared, Duration pagerDutyDefault) {
        if (declared.isEmpty()) {
            return Optional.of(Timeout.after(pagerDutyDefault));
        }
        return declared.get().isDisabled() ? Optional.empty() : declared;
    }

    private OffsetDateTime utc(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC);
    }

    private <T> List<T> shuffled(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }
}
