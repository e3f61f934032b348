package dev.showrunner.studio.web;

import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.production.ScheduleSearches;
import io.javalin.http.Context;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;

/**
 * What asks for a schedule, read from a query or a form: pages a day, the first day and how
 * long to search. Each refusal (400) names the field and what it takes.
 */
final class ScheduleParams {

    /** Longest search a request may wait for (the API's, or a link's); the page's form searches in the background. */
    static final int MAX_SECONDS = 30;
    static final int DEFAULT_SECONDS = 10;
    static final int DEFAULT_EIGHTHS = 40;

    private ScheduleParams() {}

    static int eighths(Context ctx) {
        return eighths(Http.intQuery(ctx, "eighths"));
    }

    /** Eighths of a page a day holds: 1 to 800. */
    static int eighths(int eighths) {
        if (eighths < 1 || eighths > 800) {
            throw StudioException.badRequest("eighths: a day holds 1 to 800 eighths of a page, not " + eighths);
        }
        return eighths;
    }

    /** The first shooting day: ?start=YYYY-MM-DD, else next Monday. */
    static LocalDate start(Context ctx) {
        return start(ctx.queryParam("start"));
    }

    static LocalDate start(String raw) {
        if (raw == null || raw.isBlank()) {
            return LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw StudioException.badRequest("start: \"" + abbreviate(raw) + "\" is not a date (YYYY-MM-DD)");
        }
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
