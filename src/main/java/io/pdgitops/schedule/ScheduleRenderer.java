package io.pdgitops.schedule;

/**
 * Renders a schedule over a window the way PagerDuty computes {@code rendered_schedule_entries},
 * {@code final_schedule} and {@code rendered_coverage_percentage}. See the project's schedule
 * rendering notes for the choices made where PagerDuty's behaviour is not documented.
 */
public final class ScheduleRenderer {

    public RenderedSchedule render(ScheduleDefinition schedule, Window window) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
