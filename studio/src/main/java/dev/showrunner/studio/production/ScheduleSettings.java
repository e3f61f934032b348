package dev.showrunner.studio.production;

import dev.showrunner.studio.errors.StudioException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The shape of the shooting days a schedule is made for, as the command line's options give
 * it: pages a day, the first day, the day's length in hours (when days are capped by time as
 * well), and what a company move and a shooting day cost. A schedule's address carries them,
 * so its downloads are priced as shown. Each refusal (400) names the field and what it takes.
 *
 * @param eighths eighths of a page a day holds (40 = five pages)
 * @param start the first shooting day
 * @param minutesPerDay the shooting day in minutes, 0 when days are capped by pages alone
 * @param moveCost a company move (or a day/night turnaround), in cast-days
 * @param dayCost a shooting day for crew and equipment, in cast-days
 */
public record ScheduleSettings(int eighths, LocalDate start, int minutesPerDay, long moveCost, long dayCost) {

    public static final int DEFAULT_EIGHTHS = 40;
    /** The command line's defaults, kept so that its files and the studio's schedules agree. */
    public static final long DEFAULT_MOVE_COST = 3;
    public static final long DEFAULT_DAY_COST = 20;
    /** Largest move or day cost: far beyond any cast's pay, and small enough never to overflow a schedule's cost. */
    public static final long MAX_COST = 1_000_000;

    private static final Pattern HOURS = Pattern.compile("\\d{1,3}(\\.\\d{0,6})?|\\.\\d{1,6}");

    public ScheduleSettings {
        if (eighths < 1 || eighths > 800) {
            throw StudioException.badRequest("eighths: a day holds 1 to 800 eighths of a page, not " + eighths);
        }
        if (start == null) {
            throw StudioException.badRequest("start: give the first shooting day (YYYY-MM-DD)");
        }
        if (minutesPerDay < 0 || minutesPerDay > 24 * 60) {
            throw StudioException.badRequest("hours: a shooting day lasts more than 0 and at most 24 hours");
        }
        cost("moveCost", moveCost);
        cost("dayCost", dayCost);
    }

    /** Days of {@code eighths} from {@code start}, no time cap, the default costs. */
    public static ScheduleSettings of(int eighths, LocalDate start) {
        return new ScheduleSettings(eighths, start, 0, DEFAULT_MOVE_COST, DEFAULT_DAY_COST);
    }

    /**
     * The day's length as typed: hours such as {@code 11} or {@code 10.5} (to the minute), blank
     * or null for none; 400 naming the field otherwise.
     */
    public static int minutes(String hours) {
        if (hours == null || hours.isBlank()) {
            return 0;
        }
        // plain decimals only: an exponent (1E-999999999) would make the arithmetic below blow up
        if (!HOURS.matcher(hours.strip()).matches()) {
            throw StudioException.badRequest("hours: \"" + abbreviate(hours) + "\" is not a number of hours (e.g. 11 or 10.5)");
        }
        BigDecimal value = new BigDecimal(hours.strip());
        if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(24)) > 0) {
            throw StudioException.badRequest("hours: a shooting day lasts more than 0 and at most 24 hours, not "
                    + abbreviate(hours.strip()));
        }
        return Math.max(1, value.multiply(BigDecimal.valueOf(60)).setScale(0, java.math.RoundingMode.HALF_UP).intValue());
    }

    /** A cost as typed: blank or null for {@code fallback}; 400 naming the field when it is not a whole number from 0. */
    public static long cost(String field, String raw, long fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return cost(field, Long.parseLong(raw.strip()));
        } catch (NumberFormatException e) {
            throw StudioException.badRequest(field + ": \"" + abbreviate(raw) + "\" is not a whole number of cast-days");
        }
    }

    private static long cost(String field, long cost) {
        if (cost < 0 || cost > MAX_COST) {
            throw StudioException.badRequest(field + ": a cost from 0 to " + MAX_COST + " cast-days, not " + cost);
        }
        return cost;
    }

    /** The day's length as the form shows it: {@code 10.5}, or empty when days are capped by pages alone. */
    public String hours() {
        if (minutesPerDay == 0) {
            return "";
        }
        return BigDecimal.valueOf(minutesPerDay).divide(BigDecimal.valueOf(60), 4, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    /**
     * The settings as an address's query carries them: pages and first day always, the rest
     * only when they differ from the defaults (so the addresses made before them still read the same).
     */
    public String query() {
        return "eighths=" + eighths + "&start=" + URLEncoder.encode(start.toString(), StandardCharsets.UTF_8)
                + (minutesPerDay == 0 ? "" : "&hours=" + hours())
                + (moveCost == DEFAULT_MOVE_COST ? "" : "&moveCost=" + moveCost)
                + (dayCost == DEFAULT_DAY_COST ? "" : "&dayCost=" + dayCost);
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
