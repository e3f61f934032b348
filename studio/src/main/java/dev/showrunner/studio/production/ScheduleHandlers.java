package dev.showrunner.studio.production;

import dev.showrunner.planning.breakdown.Sheet;
import dev.showrunner.planning.input.Warning;
import dev.showrunner.planning.schedule.DayOutOfDaysPdf;
import dev.showrunner.planning.schedule.Reports;
import dev.showrunner.planning.schedule.ScheduleChanges;
import dev.showrunner.planning.schedule.ScheduleRequest;
import dev.showrunner.planning.schedule.ShootingSchedule;
import dev.showrunner.planning.schedule.ShootingScheduler;
import dev.showrunner.planning.schedule.ShootingSchedulePdf;
import dev.showrunner.planning.schedule.StripboardPdf;
import dev.showrunner.studio.accounts.Role;
import dev.showrunner.studio.accounts.User;
import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.json.PlanningJson;
import dev.showrunner.studio.scripts.Draft;
import dev.showrunner.studio.series.Catalog;
import dev.showrunner.studio.series.Episode;
import dev.showrunner.studio.web.Http;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A draft's shooting schedule in the studio: the form (pages a day, first day, how long to
 * search), the episode's production files, the schedule the search finds, and its reports.
 * The reports are rebuilt from the board the page shows ({@code days=1.1.2...}, each scene's
 * day in script order) under the files' version it was found with, not searched again, so what
 * is downloaded is what was shown.
 */
final class ScheduleHandlers {

    private final ProductionRoutes.Parts parts;

    ScheduleHandlers(ProductionRoutes.Parts parts) {
        this.parts = parts;
    }

    /** The form and the production files, and with {@code ?eighths=N} the schedule of the chosen draft (the latest unless ?draft=N). */
    void page(Context ctx) {
        Catalog.EpisodeAccess found = parts.episodes().room(ctx);
        Episode episode = found.episode();
        ProductionFiles files = parts.production().files(episode.id());
        show(ctx, episode, found.role(), files, files.texts(), files.version(), null);
    }

