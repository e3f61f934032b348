package dev.showrunner.studio.web;

import dev.showrunner.planning.breakdown.Sheet;
import dev.showrunner.planning.schedule.Reports;
import dev.showrunner.planning.schedule.ScheduleChanges;
import dev.showrunner.planning.schedule.ShootingSchedule;
import dev.showrunner.planning.schedule.ShootingScheduler;
import dev.showrunner.studio.accounts.Access;
import dev.showrunner.studio.accounts.User;
import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.json.PlanningJson;
import dev.showrunner.studio.production.Plan;
import dev.showrunner.studio.production.Production;
import dev.showrunner.studio.production.ProductionFiles;
import dev.showrunner.studio.production.SavedSchedule;
import dev.showrunner.studio.production.ScheduleSettings;
import dev.showrunner.studio.production.Schedules;
import dev.showrunner.studio.scripts.Draft;
import dev.showrunner.studio.scripts.Scripts;
import dev.showrunner.studio.series.Catalog;
import dev.showrunner.studio.series.Episode;
import dev.showrunner.studio.web.view.ScheduleChangesPage;
import dev.showrunner.studio.web.view.SchedulePage;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Schedules saved by name, from the schedule page's board and from the API. A board is priced
 * again under its draft, production files and shooting days before it is saved, so a board
 * that does not fit them is refused (400) and what is saved is what the page showed.
 */
final class SavedScheduleHandlers {

    private final Access access;
    private final Catalog catalog;
    private final Scripts scripts;
    private final Production production;
    private final Schedules schedules;
    private final Templates templates;

    SavedScheduleHandlers(Services services, Templates templates) {
        this.templates = templates;
        this.access = services.access();
        this.catalog = services.catalog();
        this.scripts = services.scripts();
        this.production = services.production();
        this.schedules = services.schedules();
    }

    /** {@code POST /episodes/{episode}/schedules}: saves the board shown, then back to it. */
    void save(Context ctx) {
        User user = Http.user(ctx);
        Episode episode = catalog.episode(Http.idParam(ctx, "episode"));
        access.plan(user, episode.seriesId());
        SavedSchedule saved = save(episode, user, ctx.formParam("name"), ScheduleParams.formNumber(ctx, "draft"),
                ScheduleParams.formNumber(ctx, "files"), ScheduleParams.formSettings(ctx), ctx.formParam("days"),
                ctx.formParam("locks"));
        ctx.redirect(address(saved) + "#stripboard", HttpStatus.SEE_OTHER);
    }

    /** The API's board to save: the shooting days as a search's body gives them. */
    record SaveRequest(String name, Integer draft, Integer files, Integer eighths, String start, String hours,
            String moveCost, String dayCost, String days, String locks) {}

    /** {@code POST /api/episodes/{episode}/schedules}: saves a board by name (201). */
    void apiSave(Context ctx) {
        User user = Http.user(ctx);
        Episode episode = catalog.episode(Http.idParam(ctx, "episode"));
        access.plan(user, episode.seriesId());
        SaveRequest req = Http.json(ctx, SaveRequest.class);
        SavedSchedule saved = save(episode, user, req.name(), req.draft(), req.files(),
                ScheduleParams.settings(req.eighths(), req.start(), req.hours(), req.moveCost(), req.dayCost()),
                req.days(), req.locks());
        ctx.header("Location", "/api/episodes/" + episode.id() + "/schedules/" + saved.number());
        Http.json(ctx, 201, json(episode, saved));
    }

    /** {@code GET /api/episodes/{episode}/schedules}: the saved schedules, the latest first. */
    void apiList(Context ctx) {
        Episode episode = readable(ctx);
        Http.json(ctx, 200, schedules.list(episode.id()).stream().map(s -> json(episode, s)).toList());
    }

    /** {@code GET /api/episodes/{episode}/schedules/{number}}: one saved schedule. */
    void apiGet(Context ctx) {
        Episode episode = readable(ctx);
        Http.json(ctx, 200, json(episode, schedules.get(episode.id(), number(ctx))));
    }

    /**
     * Prices {@code days} (each scene's day, in script order) under the draft (the latest when
     * null), the files' version (the latest when null) and the settings, then saves it.
     */
    private SavedSchedule save(Episode episode, User user, String name, Integer draftNumber, Integer filesVersion,
            ScheduleSettings settings, String days, String locksField) {
        Draft draft = scripts.draftOrLatest(episode.id(), draftNumber);
        ProductionFiles files = filesVersion == null ? production.files(episode.id())
                : production.files(episode.id(), filesVersion);
        Plan plan = Production.plan(draft, files.texts());
        int[] board = BoardForm.read(Http.required(days, "days"), draft);
        ShootingSchedule priced = BoardForm.price(plan.request(settings), plan, board, draft);
        String locks = SchedulePage.locksText(BoardForm.locks(locksField, board.length));
        return schedules.save(episode.id(), name, new SavedSchedule.Board(draft.number(), files.version(), settings,
                priced.board(plan.breakdown().sheets()), locks, priced.days().size(), priced.cost(),
                priced.lowerBound()), user.id());
    }

