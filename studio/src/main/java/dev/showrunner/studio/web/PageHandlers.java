package dev.showrunner.studio.web;

import dev.showrunner.planning.breakdown.Breakdown;
import dev.showrunner.planning.breakdown.Csv;
import dev.showrunner.planning.breakdown.Elements;
import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.revision.DiffHtml;
import dev.showrunner.studio.accounts.Access;
import dev.showrunner.studio.accounts.Accounts;
import dev.showrunner.studio.accounts.Role;
import dev.showrunner.studio.accounts.Session;
import dev.showrunner.studio.accounts.User;
import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.scripts.Comparison;
import dev.showrunner.studio.scripts.Draft;
import dev.showrunner.studio.scripts.LivePages;
import dev.showrunner.studio.scripts.SaveOutcome;
import dev.showrunner.studio.scripts.ScriptFiles;
import dev.showrunner.studio.scripts.Scripts;
import dev.showrunner.studio.scripts.WorkInProgress;
import dev.showrunner.studio.series.Catalog;
import dev.showrunner.studio.series.Episode;
import dev.showrunner.studio.series.Season;
import dev.showrunner.studio.series.Series;
import dev.showrunner.studio.web.view.BreakdownPage;
import dev.showrunner.studio.web.view.Chrome;
import dev.showrunner.studio.web.view.ComparePage;
import dev.showrunner.studio.web.view.ErrorPage;
import dev.showrunner.studio.web.view.HistoryPage;
import dev.showrunner.studio.web.view.ScriptPage;
import dev.showrunner.studio.web.view.SeriesListPage;
import dev.showrunner.studio.web.view.SeriesPage;
import dev.showrunner.studio.web.view.SignInPage;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The HTML pages' handlers. Forms post here and are answered with a redirect (post/redirect/get). */
final class PageHandlers {

    private final Accounts accounts;
    private final Access access;
    private final Catalog catalog;
    private final Scripts scripts;
    private final dev.showrunner.studio.scripts.Revisions revisions;
    private final dev.showrunner.studio.production.Production production;
    private final StudioServer.Options options;
    private final Templates templates;

    PageHandlers(Services services, StudioServer.Options options, Templates templates) {
        this.accounts = services.accounts();
        this.access = services.access();
        this.catalog = services.catalog();
        this.scripts = services.scripts();
        this.revisions = services.revisions();
        this.production = services.production();
        this.options = options;
        this.templates = templates;
    }

    static Chrome chrome(Context ctx, String title) {
        Session s = Http.sessionOrNull(ctx);
        return new Chrome(title, s == null ? null : s.user(), s == null ? "" : s.csrfToken());
    }

    void error(Context ctx, int status, String detail) {
        ctx.status(status);
        templates.render(ctx, "error.jte", new ErrorPage(chrome(ctx, "Error " + status), status, detail));
    }

    // ---- signing in

    void home(Context ctx) {
        ctx.redirect(Http.sessionOrNull(ctx) == null ? (accounts.isEmpty() ? "/signup" : "/signin") : "/series");
    }

    void signInForm(Context ctx) {
        if (accounts.isEmpty()) {
            ctx.redirect("/signup");
            return;
        }
        templates.render(ctx, "signin.jte", new SignInPage(chrome(ctx, "Sign in"), null, safeNext(ctx.queryParam("next")),
                "", false, false));
    }

    void signIn(Context ctx) {
        String email = ctx.formParam("email");
        String next = safeNext(ctx.formParam("next"));
        try {
            Accounts.SignIn in = accounts.signIn(email, ctx.formParam("password"), ctx.ip());
            Http.setSessionCookie(ctx, in.token(), options.secureCookies() || Http.https(ctx, options.trustProxy()),
                    Accounts.SESSION_SECONDS);
            ctx.redirect(next);
        } catch (StudioException e) {
            ctx.status(e.status());
            templates.render(ctx, "signin.jte", new SignInPage(chrome(ctx, "Sign in"), e.detail(), next,
                    email == null ? "" : email, false, false));
        }
    }

    void signOut(Context ctx) {
        accounts.signOut(ctx.cookie(Http.SESSION_COOKIE));
        Http.setSessionCookie(ctx, "", false, 0);
        ctx.redirect("/signin");
    }

