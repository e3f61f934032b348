/**
 * Shooting schedules: scenes grouped into shooting days, and the reports made from them
 * (stripboard, day out of days, calendar).
 *
 * <p>Public surface: {@link dev.showrunner.planning.schedule.ShootingScheduler} with its
 * {@link dev.showrunner.planning.schedule.ScheduleRequest} and
 * {@link dev.showrunner.planning.schedule.Constraints}, the result
 * {@link dev.showrunner.planning.schedule.ShootingSchedule},
 * {@link dev.showrunner.planning.schedule.Unavailability} (the cast's unavailable dates, read
 * from a small text format) and {@link dev.showrunner.planning.schedule.Reports}.
 */
package dev.showrunner.planning.schedule;
