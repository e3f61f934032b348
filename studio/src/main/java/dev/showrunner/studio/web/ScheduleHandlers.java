package dev.showrunner.studio.web;

import dev.showrunner.planning.input.Warning;
import dev.showrunner.planning.schedule.DayOutOfDaysPdf;
import dev.showrunner.planning.schedule.Reports;
import dev.showrunner.planning.schedule.ScheduleRequest;
import dev.showrunner.planning.schedule.ShootingSchedule;
import dev.showrunner.planning.schedule.ShootingScheduler;
import dev.showrunner.planning.schedule.StripboardPdf;
import dev.showrunner.studio.accounts.Access;
import dev.showrunner.studio.accounts.Role;
import dev.showrunner.studio.accounts.User;
import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.json.PlanningJson;
import dev.showrunner.studio.production.Plan;
import dev.showrunner.studio.production.Production;
import dev.showrunner.studio.production.ProductionFiles;
import dev.showrunner.studio.production.ScheduleSearches;
import dev.showrunner.studio.scripts.Draft;
import dev.showrunner.studio.scripts.Scripts;
import dev.showrunner.studio.series.Catalog;
import dev.showrunner.studio.series.Episode;
import dev.showrunner.studio.web.view.SchedulePage;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A draft's shooting schedule in the studio: the form (pages a day, first day, how long to
 * search), the episode's production files, the schedule the search finds, and its reports.
 * The reports are rebuilt from the board the page shows ({@code days=1.1.2...}, each scene's
 * day in script order) under the files' version it was found with, not searched again, so what
 * is downloaded is what was shown.
 */
final class ScheduleHandlers {

    /** Longest search a request may wait for (the API's, or a link's); the page's form searches in the background. */
    static final int MAX_SECONDS = 30;
    static final int DEFAULT_SECONDS = 10;
    static final int DEFAULT_EIGHTHS = 40;

    private final Access access;
    private final Catalog catalog;
    private final Scripts scripts;
    private final Production production;
    private final Templates templates;
    private final ScheduleSearches searches;

    ScheduleHandlers(Services services, Templates templates) {
        this.access = services.access();
        this.catalog = services.catalog();
        this.scripts = services.scripts();
        this.production = services.production();
        this.searches = services.searches();
        this.templates = templates;
    }

    /** The form and the production files, and with {@code ?eighths=N} the schedule of the chosen draft (the latest unless ?draft=N). */
    void page(Context ctx) {
        User user = Http.user(ctx);
        Episode episode = catalog.episode(Http.idParam(ctx, "episode"));
        Role role = access.read(user, episode.seriesId());
        ProductionFiles files = production.files(episode.id());
        show(ctx, episode, role, files, files.texts(), files.version(), null);
    }

    /**
     * {@code POST /episodes/{episode}/schedule/files}: saves the production files of the form,
     * then back to the page. A file that does not read, or someone's save since the form was
     * opened, shows the page again with the text as typed and what went wrong: nothing typed is
     * lost.
     */
    void saveFiles(Context ctx) {
        User user = Http.user(ctx);
        Episode episode = catalog.episode(Http.idParam(ctx, "episode"));
        Role role = access.plan(user, episode.seriesId());
        ProductionFiles.Texts texts = new ProductionFiles.Texts(ctx.formParam("cast"), ctx.formParam("elements"),
                ctx.formParam("places"), ctx.formParam("castCosts"), ctx.formParam("unavailable"), ctx.formParam("rules"));
        int base;
        try {
            base = Integer.parseInt(Http.required(ctx.formParam("version"), "version").strip());
        } catch (NumberFormatException e) {
            throw StudioException.badRequest("version: not a number");
        }
        try {
            production.save(episode.id(), base, texts, user.id());
        } catch (StudioException e) {
            ProductionFiles saved = production.files(episode.id());
            String problem = e.status() == 409 && saved.version() != base
                    ? saved.authorName() + " saved the production files while you were editing them. Your text is"
                            + " kept here and theirs is below: merge the two, then save again."
                    : e.detail();
            ctx.status(e.status());
            // the form now starts from what is saved, so saving again after a merge is not refused
            show(ctx, episode, role, saved, texts, saved.version(), problem);
            return;
        }
        ctx.redirect("/episodes/" + episode.id() + "/schedule#production-files");
    }

