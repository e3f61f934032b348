package dev.showrunner.studio.web;

import dev.showrunner.studio.accounts.Access;
import dev.showrunner.studio.accounts.Accounts;
import dev.showrunner.studio.accounts.Role;
import dev.showrunner.studio.accounts.Session;
import dev.showrunner.studio.accounts.User;
import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.scripts.Comparison;
import dev.showrunner.studio.scripts.Draft;
import dev.showrunner.studio.scripts.LivePages;
import dev.showrunner.studio.scripts.Revisions;
import dev.showrunner.studio.scripts.SaveOutcome;
import dev.showrunner.studio.scripts.ScriptFiles;
import dev.showrunner.studio.scripts.Scripts;
import dev.showrunner.studio.series.Catalog;
import dev.showrunner.studio.series.Episode;
import dev.showrunner.studio.series.Season;
import dev.showrunner.studio.series.Series;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON API's handlers: thin, each one checks access, calls a feature, writes JSON. */
final class ApiHandlers {

    record SignInRequest(String email, String password) {}

    record RegisterRequest(String email, String name, String password) {}

    record SeriesRequest(String title, String logline) {}

    record SeriesPatch(String title, String logline, Boolean archived) {}

    record MemberRequest(String email, String role) {}

    record TitleRequest(String title) {}

    record ItemPatch(String title, Boolean archived, Integer position) {}

    record SaveRequest(Integer base, String text, String name) {}

    record WorkRequest(Integer base, String text) {}

    record PreviewRequest(String text) {}

    record IssueRequest(Integer draft, String label) {}

    private final Accounts accounts;
    private final Access access;
    private final Catalog catalog;
    private final Scripts scripts;
    private final Revisions revisions;
    private final StudioServer.Options options;

    ApiHandlers(Services services, StudioServer.Options options) {
        this.accounts = services.accounts();
        this.access = services.access();
        this.catalog = services.catalog();
        this.scripts = services.scripts();
        this.revisions = services.revisions();
        this.options = options;
    }