    void signUpForm(Context ctx) {
        boolean first = accounts.isEmpty();
        Session s = Http.sessionOrNull(ctx);
        if (!first && (s == null || !s.user().admin())) {
            throw StudioException.forbidden("accounts are made by an administrator; ask yours");
        }
        templates.render(ctx, "signin.jte", new SignInPage(chrome(ctx, first ? "Welcome" : "Add an account"), null, "/series",
                "", true, first));
    }

    void signUp(Context ctx) {
        boolean first = accounts.isEmpty();
        Session s = Http.sessionOrNull(ctx);
        if (!first && (s == null || !s.user().admin())) {
            throw StudioException.forbidden("accounts are made by an administrator; ask yours");
        }
        String email = ctx.formParam("email");
        try {
            accounts.register(email, ctx.formParam("name"), ctx.formParam("password"));
            if (first) {
                Accounts.SignIn in = accounts.signIn(email, ctx.formParam("password"), ctx.ip());
                Http.setSessionCookie(ctx, in.token(), options.secureCookies() || Http.https(ctx, options.trustProxy()),
                        Accounts.SESSION_SECONDS);
            }
            ctx.redirect("/series");
        } catch (StudioException e) {
            ctx.status(e.status());
            templates.render(ctx, "signin.jte", new SignInPage(chrome(ctx, "Welcome"), e.detail(), "/series",
                    email == null ? "" : email, true, first));
        }
    }

    /** Only same-site paths, so the sign-in form cannot be used to send people elsewhere. */
    private static String safeNext(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") ? next : "/series";
    }

    // ---- series

    void seriesList(Context ctx) {
        User user = Http.user(ctx);
        boolean all = "true".equals(ctx.queryParam("archived"));
        templates.render(ctx, "series-list.jte", new SeriesListPage(chrome(ctx, "Series"), catalog.seriesFor(user.id(), all), all));
    }

    void createSeries(Context ctx) {
        User user = Http.user(ctx);
        Series s = catalog.createSeries(user.id(), ctx.formParam("title"), ctx.formParam("logline"));
        ctx.redirect("/series/" + s.id());
    }

    void series(Context ctx) {
        User user = Http.user(ctx);
        long id = Http.idParam(ctx, "series");
        Role role = access.read(user, id);
        Series series = catalog.series(id);
        List<Episode> episodes = catalog.episodes(id, false);
        List<SeriesPage.SeasonView> seasons = catalog.seasons(id, false).stream()
                .map(s -> new SeriesPage.SeasonView(s, episodes.stream().filter(e -> e.seasonId() == s.id()).toList()))
                .toList();
        templates.render(ctx, "series.jte", new SeriesPage(chrome(ctx, series.title()), series, role, seasons,
                access.members(id), Arrays.asList(Role.values())));
    }

    void updateSeries(Context ctx) {
        User user = Http.user(ctx);
        long id = Http.idParam(ctx, "series");
        access.own(user, id);
        String action = Optional.ofNullable(ctx.formParam("action")).orElse("rename");
        switch (action) {
            case "rename" -> catalog.updateSeries(id, ctx.formParam("title"), ctx.formParam("logline"), null);
            case "archive" -> catalog.updateSeries(id, null, null, true);
            case "restore" -> catalog.updateSeries(id, null, null, false);
            default -> throw StudioException.badRequest("action: unknown action " + action);
        }
        ctx.redirect(action.equals("archive") ? "/series" : "/series/" + id);
    }

    void setMember(Context ctx) {
        User user = Http.user(ctx);
        long id = Http.idParam(ctx, "series");
        access.own(user, id);
        Role role = Role.parse(Http.required(ctx.formParam("role"), "role"));
        User member = accounts.byEmail(ctx.formParam("email"))
                .orElseThrow(() -> StudioException.badRequest("email: no account with this address; an administrator makes accounts"));
        if ("remove".equals(ctx.formParam("action"))) {
            access.remove(id, member.id());
        } else {
            access.setRole(id, member.id(), role);
        }
        ctx.redirect("/series/" + id);
    }

    void createSeason(Context ctx) {
        User user = Http.user(ctx);
        long id = Http.idParam(ctx, "series");
        access.write(user, id);
        catalog.createSeason(id, ctx.formParam("title"));
        ctx.redirect("/series/" + id);
    }

