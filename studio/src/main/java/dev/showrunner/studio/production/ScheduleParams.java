package dev.showrunner.studio.production;

import dev.showrunner.planning.schedule.ScheduleRequest;
import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.web.Http;
import io.javalin.http.Context;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;

/**
 * What asks for a schedule, read from a query or a form: the shooting days ({@link
 * ScheduleSettings}) and how long to search. Each refusal (400) names the field and what it takes.
 */
final class ScheduleParams {

    /** Longest search a request may wait for (the API's, or a link's); the page's form searches in the background. */
    static final int MAX_SECONDS = 30;
    static final int DEFAULT_SECONDS = 10;
    static final int DEFAULT_EIGHTHS = ScheduleSettings.DEFAULT_EIGHTHS;

    private ScheduleParams() {}

    /**
     * The shooting days a query asks for: {@code ?eighths=N} (required), {@code start},
     * {@code hours}, {@code moveCost}, {@code dayCost} (each left out: next Monday, no time cap,
     * the command line's costs).
     */
    static ScheduleSettings settings(Context ctx) {
        return settings(Http.intQuery(ctx, "eighths"), ctx.queryParam("start"), ctx.queryParam("hours"),
                ctx.queryParam("moveCost"), ctx.queryParam("dayCost"));
    }

    /** The page's form before anything is asked: five pages a day and the defaults, from {@code ?start=} if given. */
    static ScheduleSettings defaults(Context ctx) {
        return ScheduleSettings.of(DEFAULT_EIGHTHS, start(ctx.queryParam("start")));
    }

    /** The shooting days of a posted form's fields, as {@link #settings(Context)} reads a query's. */
    static ScheduleSettings formSettings(Context ctx) {
        return settings(formNumber(ctx, "eighths"), ctx.formParam("start"), ctx.formParam("hours"),
                ctx.formParam("moveCost"), ctx.formParam("dayCost"));
    }

    /** A posted form's whole number, or null when the field is missing or blank; 400 naming it otherwise. */
    static Integer formNumber(Context ctx, String field) {
        String raw = ctx.formParam(field);
        return raw == null || raw.isBlank() ? null : number(field, raw);
    }

    /** The same from a form's or a JSON body's fields; 400 naming the field that does not read. */
    static ScheduleSettings settings(Integer eighths, String start, String hours, String moveCost, String dayCost) {
        return new ScheduleSettings(Http.required(eighths, "eighths"), start(start), ScheduleSettings.minutes(hours),
                ScheduleSettings.cost("moveCost", moveCost, ScheduleSettings.DEFAULT_MOVE_COST),
                ScheduleSettings.cost("dayCost", dayCost, ScheduleSettings.DEFAULT_DAY_COST));
    }

    static LocalDate start(String raw) {
        if (raw == null || raw.isBlank()) {
            return LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        }
        LocalDate start;
        try {
            start = LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw StudioException.badRequest("start: \"" + abbreviate(raw) + "\" is not a date (YYYY-MM-DD)");
        }
        if (ScheduleRequest.startProblem(start) != null) {
            throw StudioException.badRequest("start: " + ScheduleRequest.startProblem(start));
        }
        return start;
    }

    /**
     * ?seconds=: how long a search waited for takes (up to {@link #MAX_SECONDS}); beside a board
     * ({@code days=}) nothing is searched and it only fills the form, so up to a background
     * search's {@link ScheduleSearches#MAX_SECONDS}.
     */
    static int seconds(Context ctx) {
        if (ctx.queryParam("seconds") == null) {
            return DEFAULT_SECONDS;
        }
        int seconds = Http.intQuery(ctx, "seconds");
        int most = ctx.queryParam("days") == null ? MAX_SECONDS : ScheduleSearches.MAX_SECONDS;
        if (seconds < 1 || seconds > most) {
            throw StudioException.badRequest("seconds: the search may take 1 to " + most + " seconds, not " + seconds
                    + (most == MAX_SECONDS ? " (a longer one runs in the background: the page's Schedule button)" : ""));
        }
        return seconds;
    }

    /** A form's or a JSON body's whole number; 400 naming the field. */
    static int number(String field, String raw) {
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw StudioException.badRequest(field + ": \"" + abbreviate(raw) + "\" is not a whole number");
        }
    }

    /** A value as an error quotes it: its first 20 characters. */
    static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
