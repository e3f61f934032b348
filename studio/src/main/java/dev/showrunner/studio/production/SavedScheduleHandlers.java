package dev.showrunner.studio.production;

import dev.showrunner.planning.breakdown.Sheet;
import dev.showrunner.planning.schedule.Reports;
import dev.showrunner.planning.schedule.ScheduleChanges;
import dev.showrunner.planning.schedule.ShootingSchedule;
import dev.showrunner.planning.schedule.ShootingScheduler;
import dev.showrunner.studio.accounts.User;
import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.scripts.Draft;
import dev.showrunner.studio.series.Episode;
import dev.showrunner.studio.web.Http;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;

/**
 * Schedules saved by name, from the schedule page's board and from the API. A board is priced
 * again under its draft, production files and shooting days before it is saved, so a board
 * that does not fit them is refused (400) and what is saved is what the page showed.
 */
final class SavedScheduleHandlers {

    private final ProductionRoutes.Parts parts;

    SavedScheduleHandlers(ProductionRoutes.Parts parts) {
        this.parts = parts;
    }

    /** {@code POST /episodes/{episode}/schedules}: saves the board shown, then back to it. */
    void save(Context ctx) {
        User user = Http.user(ctx);
        Episode episode = parts.episodes().plan(ctx);
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
        Episode episode = parts.episodes().plan(ctx);
        SaveRequest req = Http.json(ctx, SaveRequest.class);
        SavedSchedule saved = save(episode, user, req.name(), req.draft(), req.files(),
                ScheduleParams.settings(req.eighths(), req.start(), req.hours(), req.moveCost(), req.dayCost()),
                req.days(), req.locks());
        ctx.header("Location", "/api/episodes/" + episode.id() + "/schedules/" + saved.number());
        Http.json(ctx, 201, json(saved));
    }

    /** {@code GET /api/episodes/{episode}/schedules}: the saved schedules, the latest first. */
    void apiList(Context ctx) {
        Episode episode = readable(ctx);
        Http.json(ctx, 200, parts.schedules().list(episode.id()).stream().map(SavedScheduleHandlers::json).toList());
    }

    /** {@code GET /api/episodes/{episode}/schedules/{number}}: one saved schedule. */
    void apiGet(Context ctx) {
        Episode episode = readable(ctx);
        Http.json(ctx, 200, json(parts.schedules().get(episode.id(), number(ctx))));
    }

    /**
     * Prices {@code days} (each scene's day, in script order) under the draft (the latest when
     * null), the files' version (the latest when null) and the settings, then saves it.
     */
    private SavedSchedule save(Episode episode, User user, String name, Integer draftNumber, Integer filesVersion,
            ScheduleSettings settings, String days, String locksField) {
        Draft draft = parts.scripts().draftOrLatest(episode.id(), draftNumber);
        ProductionFiles files = filesVersion == null ? parts.production().files(episode.id())
                : parts.production().files(episode.id(), filesVersion);
        Plan plan = Production.plan(draft, files.texts());
        int[] board = BoardForm.read(Http.required(days, "days"), draft);
        ShootingSchedule priced = BoardForm.price(plan.request(settings), plan, board, draft);
        String locks = SchedulePage.locksText(BoardForm.locks(locksField, board.length));
        return parts.schedules().save(episode.id(), name, new SavedSchedule.Board(draft.number(), files.version(), settings,
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
        SavedSchedule to = parts.schedules().get(episode.id(), number(ctx));
        SavedSchedule from = from(ctx, episode, to);
        ScheduleChanges changes = ScheduleChanges.between(priced(from), priced(to));
        if ("csv".equals(ctx.queryParam("format"))) {
            String name = Http.downloadName(episode.title(), "schedule-" + to.number() + "-changes-since-" + from.number());
            ctx.header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
            ctx.contentType("text/csv; charset=utf-8").result(Reports.changesCsv(changes).getBytes(StandardCharsets.UTF_8));
            return;
        }
        parts.templates().render(ctx, "production/schedule-changes.jte", new ScheduleChangesPage(
                Http.chrome(ctx, episode.title() + " — " + to.name() + ": changes"),
                parts.catalog().series(episode.seriesId()), episode, from, to, changes, parts.schedules().list(episode.id()),
                ScheduleParams.DEFAULT_SECONDS));
    }

    /** {@code GET /api/episodes/{episode}/schedules/{number}/changes[?from=N]}: the same, as JSON. */
    void apiChanges(Context ctx) {
        Episode episode = readable(ctx);
        SavedSchedule to = parts.schedules().get(episode.id(), number(ctx));
        SavedSchedule from = from(ctx, episode, to);
        ScheduleChanges changes = ScheduleChanges.between(priced(from), priced(to));
        Http.json(ctx, 200, new ProductionJson.ChangesAnswer(json(from), json(to), ProductionJson.Changes.of(changes)));
    }

    /** The schedule {@code ?from=N} names, else the one saved before {@code to}; 404 when there is none. */
    private SavedSchedule from(Context ctx, Episode episode, SavedSchedule to) {
        if (ctx.queryParam("from") != null) {
            return parts.schedules().get(episode.id(), Http.intQuery(ctx, "from"));
        }
        if (to.number() == 1) {
            throw StudioException.notFound("schedule 1 is the first saved: name one to compare it with (?from=N)");
        }
        return parts.schedules().get(episode.id(), to.number() - 1);
    }

    /** A saved schedule's board priced again under its own draft, files and days, for its dates. */
    private ShootingSchedule priced(SavedSchedule saved) {
        return BoardForm.priced(saved, parts.scripts(), parts.production());
    }

    /**
     * {@code GET /episodes/{episode}/schedules/{number}/carry}: the saved board carried to the
     * latest draft, opened on the schedule page to be moved, locked and searched again and
     * saved as the revised schedule.
     */
    void carry(Context ctx) {
        Episode episode = readable(ctx);
        SavedSchedule saved = parts.schedules().get(episode.id(), number(ctx));
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
        SavedSchedule saved = parts.schedules().get(episode.id(), number(ctx));
        Carry carry = carry(episode, saved);
        Http.json(ctx, 200, new ProductionJson.Carried(
                ProductionJson.Schedule.of(carry.schedule(), carry.plan().breakdown()), carry.draft().number(),
                carry.files().version(), ProductionJson.Settings.of(saved.board().settings()), carry.locks(), json(saved),
                ProductionJson.Changes.of(ScheduleChanges.between(carry.was(), carry.schedule())), carry.address()));
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
        Draft draft = parts.scripts().draftOrLatest(episode.id(), null);
        ProductionFiles files = parts.production().files(episode.id());
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

    private static ProductionJson.Saved json(SavedSchedule saved) {
        return ProductionJson.Saved.of(saved, address(saved));
    }

    /** The saved schedule's number in the path; 404 when it is not one. */
    private static int number(Context ctx) {
        return Http.numberParam(ctx, "number", "saved schedule");
    }

    private Episode readable(Context ctx) {
        return parts.episodes().read(ctx);
    }
}