    void updateSeason(Context ctx) {
        User user = Http.user(ctx);
        Season season = catalog.season(Http.idParam(ctx, "season"));
        access.write(user, season.seriesId());
        switch (Optional.ofNullable(ctx.formParam("action")).orElse("rename")) {
            case "rename" -> catalog.updateSeason(season.id(), ctx.formParam("title"), null, null);
            case "up" -> catalog.updateSeason(season.id(), null, null, Math.max(1, season.position() - 1));
            case "down" -> catalog.updateSeason(season.id(), null, null, season.position() + 1);
            case "archive" -> catalog.updateSeason(season.id(), null, true, null);
            default -> throw StudioException.badRequest("action: unknown action");
        }
        ctx.redirect("/series/" + season.seriesId());
    }

    void createEpisode(Context ctx) {
        User user = Http.user(ctx);
        Season season = catalog.season(Http.idParam(ctx, "season"));
        access.write(user, season.seriesId());
        Episode e = catalog.createEpisode(season.id(), ctx.formParam("title"));
        ctx.redirect("/series/" + season.seriesId() + "#episode-" + e.id());
    }

    void updateEpisode(Context ctx) {
        User user = Http.user(ctx);
        Episode episode = catalog.episode(Http.idParam(ctx, "episode"));
        access.write(user, episode.seriesId());
        switch (Optional.ofNullable(ctx.formParam("action")).orElse("rename")) {
            case "rename" -> catalog.updateEpisode(episode.id(), ctx.formParam("title"), null, null);
            case "up" -> catalog.updateEpisode(episode.id(), null, null, Math.max(1, episode.position() - 1));
            case "down" -> catalog.updateEpisode(episode.id(), null, null, episode.position() + 1);
            case "archive" -> catalog.updateEpisode(episode.id(), null, true, null);
            default -> throw StudioException.badRequest("action: unknown action");
        }
        ctx.redirect("/series/" + episode.seriesId());
    }

    // ---- the script

    void script(Context ctx) {
        User user = Http.user(ctx);
        Episode episode = catalog.episode(Http.idParam(ctx, "episode"));
        Role role = access.read(user, episode.seriesId());
        List<Draft> drafts = scripts.drafts(episode.id());
        Optional<Draft> latest = scripts.latest(episode.id());
        int base = latest.map(Draft::number).orElse(0);
        String text = latest.map(Draft::body).orElse("");
        boolean restored = false;
        Optional<WorkInProgress> work = role.writes() ? scripts.work(episode.id(), user.id()) : Optional.empty();
        if (work.isPresent() && !work.get().body().equals(text)) {
            // The writer's unsaved text comes back, still against the draft it started from.
            base = work.get().baseNumber();
            text = work.get().body();
            restored = true;
        }
        templates.render(ctx, "script.jte", new ScriptPage(chrome(ctx, episode.title()), catalog.series(episode.seriesId()),
                catalog.season(episode.seasonId()), episode, role.writes(), base, text, restored, LivePages.renderSafely(text), drafts));
    }

    void history(Context ctx) {
        User user = Http.user(ctx);
        Episode episode = catalog.episode(Http.idParam(ctx, "episode"));
        Role role = access.read(user, episode.seriesId());
        templates.render(ctx, "history.jte", new HistoryPage(chrome(ctx, episode.title() + " — drafts"),
                catalog.series(episode.seriesId()), episode, scripts.drafts(episode.id()), role.writes(), role.owns(),
                revisions.issues(episode.id())));
    }

