package io.pdgitops.oncall.render;

import io.pdgitops.oncall.OnCallDrift;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** The sentences of on-call drift, shared by the drift report and the plan in text and Markdown. */
final class OnCallDriftWords {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    private OnCallDriftWords() {
    }

    static String heading(List<OnCallDrift> onCall) {
        long days = onCall.stream().findFirst()
                .map(drift -> Duration.between(drift.range().start(), drift.range().end()).toDays()).orElse(0L);
        return "Who is paged, next " + days + " days (Git against PagerDuty's final schedule)";
    }

    static String schedule(OnCallDrift drift) {
        if (!drift.drifted()) {
            return "Schedule `" + drift.schedule() + "`: PagerDuty pages whom Git says"
                    + overrides(drift);
        }
        return "Schedule `" + drift.schedule() + "`: " + drift.differences().size()
                + (drift.differences().size() == 1 ? " shift differs" : " shifts differ") + overrides(drift);
    }

    /** {@code Tue 8 Dec 20:30-08:30 JST: Git says X, PagerDuty pages Y}. */
    static String difference(OnCallDrift drift, OnCallDrift.Shift shift) {
        return when(shift, drift.timeZone()) + ": Git says " + person(shift.git()) + ", PagerDuty pages "
                + person(shift.pagerDuty());
    }

    static String overridden(OnCallDrift drift, OnCallDrift.Shift shift) {
        return when(shift, drift.timeZone()) + ": an override pages " + person(shift.pagerDuty()) + " (Git says "
                + person(shift.git()) + ")";
    }

    /** The end shows its day only when it is not the start's day or the next one (a night shift). */
    static String when(OnCallDrift.Shift shift, ZoneId zone) {
        ZonedDateTime start = shift.start().atZone(zone);
        ZonedDateTime end = shift.end().atZone(zone);
        boolean shortSpan = !end.toLocalDate().isAfter(start.toLocalDate().plusDays(1));
        return DAY_AND_TIME.format(start) + "-" + (shortSpan ? TIME : DAY_AND_TIME).format(end) + " " + ZONE.format(start);
    }

    private static String overrides(OnCallDrift drift) {
        int count = drift.overridden().size();
        return count == 0 ? "" : " (" + count + (count == 1 ? " period" : " periods") + " overridden in PagerDuty, not drift)";
    }

    private static String person(Optional<String> person) {
        return person.orElse("nobody");
    }
}
