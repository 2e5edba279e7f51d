package io.pdgitops.validate;

import io.pdgitops.model.Coverage;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.DstHandOffs;
import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.EscalationRule;
import io.pdgitops.model.FieldPath;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.Target;
import io.pdgitops.oncall.CoverageCheck;
import io.pdgitops.oncall.Horizon;
import io.pdgitops.oncall.Reachability;
import io.pdgitops.oncall.SchedulePreview;
import io.pdgitops.oncall.TimeRange;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks on who is on call, over the {@link Horizon} (no clock): a schedule's {@code coverage} rule
 * must have no gaps (error), and an escalation rule should reach someone at every time (warning).
 * Schedules with other errors are left out: their rendering would say nothing reliable.
 */
final class OnCallRules {

    /** Gaps named in one message; the rest are counted. */
    private static final int GAPS_SHOWN = 3;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Map<String, Schedule> schedules;
    private final DstHandOffs rule;
    private final Map<String, Map<TimeRange, Optional<SchedulePreview>>> previews = new HashMap<>();

    private OnCallRules(Map<String, Schedule> schedules, DstHandOffs rule) {
        this.schedules = schedules;
        this.rule = rule;
    }

    /** @param memo what the same schedules and policies found the last time; this check's findings go into it */
    static void check(DesiredState state, List<Violation> violations, OnCallMemo.Round memo) {
        Map<String, Schedule> renderable = new HashMap<>();
        OnCallRules rules = new OnCallRules(renderable, state.settings().dstHandOffs());
        DesiredState.byName(state.schedules()).forEach((name, schedule) -> {
            OnCallMemo.ScheduleFindings found = memo.schedule(schedule, () -> rules.findings(schedule));
            if (found.renderable()) {
                renderable.put(name, schedule);
            }
            violations.addAll(found.coverage());
        });
        for (EscalationPolicy policy : state.escalationPolicies()) {
            List<Schedule> targets = policy.rules().stream().flatMap(rule -> rule.targets().stream())
                    .filter(target -> target.type() == Target.Type.SCHEDULE)
                    .map(target -> renderable.get(target.reference()))
                    .toList();
            violations.addAll(memo.policy(policy, targets, () -> {
                List<Violation> found = new ArrayList<>();
                rules.checkReachability(policy, found);
                return found;
            }).reachability());
        }
    }

    private OnCallMemo.ScheduleFindings findings(Schedule schedule) {
        if (!isRenderable(schedule)) {
            return new OnCallMemo.ScheduleFindings(false, List.of());
        }
        List<Violation> found = new ArrayList<>();
        checkCoverage(schedule, found);
        return new OnCallMemo.ScheduleFindings(true, List.copyOf(found));
    }

    private void checkCoverage(Schedule schedule, List<Violation> violations) {
        if (schedule.coverage().isEmpty() || !isComplete(schedule.coverage().get())) {
            return;
        }
        TimeRange horizon = Horizon.of(List.of(schedule), Horizon.COVERAGE);
        preview(schedule, horizon).ifPresent(preview -> {
            List<TimeRange> uncovered = CoverageCheck.uncovered(schedule.coverage().get(), preview);
            if (!uncovered.isEmpty()) {
                violations.add(Violation.error(ViolationCode.COVERAGE_GAP, schedule.origin().locationOf(FieldPath.of("coverage")),
                        "schedule `" + schedule.name() + "` has nobody on call for " + describe(uncovered, schedule.timeZone())
                                + " of the hours `coverage` asks for, in the 28 days from " + LOCAL.format(
                                        horizon.start().atZone(schedule.timeZone())) + " (" + schedule.timeZone() + ")"));
            }
        });
    }

    private void checkReachability(EscalationPolicy policy, List<Violation> violations) {
        for (int r = 0; r < policy.rules().size(); r++) {
            EscalationRule rule = policy.rules().get(r);
            List<Schedule> targets = rule.targets().stream()
                    .filter(target -> target.type() == Target.Type.SCHEDULE)
                    .map(target -> schedules.get(target.reference()))
                    .toList();
            if (targets.isEmpty() || targets.contains(null) || targets.size() != rule.targets().size()) {
                continue;
            }
            TimeRange horizon = Horizon.of(targets, Horizon.REACHABILITY);
            List<TimeRange> nobody = Reachability.nobodyReached(rule, horizon,
                    name -> preview(schedules.get(name), horizon).map(SchedulePreview::gaps));
            if (!nobody.isEmpty()) {
                ZoneId zone = targets.get(0).timeZone();
                violations.add(new Violation(Severity.WARNING, ViolationCode.RULE_REACHES_NOBODY,
                        policy.origin().locationOf(FieldPath.of("rules", r)),
                        "`rules[" + r + "]` of `" + policy.name() + "` reaches nobody for " + describe(nobody, zone)
                                + " in the 14 days from " + LOCAL.format(horizon.start().atZone(zone)) + " (" + zone
                                + "): add a user target or a schedule that covers those hours"));
            }
        }
    }

    private Optional<SchedulePreview> preview(Schedule schedule, TimeRange range) {
        return previews.computeIfAbsent(schedule.name(), name -> new HashMap<>()).computeIfAbsent(range, key -> {
            try {
                return Optional.of(SchedulePreview.of(schedule, range, rule));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    /** {@code 15h in 10 gaps, first Mon 2026-01-05 18:00 - Tue 2026-01-06 09:00, ...}. */
    private static String describe(List<TimeRange> gaps, ZoneId zone) {
        Duration total = gaps.stream().map(TimeRange::length).reduce(Duration.ZERO, Duration::plus);
        String shown = gaps.stream().limit(GAPS_SHOWN)
                .map(gap -> LOCAL.format(gap.start().atZone(zone)) + " - " + LOCAL.format(gap.end().atZone(zone)))
                .collect(Collectors.joining(", "));
        String more = gaps.size() > GAPS_SHOWN ? ", ..." : "";
        return hours(total) + " in " + gaps.size() + (gaps.size() == 1 ? " gap" : " gaps") + " (" + shown + more + ")";
    }

    private static String hours(Duration length) {
        return length.toHours() + "h" + (length.toMinutesPart() == 0 ? "" : length.toMinutesPart() + "m");
    }

    private static boolean isComplete(Coverage coverage) {
        return !(coverage instanceof Coverage.Weekly weekly)
                || weekly.hours().stream().allMatch(hours -> hours.start() != null && hours.end() != null);
    }

    /** Complete (no value failed to load) and free of the layer errors {@link ScheduleRules} reports. */
    private static boolean isRenderable(Schedule schedule) {
        boolean complete = schedule.timeZone() != null && schedule.layers().stream().allMatch(layer -> layer.start() != null
                && layer.rotationVirtualStart() != null && layer.rotationTurnLength() != null
                && layer.restrictions().stream().allMatch(r -> r.startTimeOfDay() != null && r.duration() != null));
        if (!complete) {
            return false;
        }
        List<Violation> layerErrors = new ArrayList<>();
        ScheduleRules.check(List.of(schedule), layerErrors);
        return layerErrors.isEmpty();
    }
}