    /**
     * The page: the files shown are {@code texts} (as saved, or as typed), {@code problem} what
     * went wrong with them. With {@code ?days=BOARD} the page shows that board, priced under the
     * files' version of {@code ?files=N}, instead of searching; with {@code day=SCENE:DAY} params
     * as well (the board's form, one per strip), the strips were moved by hand: the moved board
     * is shown at its own address, or, if a day cannot hold it, the board before with why.
     */
    private void show(Context ctx, Episode episode, Role role, ProductionFiles saved, ProductionFiles.Texts texts,
            int version, String problem) {
        List<Draft> drafts = scripts.drafts(episode.id());
        Draft draft = draft(ctx, episode);
        boolean asked = ctx.queryParam("eighths") != null;
        int eighths = asked ? eighths(ctx) : DEFAULT_EIGHTHS;
        LocalDate start = start(ctx);
        int seconds = seconds(ctx);
        ProductionFiles used = ctx.queryParam("files") == null ? saved : files(ctx, episode);
        ShootingSchedule schedule = null;
        Plan plan = null;
        String unfit = null;
        String moveRefused = null;
        if (draft != null && problem == null) {
            try {
                plan = Production.plan(draft, used.texts());
            } catch (StudioException e) {
                unfit = e.detail(); // the files were saved against another draft; shown, not searched with
            }
        }
        java.util.SortedSet<Integer> locked = new java.util.TreeSet<>();
        if (asked && plan != null && ctx.queryParam("days") != null) {
            ScheduleRequest request = plan.request(eighths, start);
            int[] board = board(ctx.queryParam("days"), draft);
            locked = locks(ctx.queryParam("locks"), board.length);
            if (!ctx.queryParams("day").isEmpty()) {
                int[] moved = moved(ctx.queryParams("day"), board.length);
                // the board's form sends a strip's lock box when ticked
                java.util.SortedSet<Integer> locks = locks(String.join(".", ctx.queryParams("lock")), board.length);
                try {
                    ShootingSchedule arranged = ShootingScheduler.arrange(request, plan.rules(), moved);
                    ctx.redirect(SchedulePage.address(episode.id(), draft.number(), eighths, start, seconds,
                            used.version(), arranged.board(plan.breakdown().sheets()), SchedulePage.locksText(locks))
                            + firstMoved(board, moved, plan));
                    return;
                } catch (IllegalArgumentException e) {
                    moveRefused = refusal(board, moved, plan) + ": " + e.getMessage() + ".";
                }
            }
            schedule = arrange(request, plan, board, draft);
        } else if (asked && plan != null) {
            schedule = search(plan, plan.request(eighths, start).withTimeLimit(Duration.ofSeconds(seconds)));
        }
        templates.render(ctx, "schedule.jte", new SchedulePage(PageHandlers.chrome(ctx, episode.title() + " — schedule"),
                catalog.series(episode.seriesId()), episode, draft, drafts, eighths, start, seconds,
                new SchedulePage.Files(texts, version, saved, role.plans(), problem != null ? problem : unfit,
                        plan == null ? List.of() : plan.warnings().stream().map(ScheduleHandlers::warning).toList()),
                plan == null ? null : plan.breakdown(), schedule,
                new SchedulePage.Board(used.version(), ctx.queryParam("days") != null,
                        "search".equals(ctx.queryParam("from")) && moveRefused == null, moveRefused, locked)));
    }

    /** The board of {@code ?days=}; 400 when it cannot be read. */
    private static int[] board(String days, Draft draft) {
        try {
            return ShootingScheduler.parseBoard(days);
        } catch (IllegalArgumentException e) {
            throw StudioException.badRequest("days: " + e.getMessage() + " (schedule draft " + draft.number() + " again)");
        }
    }

