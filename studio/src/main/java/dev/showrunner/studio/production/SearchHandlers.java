package dev.showrunner.studio.production;

import dev.showrunner.planning.schedule.ShootingSchedule;
import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.scripts.Draft;
import dev.showrunner.studio.series.Episode;
import dev.showrunner.studio.web.Http;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.Map;

/**
 * Schedule searches in the background, from the schedule page's form and from the API: started
 * under the episode's latest production files (and the strips locked on a board), followed
 * while they run, stopped early, and led to the board they found.
 */
final class SearchHandlers {

    private final ProductionRoutes.Parts parts;

    SearchHandlers(ProductionRoutes.Parts parts) {
        this.parts = parts;
    }

    /**
     * {@code POST /episodes/{episode}/schedule/searches}: the form's search (the shooting days,
     * up to ten minutes) started in the background, then its progress page.
     */
    void startSearch(Context ctx) {
        Episode episode = planner(ctx);
        ScheduleSearches.Search search = start(episode, ScheduleParams.formNumber(ctx, "draft"),
                ScheduleParams.formSettings(ctx), ScheduleParams.formNumber(ctx, "seconds"), ctx.formParam("days"),
                ctx.formParam("locks"));
        ctx.redirect(searchPath(episode, search), HttpStatus.SEE_OTHER);
    }

    /**
     * {@code GET /episodes/{episode}/schedule/searches/{search}}: the search's progress while it
     * runs (the page reloads itself), then the board it found, at the board's own address.
     */
    void searchPage(Context ctx) {
        Episode episode = readable(ctx);
        ScheduleSearches.Search search = parts.searches().get(episode.id(), ctx.pathParam("search"));
        ScheduleSearches.State state = search.state(); // once: the search may end while this page is drawn
        if (state == ScheduleSearches.State.DONE) {
            ctx.redirect(SchedulePage.address(episode.id(), search.draft(), search.settings(), search.seconds(), search.files(), search.board(), SchedulePage.locksText(search.pinned()))
                    + "&from=search#stripboard",
                    HttpStatus.SEE_OTHER);
            return;
        }
        parts.templates().render(ctx, "production/schedule-search.jte", new SearchPage(
                Http.chrome(ctx, episode.title() + " — scheduling"), parts.catalog().series(episode.seriesId()), episode,
                search, state, searchPath(episode, search)));
    }

    /** {@code POST /episodes/{episode}/schedule/searches/{search}/cancel}: stops it; it ends with the best board so far. */
    void cancelSearch(Context ctx) {
        Episode episode = readable(ctx);
        ScheduleSearches.Search search = parts.searches().get(episode.id(), ctx.pathParam("search"));
        parts.searches().cancel(search);
        ctx.redirect(searchPath(episode, search), HttpStatus.SEE_OTHER);
    }

    /** The API's search: {@code hours}, {@code moveCost} and {@code dayCost} as numbers or text, like the form's fields. */
    record SearchRequest(Integer draft, Integer eighths, String start, String hours, String moveCost, String dayCost,
            Integer seconds, String days, String locks) {}

    /** {@code POST /api/episodes/{episode}/schedule/searches}: starts a search in the background (202). */
    void apiStartSearch(Context ctx) {
        Episode episode = planner(ctx);
        SearchRequest req = Http.json(ctx, SearchRequest.class);
        ScheduleSearches.Search search = start(episode, req.draft(),
                ScheduleParams.settings(req.eighths(), req.start(), req.hours(), req.moveCost(), req.dayCost()),
                req.seconds(), req.days(), req.locks());
        ctx.header("Location", "/api" + searchPath(episode, search));
        Http.json(ctx, 202, ProductionJson.Search.of(search));
    }

    /** {@code GET /api/episodes/{episode}/schedule/searches/{search}}: where it stands, and its board once done. */
    void apiSearch(Context ctx) {
        Episode episode = readable(ctx);
        Http.json(ctx, 200, ProductionJson.Search.of(parts.searches().get(episode.id(), ctx.pathParam("search"))));
    }

    /** {@code DELETE /api/episodes/{episode}/schedule/searches/{search}}: stops it early (it keeps its best board). */
    void apiCancelSearch(Context ctx) {
        Episode episode = readable(ctx);
        ScheduleSearches.Search search = parts.searches().get(episode.id(), ctx.pathParam("search"));
        parts.searches().cancel(search);
        Http.json(ctx, 202, ProductionJson.Search.of(search));
    }

    /**
     * Starts the search asked for (a draft or seconds left out: the latest draft, the default
     * search). With {@code locksField} (positions, {@code 3.7.12}) and the board they are locked
     * on ({@code daysField}), those scenes keep their days' dates.
     */
    private ScheduleSearches.Search start(Episode episode, Integer draftNumber, ScheduleSettings settings,
            Integer secondsGiven, String daysField, String locksField) {
        Draft draft = parts.scripts().draftOrLatest(episode.id(), draftNumber);
        int seconds = secondsGiven == null ? ScheduleParams.DEFAULT_SECONDS : secondsGiven;
        ProductionFiles files = parts.production().files(episode.id());
        Plan plan = parts.production().plan(draft, files.texts());
        Map<Integer, LocalDate> pinned = Map.of();
        if (locksField != null && !locksField.isBlank()) {
            if (daysField == null || daysField.isBlank()) {
                throw StudioException.badRequest("locks: give the board they are locked on too (days)");
            }
            ShootingSchedule board = BoardForm.price(plan.request(settings), plan, BoardForm.read(daysField, draft),
                    draft);
            pinned = BoardForm.pinned(board, BoardForm.locks(locksField, plan.breakdown().sheets().size()), plan);
        }
        return parts.searches().start(episode.id(), draft.number(), files.version(), plan, settings, seconds, pinned);
    }

    private static String searchPath(Episode episode, ScheduleSearches.Search search) {
        return "/episodes/" + episode.id() + "/schedule/searches/" + search.id();
    }

    private Episode readable(Context ctx) {
        return parts.episodes().room(ctx).episode();
    }

    /**
     * A search holds a processor for up to ten minutes: only the roles that keep the production
     * files (showrunner, producers, production) start one; the others, who read, get 403.
     */
    private Episode planner(Context ctx) {
        return parts.episodes().plan(ctx);
    }
}
