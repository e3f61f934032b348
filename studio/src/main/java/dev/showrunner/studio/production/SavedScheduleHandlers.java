package dev.showrunner.studio.production;

import dev.showrunner.planning.breakdown.Sheet;
import dev.showrunner.planning.schedule.Reports;
import dev.showrunner.planning.schedule.ScheduleChanges;
import dev.showrunner.planning.schedule.ShootingSchedule;
import dev.showrunner.planning.schedule.ShootingScheduler;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.studio.accounts.User;
import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.scripts.Draft;
import dev.showrunner.studio.series.Episode;
import dev.showrunner.studio.web.Http;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.util.Map;

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
        Plan plan = parts.production().plan(draft, files.texts());
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
        ScheduleChanges changes = changes(episode, from, to);
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
        ScheduleChanges changes = changes(episode, from, to);
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

    /** What changed from saved schedule {@code from} to {@code to}, their scenes matched as {@link SceneMatch} does. */
    private ScheduleChanges changes(Episode episode, SavedSchedule from, SavedSchedule to) {
        return ScheduleChanges.between(priced(from), priced(to), SceneMatch.of(script(episode, from),
                script(episode, to.board().draft())));
    }

    /** The script of a saved schedule's draft, as production reads it. */
    private Screenplay script(Episode episode, SavedSchedule saved) {
        return script(episode, saved.board().draft());
    }

    private Screenplay script(Episode episode, int draft) {
        return parts.production().shooting(parts.scripts().draft(episode.id(), draft));
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
                ProductionJson.Changes.of(ScheduleChanges.between(carry.was(), carry.schedule(), carry.same())),
                carry.address()));
    }

    /**
     * A saved board carried to the latest draft under the latest production files: {@code was}
     * the saved board as it was priced, {@code schedule} the carried one, {@code locks} its
     * locks as the page's {@code locks=} carries them.
     */
    private record Carry(Draft draft, ProductionFiles files, Plan plan, ShootingSchedule was,
            ShootingSchedule schedule, Map<Integer, Integer> same, String locks, String address) {}

    /**
     * Every scene the draft keeps (matched by {@link SceneMatch}: by locked number, or before the
     * lock by content) keeps its day and its lock, rewritten or not; new scenes are the ones to
     * be scheduled, on a day after the last. When a day can no longer hold its scenes, rewritten
     * ones join the new; when that day cannot hold them together, each gets a day of its own.
     * 400 when the board cannot be carried at all.
     */
    private Carry carry(Episode episode, SavedSchedule saved) {
        Draft draft = parts.scripts().draftOrLatest(episode.id(), null);
        ProductionFiles files = parts.production().files(episode.id());
        Plan plan = parts.production().plan(draft, files.texts());
        ShootingSchedule was = priced(saved);
        var sheets = plan.breakdown().sheets();
        var request = plan.request(saved.board().settings());
        Map<Integer, Integer> same = SceneMatch.of(script(episode, saved), parts.production().shooting(draft));
        BoardForm.Carried together = null;
        ShootingSchedule carried = null;
        String refusal = null;
        for (boolean[] way : new boolean[][] {{false, false}, {true, false}, {true, true}}) {
            together = BoardForm.carried(was, sheets, same, way[0], way[1]);
            try {
                carried = ShootingScheduler.arrange(request, plan.rules(), together.board());
                break;
            } catch (IllegalArgumentException dayTooFull) {
                refusal = dayTooFull.getMessage();
            }
        }
        if (carried == null) {
            throw StudioException.badRequest("the board of " + saved.name() + " cannot be carried to "
                    + draft.label() + ": " + refusal + " (the places may have changed since); schedule "
                    + draft.label() + " afresh");
        }
        // a lock follows its scene where the scene kept its day; the saved board's scenes, in
        // script order, are those of its priced days
        var savedSheets = was.days().stream().flatMap(d -> d.scenes().stream())
                .sorted(java.util.Comparator.comparingInt(Sheet::index)).toList();
        java.util.Set<Integer> lockedNow = new java.util.HashSet<>();
        for (int position : BoardForm.locks(saved.board().locks(), savedSheets.size())) {
            Integer now = same.get(savedSheets.get(position - 1).index());
            if (now != null) {
                lockedNow.add(now);
            }
        }
        java.util.SortedSet<Integer> locks = new java.util.TreeSet<>();
        for (int i = 0; i < sheets.size(); i++) {
            if (together.kept()[i] && lockedNow.contains(sheets.get(i).index())) {
                locks.add(i + 1);
            }
        }
        String locksText = SchedulePage.locksText(locks);
        String address = SchedulePage.address(episode.id(), draft.number(), saved.board().settings(),
                ScheduleParams.DEFAULT_SECONDS, files.version(), carried.board(sheets), locksText)
                + "&carried=" + saved.number();
        return new Carry(draft, files, plan, was, carried, same, locksText, address);
    }

    private static ProductionJson.Saved json(SavedSchedule saved) {
        return ProductionJson.Saved.of(saved, address(saved));
    }

    /** The saved schedule's number in the path; 404 when it is not one. */
    private static int number(Context ctx) {
        return Http.numberParam(ctx, "number", "saved schedule");
    }

    private Episode readable(Context ctx) {
        return parts.episodes().room(ctx).episode();
    }
}