    /**
     * {@code POST /episodes/{episode}/schedule/files}: saves the production files of the form,
     * then back to the page. A file that does not read, or someone's save since the form was
     * opened, shows the page again with the text as typed and what went wrong: nothing typed is
     * lost.
     */
    void saveFiles(Context ctx) {
        User user = Http.user(ctx);
        Catalog.EpisodeAccess found = parts.episodes().room(ctx);
        Episode episode = parts.episodes().plan(found);
        Role role = found.role();
        ProductionFiles.Texts texts = ProductionFiles.Texts.of(ctx::formParam);
        int base;
        try {
            base = Integer.parseInt(Http.required(ctx.formParam("version"), "version").strip());
        } catch (NumberFormatException e) {
            throw StudioException.badRequest("version: not a number");
        }
        try {
            parts.production().save(episode.id(), base, texts, user.id());
        } catch (StudioException e) {
            ProductionFiles saved = parts.production().files(episode.id());
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
        List<Draft> drafts = parts.scripts().drafts(episode.id());
        Draft draft = draft(ctx, episode);
        boolean asked = ctx.queryParam("eighths") != null;
        ScheduleSettings settings = asked ? ScheduleParams.settings(ctx) : ScheduleParams.defaults(ctx);
        int seconds = ScheduleParams.seconds(ctx);
        ProductionFiles used = ctx.queryParam("files") == null ? saved : files(ctx, episode);
        ShootingSchedule schedule = null;
        Plan plan = null;
        String unfit = null;
        String moveRefused = null;
        if (draft != null && problem == null) {
            try {
                plan = parts.production().plan(draft, used.texts());
            } catch (StudioException e) {
                unfit = e.detail(); // the files were saved against another draft; shown, not searched with
            }
        }
        ScheduleRequest request = null;
        if (asked && plan != null) {
            try {
                request = plan.request(settings);
            } catch (StudioException e) {
                unfit = e.detail(); // timings without the day's hours: said beside the files, nothing searched
            }
        }
        SortedSet<Integer> locked = new TreeSet<>();
        if (request != null && ctx.queryParam("days") != null) {
            int[] board = BoardForm.read(ctx.queryParam("days"), draft);
            locked = BoardForm.locks(ctx.queryParam("locks"), board.length);
            if (!ctx.queryParams("day").isEmpty()) {
                int[] moved = BoardForm.moved(ctx.queryParams("day"), board.length);
                // the board's form sends a strip's lock box when ticked
                SortedSet<Integer> locks = BoardForm.locks(String.join(".", ctx.queryParams("lock")), board.length);
                try {
                    ShootingSchedule arranged = ShootingScheduler.arrange(request, plan.rules(), moved);
                    ctx.redirect(SchedulePage.address(episode.id(), draft.number(), settings, seconds,
                            used.version(), arranged.board(plan.breakdown().sheets()), SchedulePage.locksText(locks))
                            + BoardForm.anchor(board, moved, plan));
                    return;
                } catch (IllegalArgumentException e) {
                    moveRefused = BoardForm.refusal(board, moved, plan) + ": " + e.getMessage() + ".";
                }
            }
            schedule = BoardForm.price(request, plan, board, draft);
        } else if (request != null) {
            schedule = search(plan, request.withTimeLimit(Duration.ofSeconds(seconds)));
        }
        parts.templates().render(ctx, "production/schedule.jte", new SchedulePage(
                Http.chrome(ctx, episode.title() + " — schedule"), parts.catalog().series(episode.seriesId()), episode, draft, drafts, settings, seconds,
                new SchedulePage.Files(texts, version, saved, role.plans(), problem != null ? problem : unfit,
                        plan == null ? List.of() : plan.warnings().stream().map(ScheduleHandlers::warning).toList()),
                plan == null ? null : plan.breakdown(), schedule,
                new SchedulePage.Board(used.version(), ctx.queryParam("days") != null,
                        "search".equals(ctx.queryParam("from")) && moveRefused == null, moveRefused, locked,
                        schedule == null ? null : carried(ctx, episode, draft, schedule, plan)),
                parts.schedules().list(episode.id())));
    }

    /**
     * With {@code ?carried=N}, the board is saved schedule N carried to this draft: what that
     * changed, as "2 new scenes to be scheduled (7A, 8A, …), 1 scene cut, …"; else null.
     */
    private SchedulePage.Board.Carried carried(Context ctx, Episode episode, Draft draft, ShootingSchedule board,
            Plan plan) {
        if (ctx.queryParam("carried") == null) {
            return null;
        }
        SavedSchedule saved = parts.schedules().get(episode.id(), Http.intQuery(ctx, "carried"));
        ScheduleChanges changes = ScheduleChanges.between(BoardForm.priced(saved, parts.scripts(), parts.production()),
                board, SceneMatch.of(parts.production().shooting(parts.scripts().draft(episode.id(), saved.board().draft())),
                        parts.production().shooting(draft)));
        String added = changes.added().stream().map(ScheduleChanges.Placed::scene)
                .sorted(java.util.Comparator.comparingInt(Sheet::index))
                .map(Sheet::displayNumber).collect(Collectors.joining(", "));
        String note = "Carried from " + saved.name() + " (draft " + saved.board().draft() + ") to " + draft.label() + ": "
                + SchedulePage.count(changes.added().size(), "new scene") + " to be scheduled"
                + (added.isEmpty() ? "" : " (" + added + ", on the days after the last until you move their strips)")
                + ", " + SchedulePage.count(changes.dropped().size(), "scene") + " cut, "
                + SchedulePage.count(changes.moved().size(), "scene") + " on another date. Every other scene keeps its"
                + " day and its lock, under its own number.";
        // placing the new scenes is a search with every other strip locked to its day
        java.util.Set<Integer> fresh = changes.added().stream().map(p -> p.scene().index())
                .collect(java.util.stream.Collectors.toSet());
        SortedSet<Integer> others = new TreeSet<>();
        List<Sheet> sheets = plan.breakdown().sheets();
        for (int i = 0; i < sheets.size(); i++) {
            if (!fresh.contains(sheets.get(i).index())) {
                others.add(i + 1);
            }
        }
        return new SchedulePage.Board.Carried(note, fresh.isEmpty() || others.isEmpty() ? "" : SchedulePage.locksText(others));
    }

    /** "places, line 2: the script has no set PIER". */
    private static String warning(Warning w) {
        return w.source() + ", line " + w.line() + ": " + w.message();
    }

    /**
     * {@code GET /api/episodes/{episode}/schedule?eighths=N[&draft=N&start=DATE&hours=H&moveCost=C&dayCost=C&seconds=S&files=N]}:
     * the schedule the search finds, as JSON, with the board that asks for its reports; with
     * {@code &days=BOARD}, that board priced without searching.
     */
    void api(Context ctx) {
        Episode episode = readable(ctx);
        Draft draft = savedDraft(ctx, episode);
        ProductionFiles files = files(ctx, episode);
        Plan plan = parts.production().plan(draft, files.texts());
        ScheduleRequest request = plan.request(ScheduleParams.settings(ctx))
                .withTimeLimit(Duration.ofSeconds(ScheduleParams.seconds(ctx)));
        // with ?days=BOARD, that board (moved by hand) is priced instead of searching
        ShootingSchedule schedule = ctx.queryParam("days") == null ? search(plan, request)
                : BoardForm.price(request, plan, BoardForm.read(ctx.queryParam("days"), draft), draft);
        Http.json(ctx, 200, new ProductionJson.ScheduleAnswer(ProductionJson.Schedule.of(schedule, request.breakdown()),
                draft.number(), files.version(), plan.warnings().stream().map(ScheduleHandlers::warning).toList()));
    }

    /** {@code GET /api/episodes/{episode}/breakdown[?draft=N]}: one object per scene, as {@code showrunner breakdown --json}. */
    void apiBreakdown(Context ctx) {
        Episode episode = readable(ctx);
        Draft draft = savedDraft(ctx, episode);
        Http.json(ctx, 200, new ProductionJson.BreakdownAnswer(draft.number(),
                PlanningJson.scenes(parts.production().plan(draft, files(ctx, episode).texts()).breakdown())));
    }

    /**
     * {@code GET /api/episodes/{episode}/production-files}: the latest version (0, every file
     * empty, when none was saved), with the warnings it gives for the latest draft, or the
     * {@code problem} when it no longer fits that draft.
     */
    void apiFiles(Context ctx) {
        Episode episode = readable(ctx);
        ProductionFiles files = parts.production().files(episode.id());
        List<Warning> warnings = List.of();
        String problem = null;
        Draft latest = parts.scripts().latest(episode.id()).orElse(null);
        if (latest != null) {
            try {
                warnings = parts.production().plan(latest, files.texts()).warnings();
            } catch (StudioException e) {
                problem = e.detail(); // saved against an earlier draft: said, not refused
            }
        }
        Http.json(ctx, 200, filesJson(files, warnings, problem));
    }

    record FilesRequest(Integer version, Map<String, String> files) {}

    /**
     * {@code PUT /api/episodes/{episode}/production-files}: saves {@code files} (the files left
     * out keep their text) as the version after {@code version}; 400 names the file, line and
     * column of the first error, 409 when someone saved since.
     */
    void apiSaveFiles(Context ctx) {
        User user = Http.user(ctx);
        Episode episode = parts.episodes().plan(ctx);
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
        ProductionFiles.Texts current = parts.production().files(episode.id()).texts();
        ProductionFiles saved = parts.production().save(episode.id(), base,
                ProductionFiles.Texts.of(name -> given.getOrDefault(name, current.named(name))), user.id());
        Draft draft = parts.scripts().latest(episode.id()).orElseThrow();
        Http.json(ctx, 200, filesJson(saved, parts.production().plan(draft, saved.texts()).warnings(), null));
    }

    private static ProductionJson.Files filesJson(ProductionFiles files, List<Warning> warnings, String problem) {
        return ProductionJson.Files.of(files, warnings.stream().map(ScheduleHandlers::warning).toList(), problem);
    }

    private ShootingSchedule search(Plan plan, ScheduleRequest request) {
        return parts.searches().now(plan, request);
    }

    /**
     * {@code POST /episodes/{episode}/schedule/reports/{file}}: one report of the board the
     * page's download form sends ({@code days}, each scene's day in script order, with the
     * draft, the files' version and the shooting days it was priced under). The board travels
     * in the body, not the address, so a long script's board fits whatever the proxies allow.
     */
    void reportOfForm(Context ctx) {
        Episode episode = readable(ctx);
        Draft draft = parts.scripts().draftOrLatest(episode.id(), ScheduleParams.formNumber(ctx, "draft"));
        Integer version = ScheduleParams.formNumber(ctx, "files");
        ProductionFiles files = version == null ? parts.production().files(episode.id())
                : parts.production().files(episode.id(), version);
        Plan plan = parts.production().plan(draft, files.texts());
        ScheduleRequest request = plan.request(ScheduleParams.formSettings(ctx));
        ShootingSchedule schedule = BoardForm.price(request, plan,
                BoardForm.read(Http.required(ctx.formParam("days"), "days"), draft), draft);
        sendReport(ctx, episode, draft, plan, schedule);
    }

    /**
     * {@code GET /episodes/{episode}/schedules/{number}/reports/{file}}: one report of a saved
     * schedule, priced again under its own draft, files and shooting days: a link that can be
     * bookmarked or mailed.
     */
    void reportOfSaved(Context ctx) {
        Episode episode = readable(ctx);
        SavedSchedule saved = parts.schedules().get(episode.id(), Http.numberParam(ctx, "number", "saved schedule"));
        Draft draft = parts.scripts().draft(episode.id(), saved.board().draft());
        Plan plan = parts.production().plan(draft, parts.production().files(episode.id(), saved.board().files()).texts());
        sendReport(ctx, episode, draft, plan, BoardForm.priced(saved, parts.scripts(), parts.production()));
    }

    /**
     * The report the path's {@code {file}} names: stripboard or day out of days (PDF or CSV), the
     * shooting schedule (PDF), or the calendar. The PDFs are on the draft's paper.
     */
    private static void sendReport(Context ctx, Episode episode, Draft draft, Plan plan, ShootingSchedule schedule) {
        String file = ctx.pathParam("file");
        String title = episode.title() + " — " + draft.label();
        String name = Http.downloadName(episode.title(), "draft-" + draft.number()) + "-" + file;
        switch (file) {
            case "stripboard.pdf" -> send(ctx, name, "application/pdf",
                    pdf(out -> StripboardPdf.write(schedule, title, plan.paper(), out)));
            case "day-out-of-days.pdf" -> send(ctx, name, "application/pdf",
                    pdf(out -> DayOutOfDaysPdf.write(schedule, title, plan.paper(), out)));
            case "shooting-schedule.pdf" -> send(ctx, name, "application/pdf",
                    pdf(out -> ShootingSchedulePdf.write(schedule, title, plan.paper(), out)));
            case "stripboard.csv" -> send(ctx, name, "text/csv; charset=utf-8",
                    Reports.stripboardCsv(schedule).getBytes(StandardCharsets.UTF_8));
            case "day-out-of-days.csv" -> send(ctx, name, "text/csv; charset=utf-8",
                    Reports.dayOutOfDaysCsv(schedule).getBytes(StandardCharsets.UTF_8));
            case "schedule.ics" -> send(ctx, name, "text/calendar; charset=utf-8",
                    Reports.iCalendar(schedule, title).getBytes(StandardCharsets.UTF_8));
            default -> throw StudioException.notFound("no report " + file);
        }
    }

    /** The production files of {@code ?files=N} (the version a schedule was found with), else the latest. */
    private ProductionFiles files(Context ctx, Episode episode) {
        return ctx.queryParam("files") == null ? parts.production().files(episode.id())
                : parts.production().files(episode.id(), Http.intQuery(ctx, "files"));
    }

    /** The episode of the path, once the user is known to read its series. */
    private Episode readable(Context ctx) {
        return parts.episodes().room(ctx).episode();
    }

    /** The chosen draft (the latest unless ?draft=N); 404 when the episode has none. */
    private Draft savedDraft(Context ctx, Episode episode) {
        return parts.scripts().draftOrLatest(episode.id(), ctx.queryParam("draft") == null ? null : Http.intQuery(ctx, "draft"));
    }

    private Draft draft(Context ctx, Episode episode) {
        return ctx.queryParam("draft") == null ? parts.scripts().latest(episode.id()).orElse(null)
                : parts.scripts().draft(episode.id(), Http.intQuery(ctx, "draft"));
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
        Http.attachment(ctx, name, type, body);
    }
}
