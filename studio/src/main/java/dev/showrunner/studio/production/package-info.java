/**
 * An episode's production files: the first AD's plain-text files (cast corrections, elements,
 * places, cast costs, unavailable dates, rules, timings) kept with the episode, and the plan they make
 * of a draft for its breakdown and shooting schedule; the schedules saved by name; the searches
 * that find them.
 *
 * <p>Rules: the files are the command line's files, read by the same readers, so a file works
 * in both places. Each save is a new version and nothing saved is changed or removed (the
 * schema's triggers refuse it too). A save names the version it started from; when someone
 * saved since, it is refused (409) rather than silently overwriting their work. A save is
 * checked against the episode's latest draft, and refused with the file, line and column of
 * the first error. A saved schedule keeps what priced its board (draft, files' version, the
 * shooting days), so it opens as it was saved; saved schedules are never changed either.
 *
 * <p>HTTP: {@link dev.showrunner.studio.production.ProductionRoutes}, the feature's one face to
 * the route table, over {@code ScheduleHandlers} (the schedule page, the files, the reports),
 * {@code SearchHandlers} (background searches) and {@code SavedScheduleHandlers} (saved,
 * compared and carried schedules); page records beside them, templates in
 * {@code jte/production/}, JSON records in {@code ProductionJson}. A board travels in the page's
 * address and in forms; reports are posted with it, or named by a saved schedule.
 */
package dev.showrunner.studio.production;
