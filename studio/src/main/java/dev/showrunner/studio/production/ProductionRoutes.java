package dev.showrunner.studio.production;

import dev.showrunner.planning.breakdown.Breakdown;
import dev.showrunner.planning.breakdown.Csv;
import dev.showrunner.planning.breakdown.Elements;
import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.scripts.Draft;
import dev.showrunner.studio.scripts.Scripts;
import dev.showrunner.studio.series.Catalog;
import dev.showrunner.studio.series.Episode;
import dev.showrunner.studio.series.EpisodeGuard;
import dev.showrunner.studio.web.Http;
import dev.showrunner.studio.web.Templates;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * An episode's production: the breakdown, the production files, the shooting schedule (found
 * now or searched for in the background, moved by hand, saved by name, compared, carried to a
 * new draft) and its reports; as pages and through the API. The work is done by the
 * package's handlers ({@code ScheduleHandlers}, {@code SearchHandlers},
 * {@code SavedScheduleHandlers}); this is the feature's one face to the route table.
 */
public final class ProductionRoutes {

    /** What the production handlers work with. */
    record Parts(Catalog catalog, EpisodeGuard episodes, Scripts scripts, Production production,
            ScheduleSearches searches, Schedules schedules, Templates templates) {}

    private final Parts parts;
    private final ScheduleHandlers schedule;
    private final SearchHandlers searches;
    private final SavedScheduleHandlers saved;

    public ProductionRoutes(Catalog catalog, Scripts scripts, Production production, ScheduleSearches searches,
            Schedules schedules, Templates templates) {
        this.parts = new Parts(catalog, new EpisodeGuard(catalog), scripts, production, searches, schedules, templates);
        this.schedule = new ScheduleHandlers(parts);
        this.searches = new SearchHandlers(parts);
        this.saved = new SavedScheduleHandlers(parts);
    }

    // ---- the breakdown

    /** A draft's breakdown (the latest unless ?draft=N), as a page or, with ?format=csv, a CSV file. */
    public void breakdownPage(Context ctx) {
        Episode episode = parts.episodes().room(ctx).episode();
        List<Draft> drafts = parts.scripts().drafts(episode.id());
        Draft draft = ctx.queryParam("draft") == null ? parts.scripts().latest(episode.id()).orElse(null)
                : parts.scripts().draft(episode.id(), Http.intQuery(ctx, "draft"));
        Breakdown breakdown = null;
        Map<Integer, Integer> timings = Map.of();
        String filesProblem = null;
        if (draft != null) {
            // the cast as the production files correct it, with their elements and timings;
            // files saved against another draft that do not fit this one are pointed out, not applied
            try {
                Plan plan = parts.production().plan(draft, parts.production().files(episode.id()).texts());
                breakdown = plan.breakdown();
                timings = plan.timings();
            } catch (StudioException e) {
                filesProblem = e.detail();
                breakdown = Breakdown.of(parts.production().shooting(draft), Elements.none());
            }
        }
        if ("csv".equals(ctx.queryParam("format"))) {
            if (draft == null) {
                throw StudioException.notFound("no draft saved yet");
            }
            Http.attachment(ctx, Http.downloadName(episode.title(), "draft-" + draft.number()) + "-breakdown.csv",
                    "text/csv; charset=utf-8", Csv.of(breakdown).getBytes(StandardCharsets.UTF_8));
            return;
        }
        parts.templates().render(ctx, "production/breakdown.jte", new BreakdownPage(
                Http.chrome(ctx, episode.title() + " — breakdown"), parts.catalog().series(episode.seriesId()), episode,
                draft, drafts, breakdown, timings, filesProblem));
    }

    public void apiBreakdown(Context ctx) {
        schedule.apiBreakdown(ctx);
    }

    // ---- the production files

    public void saveFilesForm(Context ctx) {
        schedule.saveFiles(ctx);
    }

    public void apiFiles(Context ctx) {
        schedule.apiFiles(ctx);
    }

    public void apiSaveFiles(Context ctx) {
        schedule.apiSaveFiles(ctx);
    }

    // ---- the schedule and its reports

    public void schedulePage(Context ctx) {
        schedule.page(ctx);
    }

    public void apiSchedule(Context ctx) {
        schedule.api(ctx);
    }

    public void reportOfForm(Context ctx) {
        schedule.reportOfForm(ctx);
    }

    public void reportOfSaved(Context ctx) {
        schedule.reportOfSaved(ctx);
    }

    // ---- searches in the background

    public void startSearchForm(Context ctx) {
        searches.startSearch(ctx);
    }

    public void searchPage(Context ctx) {
        searches.searchPage(ctx);
    }

    public void cancelSearchForm(Context ctx) {
        searches.cancelSearch(ctx);
    }

    public void apiStartSearch(Context ctx) {
        searches.apiStartSearch(ctx);
    }

    public void apiSearch(Context ctx) {
        searches.apiSearch(ctx);
    }

    public void apiCancelSearch(Context ctx) {
        searches.apiCancelSearch(ctx);
    }

    // ---- saved schedules

    public void saveScheduleForm(Context ctx) {
        saved.save(ctx);
    }

    public void changesPage(Context ctx) {
        saved.changes(ctx);
    }

    public void carryPage(Context ctx) {
        saved.carry(ctx);
    }

    public void apiSavedSchedules(Context ctx) {
        saved.apiList(ctx);
    }

    public void apiSaveSchedule(Context ctx) {
        saved.apiSave(ctx);
    }

    public void apiSavedSchedule(Context ctx) {
        saved.apiGet(ctx);
    }

    public void apiChanges(Context ctx) {
        saved.apiChanges(ctx);
    }

    public void apiCarry(Context ctx) {
        saved.apiCarry(ctx);
    }
}
