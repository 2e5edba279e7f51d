package io.pdgitops.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Who is on call at one instant, worked out directly from the definition, one instant at a time:
 * an oracle for the renderer's range-based sweep. It shares only the written rules (SCHEDULES.md
 * and {@link RenderingChoices}), not the renderer's code.
 */
final class NaiveOnCall {

    private final ScheduleDefinition schedule;
    private final RenderingChoices choices;

    NaiveOnCall(ScheduleDefinition schedule, RenderingChoices choices) {
        this.schedule = schedule;
        this.choices = choices;
    }

    Optional<String> at(Instant instant) {
        ScheduleOverride newest = null;
        for (ScheduleOverride override : schedule.overrides()) {
            boolean covers = !instant.isBefore(override.start()) && instant.isBefore(override.end());
            if (covers && (newest == null || override.createdSequence() >= newest.createdSequence())) {
                newest = override;
            }
        }
        if (newest != null) {
            return Optional.of(newest.user());
        }
        List<Layer> layers = schedule.layers();
        for (int i = layers.size() - 1; i >= 0; i--) {
            Layer layer = layers.get(i);
            boolean inRange = !instant.isBefore(layer.start()) && (layer.end() == null || instant.isBefore(layer.end()));
            if (inRange && restrictionsAllow(layer, instant)) {
                long turn = turnAt(layer, instant.getEpochSecond());
                return Optional.of(layer.users().get((int) Math.floorMod(turn, (long) layer.users().size())));
            }
        }
        return Optional.empty();
    }

    private long turnAt(Layer layer, long instant) {
        long length = layer.turnLength().getSeconds();
        long virtualStart = layer.rotationVirtualStart().getEpochSecond();
        long turn = Math.floorDiv(instant - virtualStart, length) - 3;
        while (handoff(layer, turn + 1) <= instant) {
            turn++;
        }
        return turn;
    }

    private long handoff(Layer layer, long turn) {
        long length = layer.turnLength().getSeconds();
        Instant virtualStart = layer.rotationVirtualStart();
        if (turn == 0 || choices.handoffModelFor(layer.turnLength()) == HandoffModel.EXACT) {
            return virtualStart.getEpochSecond() + turn * length;
        }
        LocalDateTime local = LocalDateTime.ofInstant(virtualStart, schedule.timeZone());
        return ZonedDateTime.of(local.plusDays(turn * (length / 86_400)), schedule.timeZone()).toEpochSecond();
    }

    private boolean restrictionsAllow(Layer layer, Instant instant) {
        if (layer.restrictions().isEmpty()) {
            return true;
        }
        ZoneId zone = schedule.timeZone();
        LocalDate today = LocalDate.ofInstant(instant, zone);
        for (Restriction restriction : layer.restrictions()) {
            for (LocalDate day = today.minusDays(8); !day.isAfter(today); day = day.plusDays(1)) {
                boolean startsThatDay = restriction.kind() == Restriction.Kind.DAILY
                        || day.getDayOfWeek() == restriction.startDayOfWeek();
                if (startsThatDay && windowCovers(restriction, day, instant)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean windowCovers(Restriction restriction, LocalDate day, Instant instant) {
        ZoneId zone = schedule.timeZone();
        LocalDateTime localStart = day.atTime(restriction.startTimeOfDay());
        Instant start = ZonedDateTime.of(localStart, zone).toInstant();
        Instant end = choices.restrictionEnd() == RestrictionEnd.ELAPSED
                ? start.plus(restriction.duration())
                : ZonedDateTime.of(localStart.plus(restriction.duration()), zone).toInstant();
        return !instant.isBefore(start) && instant.isBefore(end);
    }
}