    /** A draft's breakdown (the latest unless ?draft=N), as a page or, with ?format=csv, a CSV file. */
    void breakdown(Context ctx) {
        User user = Http.user(ctx);
        Episode episode = catalog.episode(Http.idParam(ctx, "episode"));
        access.read(user, episode.seriesId());
        List<Draft> drafts = scripts.drafts(episode.id());
        String asked = ctx.queryParam("draft");
        Draft draft = asked == null ? scripts.latest(episode.id()).orElse(null) : scripts.draft(episode.id(), Http.intQuery(ctx, "draft"));
        Breakdown breakdown = null;
        java.util.Map<Integer, Integer> timings = java.util.Map.of();
        String filesProblem = null;
        if (draft != null) {
            // the cast as the production files correct it, with their elements and timings;
            // files saved against another draft that do not fit this one are pointed out, not applied
            try {
                var plan = dev.showrunner.studio.production.Production.plan(draft, production.files(episode.id()).texts());
                breakdown = plan.breakdown();
                timings = plan.timings();
            } catch (StudioException e) {
                filesProblem = e.detail();
                breakdown = Breakdown.of(Fountain.read(draft.body()), Elements.none());
            }
        }
        if ("csv".equals(ctx.queryParam("format"))) {
            if (draft == null) {
                throw StudioException.notFound("no draft saved yet");
            }
            ctx.header("Content-Disposition", "attachment; filename=\"" + ApiHandlers.fileName(episode, draft)
                    + "-breakdown.csv\"");
            ctx.contentType("text/csv; charset=utf-8").result(Csv.of(breakdown).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        templates.render(ctx, "breakdown.jte", new BreakdownPage(chrome(ctx, episode.title() + " — breakdown"),
                catalog.series(episode.seriesId()), episode, draft, drafts, breakdown, timings, filesProblem));
    }

    void compare(Context ctx) {
        User user = Http.user(ctx);
        Episode episode = catalog.episode(Http.idParam(ctx, "episode"));
        access.read(user, episode.seriesId());
        Draft from = scripts.draft(episode.id(), Http.intQuery(ctx, "from"));
        Draft to = scripts.draft(episode.id(), Http.intQuery(ctx, "to"));
        boolean byScene = !"lines".equals(ctx.queryParam("view"));
        String sceneHtml = byScene
                ? DiffHtml.fragment(dev.showrunner.screenplay.revision.Comparison.of(Fountain.read(from.body()), Fountain.read(to.body())))
                : "";
        templates.render(ctx, "compare.jte", new ComparePage(chrome(ctx, "Compare drafts"), catalog.series(episode.seriesId()),
                episode, from, to, byScene ? List.of() : Comparison.of(from.body(), to.body()), scripts.drafts(episode.id()),
                byScene, sceneHtml));
    }

    void download(Context ctx) {
        User user = Http.user(ctx);
        Episode episode = catalog.episode(Http.idParam(ctx, "episode"));
        access.read(user, episode.seriesId());
        Draft draft = scripts.draft(episode.id(), ApiHandlers.number(ctx));
        String format = ctx.queryParam("format");
        if ("fdx".equals(format)) {
            ApiHandlers.sendFdx(ctx, episode, draft);
        } else if ("pdf".equals(format)) {
            ApiHandlers.sendPdf(ctx, episode, draft);
        } else {
            ApiHandlers.sendFountain(ctx, episode, draft);
        }
    }

    /** Locks the chosen draft, or issues the next revision from it (showrunner). */
    void issue(Context ctx) {
        User user = Http.user(ctx);
        Episode episode = catalog.episode(Http.idParam(ctx, "episode"));
        access.own(user, episode.seriesId());
        int number;
        try {
            number = Integer.parseInt(Http.required(ctx.formParam("draft"), "draft"));
        } catch (NumberFormatException e) {
            throw StudioException.badRequest("draft: not a number");
        }
        if (revisions.issues(episode.id()).isEmpty()) {
            revisions.lock(episode.id(), number, user.id(), ctx.formParam("label"));
        } else {
            revisions.revise(episode.id(), number, user.id(), ctx.formParam("label"));
        }
        ctx.redirect("/episodes/" + episode.id() + "/history");
    }

    void importFile(Context ctx) {
        User user = Http.user(ctx);
        Episode episode = catalog.episode(Http.idParam(ctx, "episode"));
        access.write(user, episode.seriesId());
        importUpload(ctx, scripts, episode, user);
        ctx.redirect("/episodes/" + episode.id());
    }

    /** Saves the uploaded file (multipart field {@code file}) as a new draft on top of the latest. */
    static Draft importUpload(Context ctx, Scripts scripts, Episode episode, User user) {
        if (!Http.isForm(ctx)) {
            throw StudioException.badRequest("file: send the script as multipart/form-data in the field 'file'");
        }
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null) {
            throw StudioException.badRequest("file: missing");
        }
        if (file.size() > Scripts.MAX_TEXT * 4L) {
            throw StudioException.tooLarge("file: too large for a script");
        }
        byte[] bytes;
        try (InputStream in = file.content()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw StudioException.badRequest("file: could not be read");
        }
        String text = ScriptFiles.read(file.filename(), bytes);
        int base = scripts.latest(episode.id()).map(Draft::number).orElse(0);
        String name = ctx.formParam("name");
        SaveOutcome outcome = scripts.save(episode.id(), user.id(), base, text,
                name == null || name.isBlank() ? "Imported from " + file.filename() : name);
        if (outcome instanceof SaveOutcome.Saved saved) {
            return saved.draft();
        }
        throw StudioException.conflict("another draft was saved at the same moment; import again");
    }
}
