package io.pdgitops.diff;

import io.pdgitops.model.Durations;
import io.pdgitops.model.AutoPauseNotifications;
import io.pdgitops.model.LayerRestriction;
import io.pdgitops.model.ScheduledAction;
import io.pdgitops.model.SupportHours;
import io.pdgitops.model.Target;
import io.pdgitops.model.Timeout;
import io.pdgitops.model.UrgencyRule;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Turns model values into {@link FlatValue}s: the text a plan shows and the key the diff compares. */
final class Values {

    private Values() {
    }

    /** Free text, quoted so that an empty string stays visible. Absent and {@code ""} compare equal. */
    static FlatValue text(Optional<String> text) {
        String value = text.orElse("");
        return FlatValue.of(quote(value), value);
    }

    static FlatValue text(String text) {
        return text(Optional.of(text));
    }

    static FlatValue number(int number) {
        return FlatValue.of(Integer.toString(number), number);
    }

    static FlatValue duration(Duration duration) {
        return FlatValue.of(durationText(duration), duration);
    }

    /** Disabled, zero and null all mean "never": they share one key. */
    static FlatValue timeout(Timeout timeout) {
        return timeout.after().map(Values::duration).orElse(FlatValue.of("disabled", "disabled"));
    }

    /** A set of names: order does not matter. */
    static FlatValue nameSet(List<String> names) {
        return FlatValue.of(list(names.stream().map(Values::quote).toList()), sortedLowerCase(names));
    }

    /** Users in rotation order: order matters. */
    static FlatValue userSequence(List<String> emails, UserDirectory users) {
        return FlatValue.of(list(emails.stream().map(users::display).toList()),
                emails.stream().map(email -> email.toLowerCase(Locale.ROOT)).toList());
    }

    /** Users where order does not matter, like team members; shown sorted by email. */
    static FlatValue userSet(List<String> emails, UserDirectory users) {
        List<String> sorted = sortedLowerCase(emails);
        return FlatValue.of(list(sorted.stream().map(users::display).toList()), sorted);
    }

    /** Escalation targets: PagerDuty returns them in any order, so they compare as a set. */
    static FlatValue targets(List<Target> targets, UserDirectory users) {
        List<String> display = targets.stream().map(target -> target(target, users)).toList();
        List<String> key = sortedLowerCase(targets.stream()
                .map(target -> target.type() + ":" + target.reference()).toList());
        return FlatValue.of(list(display), key);
    }

    static String target(Target target, UserDirectory users) {
        return target.type() == Target.Type.USER
                ? "user " + users.display(target.reference())
                : "schedule " + quote(target.reference());
    }

    static FlatValue restrictions(List<LayerRestriction> restrictions) {
        List<String> display = restrictions.stream().map(Values::restriction).toList();
        return FlatValue.of(list(display), display.stream().sorted().toList());
    }

    static String restriction(LayerRestriction restriction) {
        String day = restriction.startDayOfWeek().map(d -> " " + day(d)).orElse("");
        return restriction.type().name().toLowerCase(Locale.ROOT) + day + " from " + time(restriction.startTimeOfDay())
                + " for " + durationText(restriction.duration());
    }

    static FlatValue urgencyRule(UrgencyRule rule) {
        String text = urgencyText(rule);
        return FlatValue.of(text, text);
    }

    static FlatValue supportHours(SupportHours hours) {
        String days = hours.daysOfWeek().stream().sorted().map(Values::day).collect(Collectors.joining(","));
        return FlatValue.plain(hours.timeZone().getId() + " " + days + " " + time(hours.startTime())
                + "-" + time(hours.endTime()));
    }

    static FlatValue scheduledActions(List<ScheduledAction> actions) {
        List<String> at = actions.stream().map(action -> "urgency high at " + action.at()).toList();
        return FlatValue.of(list(at), at.stream().sorted().toList());
    }

    static FlatValue autoPause(AutoPauseNotifications pause) {
        String enabled = pause.enabled().map(on -> on ? "enabled" : "disabled").orElse("enabled unset");
        String timeout = pause.timeoutSeconds().map(seconds -> ", timeout " + seconds + "s").orElse("");
        return FlatValue.plain(enabled + timeout);
    }

    /** Email filters and parsers: nested maps and lists, shown inline. */
    static FlatValue structure(Object value) {
        return FlatValue.of(inline(value), value);
    }

    static String durationText(Duration duration) {
        return Durations.format(duration);
    }

    /** ISO-8601 with seconds always written, in the offset it was given. */
    static String dateTime(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }

    static String list(List<String> items) {
        return "[" + String.join(", ", items) + "]";
    }

    private static String urgencyText(UrgencyRule rule) {
        if (rule.type().equals("constant")) {
            return rule.urgency().orElse("high");
        }
        return rule.type() + " (during: " + rule.duringSupportHours().map(Values::urgencyText).orElse("unset")
                + ", outside: " + rule.outsideSupportHours().map(Values::urgencyText).orElse("unset") + ")";
    }

    private static String day(DayOfWeek day) {
        return day.name().substring(0, 3).toLowerCase(Locale.ROOT);
    }

    private static String time(LocalTime time) {
        return time.toString();
    }

    private static List<String> sortedLowerCase(List<String> values) {
        return values.stream().map(value -> value.toLowerCase(Locale.ROOT)).sorted().toList();
    }

    private static String inline(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(entry -> entry.getKey() + ": " + inline(entry.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof List<?> items) {
            return list(items.stream().map(Values::inline).toList());
        }
        return value instanceof String text ? quote(text) : String.valueOf(value);
    }
}