    /** Finds the session from the cookie or an {@code Authorization: Bearer} header. */
    void authenticate(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth != null && auth.startsWith("Bearer ")) {
            Session s = accounts.session(auth.substring(7).strip())
                    .orElseThrow(() -> StudioException.unauthorized("the bearer token is not valid (expired or signed out)"));
            Http.attach(ctx, s, true);
            return;
        }
        String cookie = ctx.cookie(Http.SESSION_COOKIE);
        if (cookie != null) {
            accounts.session(cookie).ifPresent(s -> Http.attach(ctx, s, false));
        }
    }

    // ---- accounts

    void openApi(Context ctx) throws IOException {
        try (InputStream in = ApiHandlers.class.getResourceAsStream("/openapi.json")) {
            ctx.contentType("application/json").result(in.readAllBytes());
        }
    }

    void signIn(Context ctx) {
        SignInRequest req = Http.json(ctx, SignInRequest.class);
        Accounts.SignIn in = accounts.signIn(Http.required(req.email(), "email"), Http.required(req.password(), "password"), ctx.ip());
        Http.setSessionCookie(ctx, in.token(), options.secureCookies() || Http.https(ctx, options.trustProxy()),
                Accounts.SESSION_SECONDS);
        Http.json(ctx, 200, Map.of("token", in.token(), "csrf", in.session().csrfToken(), "user", in.session().user()));
    }

    void signOut(Context ctx) {
        String auth = ctx.header("Authorization");
        accounts.signOut(auth != null && auth.startsWith("Bearer ") ? auth.substring(7).strip() : ctx.cookie(Http.SESSION_COOKIE));
        Http.setSessionCookie(ctx, "", false, 0);
        ctx.status(204);
    }

    void me(Context ctx) {
        Http.json(ctx, 200, Http.user(ctx));
    }

    /** Open while there is no account (that one becomes the administrator); then administrators only. */
    void register(Context ctx) {
        Session session = Http.sessionOrNull(ctx);
        if (!accounts.isEmpty()) {
            if (session == null) {
                throw StudioException.unauthorized("sign in as an administrator to add accounts");
            }
            if (!session.user().admin()) {
                throw StudioException.forbidden("only an administrator adds accounts");
            }
        }
        RegisterRequest req = Http.json(ctx, RegisterRequest.class);
        Http.json(ctx, 201, accounts.register(req.email(), req.name(), req.password()));
    }

    // ---- series

    void listSeries(Context ctx) {
        User user = Http.user(ctx);
        boolean all = "true".equals(ctx.queryParam("archived"));
        Http.json(ctx, 200, catalog.seriesFor(user.id(), all));
    }

    void createSeries(Context ctx) {
        User user = Http.user(ctx);
        SeriesRequest req = Http.json(ctx, SeriesRequest.class);
        Http.json(ctx, 201, catalog.createSeries(user.id(), req.title(), req.logline()));
    }

    void getSeries(Context ctx) {
        User user = Http.user(ctx);
        long id = Http.idParam(ctx, "series");
        Role role = access.read(user, id);
        Series series = catalog.series(id);
        List<Map<String, Object>> seasons = catalog.seasons(id, false).stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("season", s);
            m.put("episodes", catalog.episodes(id, false).stream().filter(e -> e.seasonId() == s.id()).toList());
            return m;
        }).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("series", series);
        out.put("role", role.key());
        out.put("seasons", seasons);
        Http.json(ctx, 200, out);
    }

    void updateSeries(Context ctx) {
        User user = Http.user(ctx);
        long id = Http.idParam(ctx, "series");
        access.own(user, id);
        SeriesPatch req = Http.json(ctx, SeriesPatch.class);
        catalog.updateSeries(id, req.title(), req.logline(), req.archived());
        Http.json(ctx, 200, catalog.series(id));
    }

    void members(Context ctx) {
        User user = Http.user(ctx);
        long id = Http.idParam(ctx, "series");
        access.read(user, id);
        Http.json(ctx, 200, access.members(id).stream()
                .map(m -> Map.of("user", m.user(), "role", m.role().key())).toList());
    }

    void setMember(Context ctx) {
        User user = Http.user(ctx);
        long id = Http.idParam(ctx, "series");
        access.own(user, id);
        MemberRequest req = Http.json(ctx, MemberRequest.class);
        Role role = Role.parse(Http.required(req.role(), "role"));
        User member = accounts.byEmail(Http.required(req.email(), "email"))
                .orElseThrow(() -> StudioException.badRequest("email: no account with this address"));
        access.setRole(id, member.id(), role);
        Http.json(ctx, 200, Map.of("user", member, "role", role.key()));
    }

    // ---- seasons and episodes

    void createSeason(Context ctx) {
        User user = Http.user(ctx);
        long id = Http.idParam(ctx, "series");
        access.write(user, id);
        TitleRequest req = Http.json(ctx, TitleRequest.class);
        Http.json(ctx, 201, catalog.createSeason(id, req.title()));
    }

    void updateSeason(Context ctx) {
        User user = Http.user(ctx);
        Season season = seasonFor(ctx, user);
        access.write(user, season.seriesId());
        ItemPatch req = Http.json(ctx, ItemPatch.class);
        catalog.updateSeason(season.id(), req.title(), req.archived(), req.position());
        Http.json(ctx, 200, catalog.season(season.id()));
    }

    void createEpisode(Context ctx) {
        User user = Http.user(ctx);
        Season season = seasonFor(ctx, user);
        access.write(user, season.seriesId());
        TitleRequest req = Http.json(ctx, TitleRequest.class);
        Http.json(ctx, 201, catalog.createEpisode(season.id(), req.title()));
    }

    void getEpisode(Context ctx) {
        User user = Http.user(ctx);
        Episode episode = episodeFor(ctx, user);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("episode", episode);
        out.put("latest", scripts.latest(episode.id()).map(ApiHandlers::summary).orElse(null));
        Http.json(ctx, 200, out);
    }

    void updateEpisode(Context ctx) {
        User user = Http.user(ctx);
        Episode episode = episodeFor(ctx, user);
        access.write(user, episode.seriesId());
        ItemPatch req = Http.json(ctx, ItemPatch.class);
        catalog.updateEpisode(episode.id(), req.title(), req.archived(), req.position());
        Http.json(ctx, 200, catalog.episode(episode.id()));
    }

    // ---- drafts

    void drafts(Context ctx) {
        Episode episode = episodeFor(ctx, Http.user(ctx));
        Http.json(ctx, 200, scripts.drafts(episode.id()).stream().map(ApiHandlers::summary).toList());
    }

    void draft(Context ctx) {
        Episode episode = episodeFor(ctx, Http.user(ctx));
        Draft d = scripts.draft(episode.id(), number(ctx));
        Map<String, Object> out = summary(d);
        out.put("text", d.body());
        Http.json(ctx, 200, out);
    }

    void draftFountain(Context ctx) {
        Episode episode = episodeFor(ctx, Http.user(ctx));
        Draft d = scripts.draft(episode.id(), number(ctx));
        sendFountain(ctx, episode, d);
    }

    static void sendFountain(Context ctx, Episode episode, Draft d) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName(episode, d) + ".fountain\"");
        ctx.contentType("text/plain; charset=utf-8").result(d.body().getBytes(StandardCharsets.UTF_8));
    }

    static void sendFdx(Context ctx, Episode episode, Draft d) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName(episode, d) + ".fdx\"");
        ctx.contentType("application/xml; charset=utf-8").result(ScriptFiles.toFdx(d.body()));
    }

    static void sendPdf(Context ctx, Episode episode, Draft d) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName(episode, d) + ".pdf\"");
        ctx.contentType("application/pdf").result(ScriptFiles.toPdf(d.body()));
    }

    void draftPdf(Context ctx) {
        Episode episode = episodeFor(ctx, Http.user(ctx));
        sendPdf(ctx, episode, scripts.draft(episode.id(), number(ctx)));
    }

    /** The name a draft's downloads are saved under, without extension: "Pilot-draft-3". */
    static String fileName(Episode episode, Draft d) {
        return fileName(episode, "draft-" + d.number());
    }

    /** A download's name: the episode's title, then {@code what}, in letters, digits and dashes. */
    static String fileName(Episode episode, String what) {
        return (episode.title().replaceAll("[^A-Za-z0-9]+", "-") + "-" + what).replaceAll("^-+|-+$", "");
    }

    void draftFdx(Context ctx) {
        Episode episode = episodeFor(ctx, Http.user(ctx));
        sendFdx(ctx, episode, scripts.draft(episode.id(), number(ctx)));
    }

    void saveDraft(Context ctx) {
        User user = Http.user(ctx);
        Episode episode = episodeToWrite(ctx, user);
        SaveRequest req = Http.json(ctx, SaveRequest.class);
        SaveOutcome outcome = scripts.save(episode.id(), user.id(), Http.required(req.base(), "base"),
                Http.required(req.text(), "text"), req.name());
        switch (outcome) {
            case SaveOutcome.Saved saved -> {
                Map<String, Object> out = summary(saved.draft());
                out.put("mergedWith", saved.mergedWith());
                Http.json(ctx, 201, out);
            }
            case SaveOutcome.Conflicted c -> Http.json(ctx, 409, conflict(c));
        }
    }

    static Map<String, Object> conflict(SaveOutcome.Conflicted c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("error", "conflict");
        out.put("detail", "draft " + c.latest().number() + " by " + c.latest().authorName()
                + " was saved since you started from draft " + c.base() + ", and some lines clash");
        out.put("base", c.base());
        out.put("latest", summary(c.latest()));
        out.put("merged", c.merge().text("yours", "draft " + c.latest().number() + " by " + c.latest().authorName()));
        out.put("conflicts", c.merge().conflicts().stream().map(x -> Map.of(
                "scene", x.scene(), "base", x.base(), "mine", x.mine(), "theirs", x.theirs())).toList());
        return out;
    }

    void compare(Context ctx) {
        Episode episode = episodeFor(ctx, Http.user(ctx));
        Draft from = scripts.draft(episode.id(), Http.intQuery(ctx, "from"));
        Draft to = scripts.draft(episode.id(), Http.intQuery(ctx, "to"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", summary(from));
        out.put("to", summary(to));
        out.put("rows", Comparison.of(from.body(), to.body()));
        Http.json(ctx, 200, out);
    }

    /** Imports a Fountain or FDX file as a new draft on top of the latest. */
    void importFile(Context ctx) {
        User user = Http.user(ctx);
        Episode episode = episodeFor(ctx, user);
        access.write(user, episode.seriesId());
        Draft saved = PageHandlers.importUpload(ctx, scripts, episode, user);
        Http.json(ctx, 201, summary(saved));
    }

    // ---- production lock and revisions

    void issues(Context ctx) {
        Episode episode = episodeFor(ctx, Http.user(ctx));
        Http.json(ctx, 200, revisions.issues(episode.id()).stream().map(ApiHandlers::issueSummary).toList());
    }

    /** Locks the draft when the episode is not locked yet, else issues the next revision from it (showrunner). */
    void issue(Context ctx) {
        User user = Http.user(ctx);
        Episode episode = episodeToOwn(ctx, user);
        IssueRequest req = Http.json(ctx, IssueRequest.class);
        int draft = Http.required(req.draft(), "draft");
        var issue = revisions.issues(episode.id()).isEmpty()
                ? revisions.lock(episode.id(), draft, user.id(), req.label())
                : revisions.revise(episode.id(), draft, user.id(), req.label());
        Http.json(ctx, 201, issueSummary(issue));
    }

    void issuePages(Context ctx) {
        Episode episode = episodeFor(ctx, Http.user(ctx));
        int level;
        try {
            level = Integer.parseInt(ctx.pathParam("level"));
        } catch (NumberFormatException e) {
            throw StudioException.notFound("no such revision");
        }
        sendIssuePages(ctx, episode, revisions.issue(episode.id(), level));
    }

    static void sendIssuePages(Context ctx, Episode episode, dev.showrunner.studio.scripts.Issue issue) {
        String file = (episode.title().replaceAll("[^A-Za-z0-9]+", "-") + "-" + issue.color().replace(' ', '-') + "-pages")
                .replaceAll("^-+|-+$", "") + ".txt";
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        ctx.contentType("text/plain; charset=utf-8").result(issue.pagesText().getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, Object> issueSummary(dev.showrunner.studio.scripts.Issue i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level", i.level());
        m.put("draft", i.draftNumber());
        m.put("color", i.color());
        m.put("label", i.label());
        m.put("title", i.title());
        m.put("author", i.authorName());
        m.put("createdAt", i.createdAt());
        return m;
    }

    Episode episodeToOwn(Context ctx, User user) {
        Catalog.EpisodeAccess found = catalog.episodeFor(Http.idParam(ctx, "episode"), user.id());
        if (!found.role().owns()) {
            throw StudioException.forbidden("only the showrunner locks the production draft and issues revisions");
        }
        return found.episode();
    }

    // ---- work in progress and preview

    void work(Context ctx) {
        User user = Http.user(ctx);
        Episode episode = episodeFor(ctx, user);
        Http.json(ctx, 200, scripts.work(episode.id(), user.id())
                .orElseThrow(() -> StudioException.notFound("no work in progress")));
    }

    void keepWork(Context ctx) {
        User user = Http.user(ctx);
        Episode episode = episodeToWrite(ctx, user);
        WorkRequest req = Http.json(ctx, WorkRequest.class);
        scripts.keepWork(episode.id(), user.id(), Http.required(req.base(), "base"), Http.required(req.text(), "text"));
        ctx.status(204);
    }

    void discardWork(Context ctx) {
        User user = Http.user(ctx);
        Episode episode = episodeFor(ctx, user);
        scripts.discardWork(episode.id(), user.id());
        ctx.status(204);
    }

    void preview(Context ctx) {
        episodeFor(ctx, Http.user(ctx));
        PreviewRequest req = Http.json(ctx, PreviewRequest.class);
        String text = Http.required(req.text(), "text");
        if (text.length() > Scripts.MAX_TEXT) {
            throw StudioException.tooLarge("text: longer than " + Scripts.MAX_TEXT + " characters");
        }
        LivePages.Result preview = LivePages.renderSafely(text);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("html", preview.html());
        out.put("scenes", preview.scenes());
        out.put("pageCount", preview.pageCount());
        out.put("pages", preview.pages());
        out.put("pagesLabel", preview.pagesLabel());
        out.put("minutes", preview.minutes());
        Http.json(ctx, 200, out);
    }

    // ---- helpers

    /** The episode named in the path, if the user is a member of its series (404 otherwise). */
    Episode episodeFor(Context ctx, User user) {
        return catalog.episodeFor(Http.idParam(ctx, "episode"), user.id()).episode();
    }

    /** The episode named in the path, if the user's role edits it (404 for non-members, 403 for readers). */
    Episode episodeToWrite(Context ctx, User user) {
        Catalog.EpisodeAccess found = catalog.episodeFor(Http.idParam(ctx, "episode"), user.id());
        if (!found.role().writes()) {
            throw StudioException.forbidden("your role (" + found.role().label() + ") reads this series but does not edit it");
        }
        return found.episode();
    }

    Season seasonFor(Context ctx, User user) {
        Season season = catalog.season(Http.idParam(ctx, "season"));
        access.read(user, season.seriesId());
        return season;
    }

    static int number(Context ctx) {
        try {
            return Integer.parseInt(ctx.pathParam("number"));
        } catch (NumberFormatException e) {
            throw StudioException.notFound("no such draft");
        }
    }

    static Map<String, Object> summary(Draft d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", d.number());
        m.put("name", d.name());
        m.put("label", d.label());
        m.put("author", d.authorName());
        m.put("createdAt", d.createdAt());
        m.put("base", d.baseNumber());
        return m;
    }

}