    /** The schedule page's address of a saved schedule: its board, priced as it was saved. */
    static String address(SavedSchedule saved) {
        return SchedulePage.address(saved, ScheduleParams.DEFAULT_SECONDS);
    }

    /**
     * {@code GET /episodes/{episode}/schedules/{number}/changes[?from=N][&format=csv]}: what
     * changed since schedule {@code from} (the one saved before it when left out), as a page or
     * as the revised schedule's CSV.
     */
    void changes(Context ctx) {
        Episode episode = readable(ctx);
        SavedSchedule to = schedules.get(episode.id(), number(ctx));
        SavedSchedule from = from(ctx, episode, to);
        ScheduleChanges changes = ScheduleChanges.between(priced(from), priced(to));
        if ("csv".equals(ctx.queryParam("format"))) {
            String name = ApiHandlers.fileName(episode, "schedule-" + to.number() + "-changes-since-" + from.number());
            ctx.header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
            ctx.contentType("text/csv; charset=utf-8").result(Reports.changesCsv(changes).getBytes(StandardCharsets.UTF_8));
            return;
        }
        templates.render(ctx, "schedule-changes.jte", new ScheduleChangesPage(
                PageHandlers.chrome(ctx, episode.title() + " — " + to.name() + ": changes"),
                catalog.series(episode.seriesId()), episode, from, to, changes, schedules.list(episode.id()),
                ScheduleParams.DEFAULT_SECONDS));
    }

    /** {@code GET /api/episodes/{episode}/schedules/{number}/changes[?from=N]}: the same, as JSON. */
    void apiChanges(Context ctx) {
        Episode episode = readable(ctx);
        SavedSchedule to = schedules.get(episode.id(), number(ctx));
        SavedSchedule from = from(ctx, episode, to);
        ScheduleChanges changes = ScheduleChanges.between(priced(from), priced(to));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", json(episode, from));
        json.put("to", json(episode, to));
        json.putAll(changesJson(changes));
        Http.json(ctx, 200, json);
    }