    /** {@code board} priced as it stands; 400 when it no longer fits the draft or a day. */
    private static ShootingSchedule arrange(ScheduleRequest request, Plan plan, int[] board, Draft draft) {
        try {
            return ShootingScheduler.arrange(request, plan.rules(), board);
        } catch (IllegalArgumentException e) {
            throw StudioException.badRequest("days: " + e.getMessage() + " (schedule draft " + draft.number() + " again)");
        }
    }

    /** The board of the strips' form: {@code day=SCENE:DAY}, each scene (counted from 1 in script order) once. */
    private static int[] moved(List<String> days, int scenes) {
        int[] board = new int[scenes];
        for (String pair : days) {
            int colon = pair.indexOf(':');
            int scene;
            int day;
            try {
                scene = Integer.parseInt(pair.substring(0, Math.max(0, colon)));
                day = Integer.parseInt(pair.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw StudioException.badRequest("day: \"" + abbreviate(pair) + "\" is not SCENE:DAY");
            }
            if (scene < 1 || scene > scenes || board[scene - 1] != 0) {
                throw StudioException.badRequest("day: scene " + scene + " is not one of scenes 1 to " + scenes
                        + ", or is given twice");
            }
            board[scene - 1] = day;
        }
        for (int s = 0; s < scenes; s++) {
            if (board[s] == 0) {
                throw StudioException.badRequest("day: scene " + (s + 1) + " has no day");
            }
        }
        return board;
    }

    /** The locked strips of {@code ?locks=3.7.12} (1-based positions in script order); 400 naming one out of range. */
    private static java.util.SortedSet<Integer> locks(String raw, int scenes) {
        java.util.SortedSet<Integer> locked = new java.util.TreeSet<>();
        if (raw == null || raw.isBlank()) {
            return locked;
        }
        for (String part : raw.split("\\.", scenes + 2)) {
            int scene;
            try {
                scene = Integer.parseInt(part.strip());
            } catch (NumberFormatException e) {
                throw StudioException.badRequest("locks: \"" + abbreviate(part) + "\" is not a scene's place (1 to "
                        + scenes + ")");
            }
            if (scene < 1 || scene > scenes) {
                throw StudioException.badRequest("locks: " + scene + " is not one of scenes 1 to " + scenes);
            }
            locked.add(scene);
        }
        return locked;
    }

    /** "Scene 12 cannot go to day 3", or for several strips moved at once, "Scenes 12 and 14 cannot go there". */
    private static String refusal(int[] before, int[] after, Plan plan) {
        List<String> moved = new java.util.ArrayList<>();
        int to = 0;
        for (int s = 0; s < before.length; s++) {
            if (before[s] != after[s]) {
                moved.add(plan.breakdown().sheets().get(s).displayNumber());
                to = after[s];
            }
        }
        if (moved.size() == 1) {
            return "Scene " + moved.getFirst() + " cannot go to day " + to;
        }
        return "Scenes " + String.join(", ", moved) + " cannot go where they were moved";
    }

    /** The moved strip's anchor ({@code #strip-12}), so the page opens where the user was. */
    private static String firstMoved(int[] before, int[] after, Plan plan) {
        for (int s = 0; s < before.length; s++) {
            if (before[s] != after[s]) {
                return "#strip-" + plan.breakdown().sheets().get(s).displayNumber();
            }
        }
        return "#stripboard";
    }

    /**
     * {@code POST /episodes/{episode}/schedule/searches}: the form's search (pages a day, first
     * day, up to ten minutes) started in the background, then its progress page.
     */
    void startSearch(Context ctx) {
        Episode episode = readable(ctx);
        ScheduleSearches.Search search = start(ctx, episode, ctx.formParam("draft"), ctx.formParam("eighths"),
                ctx.formParam("start"), ctx.formParam("seconds"), ctx.formParam("days"), ctx.formParam("locks"));
        ctx.redirect(searchPath(episode, search), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /**
     * {@code GET /episodes/{episode}/schedule/searches/{search}}: the search's progress while it
     * runs (the page reloads itself), then the board it found, at the board's own address.
     */
    void searchPage(Context ctx) {
        Episode episode = readable(ctx);
        ScheduleSearches.Search search = searches.get(episode.id(), ctx.pathParam("search"));
        if (search.state() == ScheduleSearches.State.DONE) {
            ctx.redirect(SchedulePage.address(episode.id(), search.draft(), search.eighths(), search.start(),
                    search.seconds(), search.files(), search.board(), SchedulePage.locksText(search.pinned()))
                    + "&from=search#stripboard",
                    io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        templates.render(ctx, "schedule-search.jte", new dev.showrunner.studio.web.view.SearchPage(
                PageHandlers.chrome(ctx, episode.title() + " — scheduling"), catalog.series(episode.seriesId()), episode,
                search, searchPath(episode, search)));
    }

    /** {@code POST /episodes/{episode}/schedule/searches/{search}/cancel}: stops it; it ends with the best board so far. */
    void cancelSearch(Context ctx) {
        Episode episode = readable(ctx);
        ScheduleSearches.Search search = searches.get(episode.id(), ctx.pathParam("search"));
        searches.cancel(search);
        ctx.redirect(searchPath(episode, search), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    record SearchRequest(Integer draft, Integer eighths, String start, Integer seconds, String days, String locks) {}

    /** {@code POST /api/episodes/{episode}/schedule/searches}: starts a search in the background (202). */
    void apiStartSearch(Context ctx) {
        Episode episode = readable(ctx);
        SearchRequest req = Http.json(ctx, SearchRequest.class);
        ScheduleSearches.Search search = start(ctx, episode, req.draft() == null ? null : req.draft().toString(),
                req.eighths() == null ? null : req.eighths().toString(), req.start(),
                req.seconds() == null ? null : req.seconds().toString(), req.days(), req.locks());
        ctx.header("Location", "/api" + searchPath(episode, search));
        Http.json(ctx, 202, searchJson(episode, search));
    }

    /** {@code GET /api/episodes/{episode}/schedule/searches/{search}}: where it stands, and its board once done. */
    void apiSearch(Context ctx) {
        Episode episode = readable(ctx);
        Http.json(ctx, 200, searchJson(episode, searches.get(episode.id(), ctx.pathParam("search"))));
    }

    /** {@code DELETE /api/episodes/{episode}/schedule/searches/{search}}: stops it early (it keeps its best board). */
    void apiCancelSearch(Context ctx) {
        Episode episode = readable(ctx);
        ScheduleSearches.Search search = searches.get(episode.id(), ctx.pathParam("search"));
        searches.cancel(search);
        Http.json(ctx, 202, searchJson(episode, search));
    }

    /**
     * Starts the search asked for. With {@code locksField} (positions, {@code 3.7.12}) and the
     * board they are locked on ({@code daysField}), those scenes keep their days' dates.
     */
    private ScheduleSearches.Search start(Context ctx, Episode episode, String draftField, String eighthsField,
            String startField, String secondsField, String daysField, String locksField) {
        Draft draft = draftField == null || draftField.isBlank() ? scripts.latest(episode.id()).orElse(null)
                : scripts.draft(episode.id(), number("draft", draftField));
        if (draft == null) {
            throw StudioException.notFound("no draft saved yet");
        }
        int eighths = eighths(number("eighths", Http.required(eighthsField, "eighths")));
        LocalDate start = start(startField);
        int seconds = secondsField == null || secondsField.isBlank() ? DEFAULT_SECONDS : number("seconds", secondsField);
        ProductionFiles files = production.files(episode.id());
        Plan plan = Production.plan(draft, files.texts());
        Map<Integer, LocalDate> pinned = new java.util.HashMap<>();
        if (locksField != null && !locksField.isBlank()) {
            if (daysField == null || daysField.isBlank()) {
                throw StudioException.badRequest("locks: give the board they are locked on too (days)");
            }
            ShootingSchedule board = arrange(plan.request(eighths, start), plan, board(daysField, draft), draft);
            java.util.SortedSet<Integer> locked = locks(locksField, plan.breakdown().sheets().size());
            for (ShootingSchedule.Day day : board.days()) {
                for (var sheet : day.scenes()) {
                    int position = position(plan, sheet);
                    if (locked.contains(position)) {
                        pinned.put(position, day.date());
                    }
                }
            }
        }
        return searches.start(episode.id(), draft.number(), files.version(), plan, eighths, start, seconds, pinned);
    }

    private static int position(Plan plan, dev.showrunner.planning.breakdown.Sheet sheet) {
        List<dev.showrunner.planning.breakdown.Sheet> sheets = plan.breakdown().sheets();
        for (int i = 0; i < sheets.size(); i++) {
            if (sheets.get(i) == sheet) {
                return i + 1;
            }
        }
        throw new IllegalStateException("scene " + sheet.displayNumber() + " is not in the breakdown");
    }

    private static int number(String field, String raw) {
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw StudioException.badRequest(field + ": \"" + abbreviate(raw) + "\" is not a whole number");
        }
    }

    private static String searchPath(Episode episode, ScheduleSearches.Search search) {
        return "/episodes/" + episode.id() + "/schedule/searches/" + search.id();
    }

    private static Map<String, Object> searchJson(Episode episode, ScheduleSearches.Search search) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", search.id());
        json.put("state", search.state().name().toLowerCase(java.util.Locale.ROOT));
        json.put("draft", search.draft());
        json.put("files", search.files());
        json.put("seconds", search.seconds());
        json.put("elapsed", search.elapsedSeconds());
        json.put("cancelled", search.cancelled());
        var progress = search.progress();
        json.put("cost", progress == null ? null : progress.cost());
        json.put("lowerBound", progress == null ? null : progress.lowerBound());
        json.put("board", search.board());
        json.put("failure", search.failure());
        return json;
    }

    /** "places, line 2: the script has no set PIER". */
    private static String warning(Warning w) {
        return w.source() + ", line " + w.line() + ": " + w.message();
    }

    /**
     * {@code GET /api/episodes/{episode}/schedule?eighths=N[&draft=N&start=DATE&seconds=S&files=N]}:
     * the schedule the search finds, as JSON, with the board that asks for its reports; with
     * {@code &days=BOARD}, that board priced without searching.
     */
    void api(Context ctx) {
        Episode episode = readable(ctx);
        Draft draft = savedDraft(ctx, episode);
        ProductionFiles files = files(ctx, episode);
        Plan plan = Production.plan(draft, files.texts());
        ScheduleRequest request = plan.request(eighths(ctx), start(ctx)).withTimeLimit(Duration.ofSeconds(seconds(ctx)));
        // with ?days=BOARD, that board (moved by hand) is priced instead of searching
        ShootingSchedule schedule = ctx.queryParam("days") == null ? search(plan, request)
                : arrange(request, plan, board(ctx.queryParam("days"), draft), draft);
        var json = PlanningJson.schedule(Http.JSON, schedule, request.breakdown());
        json.put("draft", draft.number());
        json.put("files", files.version());
        var warnings = json.putArray("warnings");
        plan.warnings().forEach(w -> warnings.add(warning(w)));
        Http.json(ctx, 200, json);
    }

    /** {@code GET /api/episodes/{episode}/breakdown[?draft=N]}: one object per scene, as {@code showrunner breakdown --json}. */
    void apiBreakdown(Context ctx) {
        Episode episode = readable(ctx);
        Draft draft = savedDraft(ctx, episode);
        var json = Http.JSON.createObjectNode();
        json.put("draft", draft.number());
        json.set("scenes", PlanningJson.sheets(Http.JSON, Production.plan(draft, files(ctx, episode).texts()).breakdown()));
        Http.json(ctx, 200, json);
    }

    /**
     * {@code GET /api/episodes/{episode}/production-files}: the latest version (0, every file
     * empty, when none was saved).
     */
    void apiFiles(Context ctx) {
        Episode episode = readable(ctx);
        Http.json(ctx, 200, filesJson(production.files(episode.id()), List.of()));
    }

    record FilesRequest(Integer version, Map<String, String> files) {}

    /**
     * {@code PUT /api/episodes/{episode}/production-files}: saves {@code files} (the files left
     * out keep their text) as the version after {@code version}; 400 names the file, line and
     * column of the first error, 409 when someone saved since.
     */
    void apiSaveFiles(Context ctx) {
        User user = Http.user(ctx);
        Episode episode = catalog.episode(Http.idParam(ctx, "episode"));
        access.plan(user, episode.seriesId());
        FilesRequest req = Http.json(ctx, FilesRequest.class);
        int base = Http.required(req.version(), "version");
        Map<String, String> given = req.files() == null ? Map.of() : req.files();
        for (String name : given.keySet()) {
            if (!ProductionFiles.NAMES.contains(name)) {
                throw StudioException.badRequest("files." + name + ": no such file (the files are "
                        + String.join(", ", ProductionFiles.NAMES) + ")");
            }
        }
        // a file left out keeps its saved text: a client that sends one file loses none of the others
        ProductionFiles.Texts current = production.files(episode.id()).texts();
        Map<String, String> texts = new LinkedHashMap<>();
        ProductionFiles.NAMES.forEach(name -> texts.put(name, given.getOrDefault(name, current.named(name))));
        ProductionFiles saved = production.save(episode.id(), base, new ProductionFiles.Texts(texts.get("cast"),
                texts.get("elements"), texts.get("places"), texts.get("castCosts"), texts.get("unavailable"),
                texts.get("rules")), user.id());
        Draft draft = scripts.latest(episode.id()).orElseThrow();
        Http.json(ctx, 200, filesJson(saved, Production.plan(draft, saved.texts()).warnings()));
    }

    private static Map<String, Object> filesJson(ProductionFiles files, List<Warning> warnings) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", files.version());
        json.put("savedBy", files.version() == 0 ? null : files.authorName());
        json.put("savedAt", files.version() == 0 ? null : java.time.Instant.ofEpochMilli(files.savedAt()).toString());
        Map<String, String> texts = new LinkedHashMap<>();
        ProductionFiles.NAMES.forEach(name -> texts.put(name, files.texts().named(name)));
        json.put("files", texts);
        json.put("warnings", warnings.stream().map(ScheduleHandlers::warning).toList());
        return json;
    }

    private ShootingSchedule search(Plan plan, ScheduleRequest request) {
        return searches.now(plan, request);
    }

    /** One report of the board in {@code ?days=}: stripboard or day out of days (PDF or CSV), or the calendar. */
    void report(Context ctx) {
        Episode episode = readable(ctx);
        Draft draft = savedDraft(ctx, episode);
        String file = ctx.pathParam("file");
        Plan plan = Production.plan(draft, files(ctx, episode).texts());
        ScheduleRequest request = plan.request(eighths(ctx), start(ctx));
        ShootingSchedule schedule = arrange(request, plan, board(ctx.queryParam("days"), draft), draft);
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

    /** The production files of {@code ?files=N} (the version a schedule was found with), else the latest. */
    private ProductionFiles files(Context ctx, Episode episode) {
        return ctx.queryParam("files") == null ? production.files(episode.id())
                : production.files(episode.id(), Http.intQuery(ctx, "files"));
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
        return eighths(Http.intQuery(ctx, "eighths"));
    }

    private static int eighths(int eighths) {
        if (eighths < 1 || eighths > 800) {
            throw StudioException.badRequest("eighths: a day holds 1 to 800 eighths of a page, not " + eighths);
        }
        return eighths;
    }

    /** The first shooting day: ?start=YYYY-MM-DD, else next Monday. */
    private static LocalDate start(Context ctx) {
        return start(ctx.queryParam("start"));
    }

    private static LocalDate start(String raw) {
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
    private static int seconds(Context ctx) {
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
