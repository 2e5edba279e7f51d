package io.pdgitops.dashboard;

import io.pdgitops.model.DesiredState;
import io.pdgitops.model.DstHandOffs;
import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.Service;
import io.pdgitops.oncall.EscalationChain;
import io.pdgitops.oncall.EscalationChains;
import io.pdgitops.oncall.SchedulePreview;
import io.pdgitops.oncall.TimeRange;
import io.pdgitops.schedule.Entry;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the on-call page shows, from the applied revision as the newest drift check settled it (so it names whom
 * PagerDuty pages, as {@code preview} does): who is on call now per escalation policy, each service's escalation
 * path, and every schedule's shifts over the coming days, in the schedule's time zone and the viewer's.
 *
 * @param viewerZone the zone the viewer chose (the second time column)
 * @param problem why there is nothing to show, or null
 * @param stale why the revision shown is not the applied one (a sync ran since the newest drift check), or null
 */
record OnCallPage(String now, String viewerZone, int days, String revision, String problem, String stale,
        List<PolicyNow> policies,
        List<ServicePath> services, List<Calendar> schedules) {

    /** Whom an escalation policy reaches now, level by level. */
    record PolicyNow(String policy, List<Level> levels) {
    }

    /** A service's escalation policy and whom it reaches now. */
    record ServicePath(String service, String policy, List<Level> levels) {
    }

    /**
     * One level of an escalation chain.
     *
     * @param people who is reached, with the schedule that put them there
     * @param nobody the schedules of this level that have nobody on call now, or an empty string
     */
    record Level(int number, String after, String people, String nobody, boolean reachesNobody) {
    }

    /** A schedule's coming shifts and gaps, in time order. */
    record Calendar(String schedule, String timeZone, String coverage, String onCallNow, List<Slot> slots) {
    }

    /**
     * A shift, or a gap when {@code who} is empty.
     *
     * @param local the time in the schedule's zone
     * @param viewer the time in the viewer's zone
     */
    record Slot(String local, String viewer, String startIso, String who, boolean gap) {
    }

    static OnCallPage of(Optional<DesiredState> settled, String revision, String applied, Instant now, ZoneId viewer,
            int days) {
        String nowText = PageTimes.shift(now, viewer) + " " + viewer.getId();
        if (settled.isEmpty()) {
            return new OnCallPage(nowText, viewer.getId(), days, revision == null ? "none" : revision,
                    "Nothing to show yet: on-call time is rendered after the first sync's drift check has settled the "
                            + "applied revision against PagerDuty.", null, List.of(), List.of(), List.of());
        }
        DesiredState state = settled.get();
        List<PolicyNow> policies = state.escalationPolicies().stream()
                .sorted(Comparator.comparing(EscalationPolicy::name))
                .map(p -> new PolicyNow(p.name(), levels(EscalationChains.forPolicy(state, p, now)))).toList();
        List<ServicePath> services = new ArrayList<>();
        for (Service service : state.services().stream().sorted(Comparator.comparing(Service::name)).toList()) {
            if (state.escalationPolicy(service.escalationPolicy()).isPresent()) {
                services.add(new ServicePath(service.name(), service.escalationPolicy(),
                        levels(EscalationChains.at(state, service.name(), now))));
            }
        }
        List<Calendar> calendars = state.schedules().stream().sorted(Comparator.comparing(Schedule::name))
                .map(s -> calendar(s, now, viewer, days, state.settings().dstHandOffs())).toList();
        String stale = applied != null && !applied.equals(revision)
                ? "Revision " + applied + " was applied since; it is shown after the next drift check." : null;
        return new OnCallPage(nowText, viewer.getId(), days, revision, null, stale, policies, List.copyOf(services),
                calendars);
    }

    private static List<Level> levels(EscalationChain chain) {
        return chain.levels().stream().map(level -> new Level(level.number(),
                level.minutesAfter() == 0 ? "at once" : "after " + level.minutesAfter() + " min",
                level.reached().stream().map(r -> r.person() + r.schedule().map(s -> " (" + s + ")").orElse(""))
                        .collect(Collectors.joining(", ")),
                String.join(", ", level.emptySchedules()), level.reachesNobody())).toList();
    }

    private static Calendar calendar(Schedule schedule, Instant now, ZoneId viewer, int days, DstHandOffs rule) {
        ZoneId zone = schedule.timeZone();
        SchedulePreview preview = SchedulePreview.of(schedule, TimeRange.days(now, days, zone), rule);
        // Shifts and gaps interleaved by start: Entry carries a gap as an empty user.
        List<Entry> timeline = new ArrayList<>(preview.shifts());
        preview.gaps().forEach(gap -> timeline.add(new Entry("", gap.start(), gap.end())));
        timeline.sort(Comparator.comparing(Entry::start));
        List<Slot> slots = timeline.stream().map(e -> slot(e.start(), e.end(), zone, viewer, e.user())).toList();
        String onCallNow = EscalationChains.onCall(schedule, now, rule).orElse("nobody");
        return new Calendar(schedule.name(), zone.getId(), "%.1f%%".formatted(preview.coveragePercentage()),
                onCallNow, slots);
    }

    private static Slot slot(Instant start, Instant end, ZoneId zone, ZoneId viewer, String who) {
        return new Slot(PageTimes.range(start, end, zone), PageTimes.range(start, end, viewer), PageTimes.iso(start),
                who, who.isEmpty());
    }
}
