package dev.showrunner.studio.web;

import dev.showrunner.planning.breakdown.Breakdown;
import dev.showrunner.planning.breakdown.Elements;
import dev.showrunner.planning.schedule.Constraints;
import dev.showrunner.planning.schedule.DayOutOfDaysPdf;
import dev.showrunner.planning.schedule.LocationsFile;
import dev.showrunner.planning.schedule.Reports;
import dev.showrunner.planning.schedule.ScheduleRequest;
import dev.showrunner.planning.schedule.ShootingSchedule;
import dev.showrunner.planning.schedule.ShootingScheduler;
import dev.showrunner.planning.schedule.StripboardPdf;
import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.studio.accounts.Access;
import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.json.PlanningJson;
import dev.showrunner.studio.scripts.Draft;
import dev.showrunner.studio.scripts.Scripts;
import dev.showrunner.studio.series.Catalog;
import dev.showrunner.studio.series.Episode;
import dev.showrunner.studio.web.view.SchedulePage;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * A draft's shooting schedule in the studio: the form (pages a day, first day, how long to
 * search), the schedule the search finds, and its reports. The reports are rebuilt from the
 * board the page shows ({@code days=1.1.2...}, each scene's day in script order), not searched
 * again, so what is downloaded is what was shown.
 */
final class ScheduleHandlers {

    /** Longest search a page may ask for: the request waits for it. */
    static final int MAX_SECONDS = 30;
    static final int DEFAULT_SECONDS = 10;
    static final int DEFAULT_EIGHTHS = 40;
    /** Longest places text: a feature's locations file is a few kilobytes (Big Fish's: 7). */
    static final int MAX_PLACES = 20_000;

    private final Access access;
    private final Catalog catalog;
    private final Scripts scripts;
    private final Templates templates;
    /** Searches running at once: one per processor; more wait for none and are refused. */
    private final Semaphore searches = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

    ScheduleHandlers(Services services, Templates templates) {
        this.access = services.access();
        this.catalog = services.catalog();
        this.scripts = services.scripts();
        this.templates = templates;
    }

    /** The form, and with {@code ?eighths=N} the schedule of the chosen draft (the latest unless ?draft=N). */
    void page(Context ctx) {
        Episode episode = readable(ctx);
        List<Draft> drafts = scripts.drafts(episode.id());
        Draft draft = draft(ctx, episode);
        boolean asked = ctx.queryParam("eighths") != null;
        int eighths = asked ? eighths(ctx) : DEFAULT_EIGHTHS;
        LocalDate start = start(ctx);
        int seconds = seconds(ctx);
        String places = places(ctx);
        ShootingSchedule schedule = null;
        Breakdown breakdown = null;
        List<String> warnings = List.of();
        if (asked && draft != null) {
            breakdown = breakdown(draft);
            LocationsFile read = locations(places, breakdown);
            warnings = read.warnings().stream().map(w -> "places, line " + w.line() + ": " + w.message()).toList();
            ScheduleRequest request = ScheduleRequest.of(breakdown, eighths, start).withLocations(read.locations())
                    .withTimeLimit(Duration.ofSeconds(seconds));
            schedule = search(request);
        }
        templates.render(ctx, "schedule.jte", new SchedulePage(PageHandlers.chrome(ctx, episode.title() + " — schedule"),
                catalog.series(episode.seriesId()), episode, draft, drafts, eighths, start, seconds, places, warnings,
                breakdown, schedule));
    }

    /**
     * {@code GET /api/episodes/{episode}/schedule?eighths=N[&draft=N&start=DATE&seconds=S]}: the
     * schedule the search finds, as JSON, with the board that asks for its reports.
     */
    void api(Context ctx) {
        Episode episode = readable(ctx);
        Draft draft = savedDraft(ctx, episode);
        ScheduleRequest request = request(ctx, draft).withTimeLimit(Duration.ofSeconds(seconds(ctx)));
        ShootingSchedule schedule = search(request);
        var json = PlanningJson.schedule(Http.JSON, schedule, request.breakdown());
        json.put("draft", draft.number());
        Http.json(ctx, 200, json);
    }

    /** {@code GET /api/episodes/{episode}/breakdown[?draft=N]}: one object per scene, as {@code showrunner breakdown --json}. */
    void apiBreakdown(Context ctx) {
        Episode episode = readable(ctx);
        Draft draft = savedDraft(ctx, episode);
        var json = Http.JSON.createObjectNode();
        json.put("draft", draft.number());
        json.set("scenes", PlanningJson.sheets(Http.JSON, breakdown(draft)));
        Http.json(ctx, 200, json);
    }

    private ShootingSchedule search(ScheduleRequest request) {
        if (!searches.tryAcquire()) {
            throw StudioException.tooManyRequests("the studio is already scheduling as many scripts as it has"
                    + " processors; try again in a minute");
        }
        try {
            return ShootingScheduler.schedule(request, () -> false);
        } finally {
            searches.release();
        }
    }

    /** One report of the board in {@code ?days=}: stripboard or day out of days (PDF or CSV), or the calendar. */
    void report(Context ctx) {
        Episode episode = readable(ctx);
        Draft draft = savedDraft(ctx, episode);
        String file = ctx.pathParam("file");
        ScheduleRequest request = request(ctx, draft);
        ShootingSchedule schedule;
        try {
            schedule = ShootingScheduler.arrange(request, Constraints.none(), ShootingScheduler.parseBoard(ctx.queryParam("days")));
        } catch (IllegalArgumentException e) {
            throw StudioException.badRequest("days: " + e.getMessage() + " (schedule draft " + draft.number() + " again)");
        }
        String title = episode.title() + " — " + draft.label();
        String name = ApiHandlers.fileName(episode, draft) + "-" + file;
        switch (file) {
            case "stripboard.pdf" -> send(ctx, name, "application/pdf", pdf(out -> StripboardPdf.write(schedule, title, out)));
            case "day-out-of-days.pdf" -> send(ctx, name, "application/pdf",
                    pdf(out -> DayOutOfDaysPdf.write(schedule, title, out)));
            case "stripboard.csv" -> send(ctx, name, "text/csv; charset=utf-8",
                    Reports.stripboardCsv(schedule).getBytes(StandardCharsets.UTF_8));
            case "day-out-of-days.csv" -> send(ctx, name, "text/csv; charset=utf-8",
                    Reports.dayOutOfDaysCsv(schedule).getBytes(StandardCharsets.UTF_8));
            case "schedule.ics" -> send(ctx, name, "text/calendar; charset=utf-8",
                    Reports.iCalendar(schedule, title).getBytes(StandardCharsets.UTF_8));
            default -> throw StudioException.notFound("no report " + file);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }

    /** The request of the query: the draft's breakdown, pages a day, first day and places. */
    private ScheduleRequest request(Context ctx, Draft draft) {
        Breakdown breakdown = breakdown(draft);
        return ScheduleRequest.of(breakdown, eighths(ctx), start(ctx))
                .withLocations(locations(places(ctx), breakdown).locations());
    }

    private static Breakdown breakdown(Draft draft) {
        return Breakdown.of(Fountain.read(draft.body()), Elements.none());
    }

    /** ?places=: where the sets are shot, as a locations file has it ("HOUSE: KITCHEN, FOYER" a line). */
    private static String places(Context ctx) {
        String places = ctx.queryParam("places");
        if (places == null) {
            return "";
        }
        if (places.length() > MAX_PLACES) {
            throw StudioException.badRequest("places: more than " + MAX_PLACES + " characters");
        }
        return places;
    }

    private static LocationsFile locations(String places, Breakdown breakdown) {
        try {
            return LocationsFile.read(new StringReader(places), "places", breakdown);
        } catch (ScriptFormatException e) {
            throw StudioException.badRequest(e.getMessage());
        }
    }

    /** The episode of the path, once the user is known to read its series. */
    private Episode readable(Context ctx) {
        Episode episode = catalog.episode(Http.idParam(ctx, "episode"));
        access.read(Http.user(ctx), episode.seriesId());
        return episode;
    }

    /** The chosen draft (the latest unless ?draft=N); 404 when the episode has none. */
    private Draft savedDraft(Context ctx, Episode episode) {
        Draft draft = draft(ctx, episode);
        if (draft == null) {
            throw StudioException.notFound("no draft saved yet");
        }
        return draft;
    }

    private Draft draft(Context ctx, Episode episode) {
        return ctx.queryParam("draft") == null ? scripts.latest(episode.id()).orElse(null)
                : scripts.draft(episode.id(), Http.intQuery(ctx, "draft"));
    }

    private static int eighths(Context ctx) {
        int eighths = Http.intQuery(ctx, "eighths");
        if (eighths < 1 || eighths > 800) {
            throw StudioException.badRequest("eighths: a day holds 1 to 800 eighths of a page, not " + eighths);
        }
        return eighths;
    }

    /** The first shooting day: ?start=YYYY-MM-DD, else next Monday. */
    private static LocalDate start(Context ctx) {
        String raw = ctx.queryParam("start");
        if (raw == null || raw.isBlank()) {
            return LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw StudioException.badRequest("start: \"" + abbreviate(raw) + "\" is not a date (YYYY-MM-DD)");
        }
    }

    private static int seconds(Context ctx) {
        if (ctx.queryParam("seconds") == null) {
            return DEFAULT_SECONDS;
        }
        int seconds = Http.intQuery(ctx, "seconds");
        if (seconds < 1 || seconds > MAX_SECONDS) {
            throw StudioException.badRequest("seconds: the search may take 1 to " + MAX_SECONDS + " seconds, not " + seconds);
        }
        return seconds;
    }

    private interface PdfWriter {
        void write(java.io.OutputStream out) throws IOException;
    }

    private static byte[] pdf(PdfWriter writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void send(Context ctx, String name, String type, byte[] body) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.contentType(type).result(body);
    }
}
