/**
 * Who is on call, computed from declared schedules with {@link io.pdgitops.schedule.ScheduleRenderer}:
 * previews, coverage against a declared rule, the people an escalation policy reaches at an instant,
 * and how a change moves on-call time. Pure: no clock, files or network; callers hand in the time.
 */
package io.pdgitops.oncall;