    /** {@code moved}, {@code added} and {@code dropped}: the scenes, their sets, cast and dates. */
    private static Map<String, Object> changesJson(ScheduleChanges changes) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("moved", changes.moved().stream().map(m -> {
            Map<String, Object> o = scene(m.scene());
            o.put("from", day(m.from()));
            o.put("to", day(m.to()));
            return o;
        }).toList());
        json.put("added", changes.added().stream().map(p -> placed(p)).toList());
        json.put("dropped", changes.dropped().stream().map(p -> placed(p)).toList());
        return json;
    }

    /** The schedule {@code ?from=N} names, else the one saved before {@code to}; 404 when there is none. */
    private SavedSchedule from(Context ctx, Episode episode, SavedSchedule to) {
        if (ctx.queryParam("from") != null) {
            return schedules.get(episode.id(), Http.intQuery(ctx, "from"));
        }
        if (to.number() == 1) {
            throw StudioException.notFound("schedule 1 is the first saved: name one to compare it with (?from=N)");
        }
        return schedules.get(episode.id(), to.number() - 1);
    }

    /** A saved schedule's board priced again under its own draft, files and days, for its dates. */
    private ShootingSchedule priced(SavedSchedule saved) {
        return BoardForm.priced(saved, scripts, production);
    }

    /**
     * {@code GET /episodes/{episode}/schedules/{number}/carry}: the saved board carried to the
     * latest draft, opened on the schedule page to be moved, locked and searched again and
     * saved as the revised schedule.
     */
    void carry(Context ctx) {
        Episode episode = readable(ctx);
        SavedSchedule saved = schedules.get(episode.id(), number(ctx));
        Carry carry = carry(episode, saved);
        ctx.redirect(carry.address() + "#stripboard", HttpStatus.SEE_OTHER);
    }

    /**
     * {@code GET /api/episodes/{episode}/schedules/{number}/carry}: the same board as JSON, as
     * {@code GET …/schedule} gives a board, with its locks, the saved schedule it came from and
     * what carrying it changed (as {@code …/changes} says it); nothing is saved.
     */
    void apiCarry(Context ctx) {
        Episode episode = readable(ctx);
        SavedSchedule saved = schedules.get(episode.id(), number(ctx));
        Carry carry = carry(episode, saved);
        var json = PlanningJson.schedule(Http.JSON, carry.schedule(), carry.plan().breakdown());
        json.put("draft", carry.draft().number());
        json.put("files", carry.files().version());
        ScheduleParams.json(saved.board().settings()).forEach(json::putPOJO);
        json.put("locks", carry.locks());
        json.putPOJO("carriedFrom", json(episode, saved));
        changesJson(ScheduleChanges.between(carry.was(), carry.schedule())).forEach(json::putPOJO);
        json.put("address", carry.address());
        Http.json(ctx, 200, json);
    }

    /**
     * A saved board carried to the latest draft under the latest production files: {@code was}
     * the saved board as it was priced, {@code schedule} the carried one, {@code locks} its
     * locks as the page's {@code locks=} carries them.
     */
    private record Carry(Draft draft, ProductionFiles files, Plan plan, ShootingSchedule was,
            ShootingSchedule schedule, String locks, String address) {}

    /**
     * Scenes the draft keeps unchanged keep their days and locks; new or rewritten ones go to a
     * day after the last (or, if a day cannot hold them together, each to a day of its own).
     * 400 when the board cannot be carried at all.
     */
    private Carry carry(Episode episode, SavedSchedule saved) {
        Draft draft = scripts.draftOrLatest(episode.id(), null);
        ProductionFiles files = production.files(episode.id());
        Plan plan = Production.plan(draft, files.texts());
        ShootingSchedule was = priced(saved);
        var sheets = plan.breakdown().sheets();
        var request = plan.request(saved.board().settings());
        BoardForm.Carried together = BoardForm.carried(was, sheets, false);
        ShootingSchedule carried;
        try {
            carried = ShootingScheduler.arrange(request, plan.rules(), together.board());
        } catch (IllegalArgumentException dayTooFull) {
            try {
                carried = ShootingScheduler.arrange(request, plan.rules(), BoardForm.carried(was, sheets, true).board());
            } catch (IllegalArgumentException apart) {
                throw StudioException.badRequest("the board of " + saved.name() + " cannot be carried to "
                        + draft.label() + ": " + apart.getMessage() + " (the places may have changed since); schedule "
                        + draft.label() + " afresh");
            }
        }
        // a lock follows its scene, by number, where the scene kept its day; the saved board's
        // scenes, in script order, are those of its priced days
        java.util.Set<String> lockedNumbers = new java.util.HashSet<>();
        var savedSheets = was.days().stream().flatMap(d -> d.scenes().stream())
                .sorted(java.util.Comparator.comparingInt(Sheet::index)).toList();
        for (int position : BoardForm.locks(saved.board().locks(), savedSheets.size())) {
            lockedNumbers.add(savedSheets.get(position - 1).displayNumber());
        }
        java.util.SortedSet<Integer> locks = new java.util.TreeSet<>();
        for (int i = 0; i < sheets.size(); i++) {
            if (together.kept()[i] && lockedNumbers.contains(sheets.get(i).displayNumber())) {
                locks.add(i + 1);
            }
        }
        String locksText = SchedulePage.locksText(locks);
        String address = SchedulePage.address(episode.id(), draft.number(), saved.board().settings(),
                ScheduleParams.DEFAULT_SECONDS, files.version(), carried.board(sheets), locksText)
                + "&carried=" + saved.number();
        return new Carry(draft, files, plan, was, carried, locksText, address);
    }

    private static Map<String, Object> scene(Sheet sheet) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("scene", sheet.displayNumber());
        o.put("set", sheet.set());
        o.put("cast", sheet.cast());
        return o;
    }

    private static Map<String, Object> day(ShootingSchedule.Day day) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("day", day.number());
        o.put("date", day.date().toString());
        return o;
    }

    private static Map<String, Object> placed(ScheduleChanges.Placed placed) {
        Map<String, Object> o = scene(placed.scene());
        o.putAll(day(placed.day()));
        return o;
    }

    private static Map<String, Object> json(Episode episode, SavedSchedule saved) {
        SavedSchedule.Board b = saved.board();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", saved.number());
        json.put("name", saved.name());
        json.put("savedBy", saved.authorName());
        json.put("savedAt", Instant.ofEpochMilli(saved.savedAt()).toString());
        json.put("draft", b.draft());
        json.put("files", b.files());
        json.putAll(ScheduleParams.json(b.settings()));
        json.put("board", b.days());
        json.put("locks", b.locks());
        json.put("days", b.shootingDays());
        json.put("cost", b.cost());
        json.put("lowerBound", b.lowerBound());
        json.put("address", address(saved));
        return json;
    }

    /** The saved schedule's number in the path; 404 when it is not one. */
    private static int number(Context ctx) {
        try {
            return Integer.parseInt(ctx.pathParam("number"));
        } catch (NumberFormatException e) {
            throw StudioException.notFound("no such saved schedule");
        }
    }

    private Episode readable(Context ctx) {
        return ScheduleHandlers.readable(ctx, catalog, access);
    }
}
