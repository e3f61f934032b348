package dev.showrunner.studio.web;

import dev.showrunner.studio.accounts.AccountRoutes;
import dev.showrunner.studio.accounts.Invitations;
import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.notes.NotesRoutes;
import dev.showrunner.studio.production.ProductionRoutes;
import dev.showrunner.studio.scripts.ScriptRoutes;
import dev.showrunner.studio.series.SeriesRoutes;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.BadMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The studio's HTTP server: configuration, every route of every feature in one table, the
 * filters every request passes, and the one place errors become responses. Each feature's
 * handlers live in its own package ({@code accounts.AccountRoutes}, {@code series.SeriesRoutes},
 * {@code scripts.ScriptRoutes}, {@code production.ProductionRoutes}); this class only lists them.
 */
public final class StudioServer {

    /** How the server is reached and whether cookies are marked Secure. */
    public record Options(String host, int port, boolean secureCookies, boolean trustProxy) {

        /**
         * True when the server listens on a loopback address only ("localhost", 127.0.0.1, ::1):
         * no one on another computer reaches it. "0.0.0.0", a name or an address of the
         * machine's network is not loopback.
         */
        public boolean loopbackOnly() {
            try {
                for (java.net.InetAddress a : java.net.InetAddress.getAllByName(host)) {
                    if (!a.isLoopbackAddress()) {
                        return false;
                    }
                }
                return true;
            } catch (java.net.UnknownHostException e) {
                return false;
            }
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(StudioServer.class);

    /**
     * Scripts only from the studio's own files (no inline script, no handlers in attributes,
     * no eval), so that text that slipped past escaping still runs nothing. Styles allow
     * inline attributes: the live pages position their lines with them, and CSS runs no code.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final Options options;
    private final Templates templates = new Templates();
    private final AccountRoutes accounts;
    private final SeriesRoutes series;
    private final ScriptRoutes scripts;
    private final ProductionRoutes production;
    private final NotesRoutes notes;
    private Javalin app;
    private List<String> routeList = List.of();

    public StudioServer(Services services, Options options) {
        this.options = options;
        this.accounts = new AccountRoutes(services.accounts(), services.invitations(), options, templates);
        this.series = new SeriesRoutes(services.access(), services.invitations(), Invitations.Courier.BY_HAND,
                services.catalog(), templates);
        this.scripts = new ScriptRoutes(services.catalog(), services.scripts(), services.revisions(), templates);
        this.production = new ProductionRoutes(services.catalog(), services.scripts(), services.production(),
                services.searches(), services.schedules(), templates);
        this.notes = new NotesRoutes(services.catalog(), services.access(), services.invitations(),
                Invitations.Courier.BY_HAND, services.scripts(), services.deliveries(), services.notes(), services.inbox(),
                templates);
    }

    public StudioServer start() {
        app = Javalin.create(this::configure).start(options.host(), options.port());
        return this;
    }

    public int port() {
        return app.port();
    }

    /** True when only this computer reaches the server (see {@link Options#loopbackOnly()}). */
    public boolean loopbackOnly() {
        return options.loopbackOnly();
    }

    /** Every route once the server has started, as "METHOD /path", in the route table's order. */
    public List<String> routes() {
        return routeList;
    }

    public void stop() {
        if (app != null) {
            app.stop();
        }
    }

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.concurrency.useVirtualThreads = true;
        config.http.maxRequestSize = Http.MAX_BODY;
        // the schedule page's own address carries its board and locks (see MAX_REQUEST_HEAD)
        config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(Http.MAX_REQUEST_HEAD));
        config.jetty.multipartConfig.maxTotalRequestSize(Http.MAX_BODY, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxFileSize(Http.MAX_BODY, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize(Http.MAX_BODY, SizeUnit.BYTES);
        config.staticFiles.enableWebjars();
        config.staticFiles.add(files -> {
            files.hostedPath = "/assets";
            files.directory = "/static";
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", "max-age=300");
        });
        routes(config);
    }

    /** Every route of the studio, in one place. */
    private void routes(JavalinConfig config) {
        var r = new RouteTable(config.routes);

        config.routes.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "same-origin");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            if (ctx.path().startsWith("/assets/") || ctx.path().startsWith("/webjars/")) {
                return; // static files: no session needed, no database touched
            }
            Http.checkDeclaredLength(ctx);
            accounts.authenticate(ctx);
            Http.checkCsrf(ctx);
        });

        // ---- accounts: signing in and out, the first account and the administrator's new ones
        r.get("/", accounts::home);
        r.get("/signin", accounts::signInForm);
        r.post("/signin", accounts::signIn);
        r.post("/signout", accounts::signOut);
        r.get("/signup", accounts::signUpForm);
        r.post("/signup", accounts::signUp);
        r.post("/api/session", accounts::apiSignIn);
        r.delete("/api/session", accounts::apiSignOut);
        r.get("/api/me", accounts::me);
        r.put("/api/me/password", accounts::apiChangePassword);
        r.delete("/api/me/sessions", accounts::apiSignOutElsewhere);
        r.get("/account", accounts::accountPage);
        r.post("/account/password", accounts::changePasswordForm);
        r.post("/account/sessions", accounts::signOutElsewhereForm);
        r.post("/api/users", accounts::register);

        // ---- series: seasons, episodes, members and their roles
        r.get("/series", series::list);
        r.post("/series", series::create);
        r.get("/series/{series}", series::page);
        r.post("/series/{series}", series::update);
        r.post("/series/{series}/members", series::setMember);
        r.post("/series/{series}/seasons", series::createSeason);
        r.post("/seasons/{season}", series::updateSeason);
        r.post("/seasons/{season}/episodes", series::createEpisode);
        r.post("/episodes/{episode}", series::updateEpisode);
        r.get("/invitations/{token}", series::invitationPage);
        r.post("/invitations/{token}", series::acceptInvitation);
        r.get("/api/series", series::apiList);
        r.post("/api/series", series::apiCreate);
        r.get("/api/series/{series}", series::apiGet);
        r.patch("/api/series/{series}", series::apiUpdate);
        r.get("/api/series/{series}/members", series::apiMembers);
        r.put("/api/series/{series}/members", series::apiSetMember);
        r.post("/api/series/{series}/seasons", series::apiCreateSeason);
        r.patch("/api/seasons/{season}", series::apiUpdateSeason);
        r.post("/api/seasons/{season}/episodes", series::apiCreateEpisode);
        r.patch("/api/episodes/{episode}", series::apiUpdateEpisode);
        r.post("/api/invitations/{token}", series::apiAcceptInvitation);

        // ---- scripts: the editor, drafts, comparison, work in progress, the lock and revisions
        r.get("/episodes/{episode}", scripts::scriptPage);
        r.get("/episodes/{episode}/history", scripts::historyPage);
        r.get("/episodes/{episode}/compare", scripts::comparePage);
        r.get("/episodes/{episode}/drafts/{number}/download", scripts::download);
        r.post("/episodes/{episode}/import", scripts::importForm);
        r.post("/episodes/{episode}/revisions", scripts::issueForm);
        r.get("/episodes/{episode}/revisions/{level}/pages", scripts::issuePages);
        r.get("/api/episodes/{episode}", scripts::apiEpisode);
        r.get("/api/episodes/{episode}/drafts", scripts::apiDrafts);
        r.post("/api/episodes/{episode}/drafts", scripts::apiSave);
        r.get("/api/episodes/{episode}/drafts/{number}", scripts::apiDraft);
        r.get("/api/episodes/{episode}/drafts/{number}/fountain", scripts::apiFountain);
        r.get("/api/episodes/{episode}/drafts/{number}/fdx", scripts::apiFdx);
        r.get("/api/episodes/{episode}/drafts/{number}/pdf", scripts::apiPdf);
        r.get("/api/episodes/{episode}/compare", scripts::apiCompare);
        r.post("/api/episodes/{episode}/import", scripts::apiImport);
        r.get("/api/episodes/{episode}/revisions", scripts::apiIssues);
        r.post("/api/episodes/{episode}/revisions", scripts::apiIssue);
        r.get("/api/episodes/{episode}/revisions/{level}/pages", scripts::issuePages);
        r.get("/api/episodes/{episode}/work", scripts::apiWork);
        r.put("/api/episodes/{episode}/work", scripts::apiKeepWork);
        r.delete("/api/episodes/{episode}/work", scripts::apiDiscardWork);
        r.post("/api/episodes/{episode}/preview", scripts::apiPreview);

        // ---- production: breakdown, production files, schedules, searches and reports
        r.get("/episodes/{episode}/breakdown", production::breakdownPage);
        r.get("/episodes/{episode}/schedule", production::schedulePage);
        r.post("/episodes/{episode}/schedule/files", production::saveFilesForm);
        r.post("/episodes/{episode}/schedule/reports/{file}", production::reportOfForm);
        r.post("/episodes/{episode}/schedule/searches", production::startSearchForm);
        r.get("/episodes/{episode}/schedule/searches/{search}", production::searchPage);
        r.post("/episodes/{episode}/schedule/searches/{search}/cancel", production::cancelSearchForm);
        r.post("/episodes/{episode}/schedules", production::saveScheduleForm);
        r.get("/episodes/{episode}/schedules/{number}/reports/{file}", production::reportOfSaved);
        r.get("/episodes/{episode}/schedules/{number}/changes", production::changesPage);
        r.get("/episodes/{episode}/schedules/{number}/carry", production::carryPage);
        r.get("/api/episodes/{episode}/breakdown", production::apiBreakdown);
        r.get("/api/episodes/{episode}/production-files", production::apiFiles);
        r.put("/api/episodes/{episode}/production-files", production::apiSaveFiles);
        r.get("/api/episodes/{episode}/schedule", production::apiSchedule);
        r.post("/api/episodes/{episode}/schedule/searches", production::apiStartSearch);
        r.get("/api/episodes/{episode}/schedule/searches/{search}", production::apiSearch);
        r.delete("/api/episodes/{episode}/schedule/searches/{search}", production::apiCancelSearch);
        r.get("/api/episodes/{episode}/schedules", production::apiSavedSchedules);
        r.post("/api/episodes/{episode}/schedules", production::apiSaveSchedule);
        r.get("/api/episodes/{episode}/schedules/{number}", production::apiSavedSchedule);
        r.get("/api/episodes/{episode}/schedules/{number}/changes", production::apiChanges);
        r.get("/api/episodes/{episode}/schedules/{number}/carry", production::apiCarry);

        // ---- notes: deliveries, notes on them, answers and threads, memos, where things stand
        r.get("/inbox", notes::inboxPage);
        r.get("/api/inbox", notes::apiInbox);
        r.get("/episodes/{episode}/notes", notes::episodePage);
        r.post("/episodes/{episode}/deliveries", notes::deliverForm);
        r.get("/deliveries/{delivery}", notes::deliveryPage);
        r.get("/deliveries/{delivery}/pdf", notes::pdf);
        r.get("/deliveries/{delivery}/memo", notes::memo);
        r.get("/deliveries/{delivery}/response", notes::response);
        r.post("/deliveries/{delivery}/notes", notes::noteForm);
        r.post("/deliveries/{delivery}/imports", notes::importForm);
        r.post("/notes/{note}/answer", notes::answerForm);
        r.post("/notes/{note}/replies", notes::replyForm);
        r.post("/notes/{note}/contradicts", notes::linkForm);
        r.get("/api/episodes/{episode}/deliveries", notes::apiDeliveries);
        r.post("/api/episodes/{episode}/deliveries", notes::apiDeliver);
        r.get("/api/episodes/{episode}/notes/standing", notes::apiStanding);
        r.get("/api/deliveries/{delivery}", notes::apiDelivery);
        r.get("/api/deliveries/{delivery}/pdf", notes::pdf);
        r.post("/api/deliveries/{delivery}/notes", notes::apiAddNote);
        r.post("/api/deliveries/{delivery}/imports", notes::apiImport);
        r.patch("/api/notes/{note}", notes::apiAnswer);
        r.post("/api/notes/{note}/replies", notes::apiReply);
        r.put("/api/notes/{note}/contradicts", notes::apiLink);

        // ---- the API's description
        r.get("/api/openapi.json", StudioServer::openApi);

        routeList = r.registered();

        // ---- errors, mapped once
        var errors = config.routes;
        errors.exception(StudioException.class, (e, ctx) -> fail(ctx, e.status(), e.error(), e.detail()));
        errors.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(),
                e.getStatus() == 413 ? "too_large" : "http_" + e.getStatus(), e.getMessage()));
        errors.exception(Exception.class, (e, ctx) -> {
            if (e.getCause() instanceof StudioException s) {
                fail(ctx, s.status(), s.error(), s.detail());
                return;
            }
            StudioException refused = badBody(e);
            if (refused != null) {
                fail(ctx, refused.status(), refused.error(), refused.detail());
                return;
            }
            LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
            fail(ctx, 500, "internal", "something went wrong on the server; it has been logged");
        });
        errors.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint")
                    || ctx.result().equals("Not Found")) {
                fail(ctx, 404, "not_found", "no such page: " + ctx.path());
            }
        });
        errors.error(405, ctx -> fail(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed on " + ctx.path()));
    }

    /**
     * A body the server could not parse, found in {@code e}'s causes: Jetty reports a malformed
     * multipart body, one without a boundary, and (when chunked, so unknown in advance) one over
     * the size limit as a 400 {@code BadMessageException} wrapped in a {@code ServletException};
     * the client's mistake, not the server's. Null for anything else.
     */
    static StudioException badBody(Throwable e) {
        boolean badMessage = false;
        Throwable root = e;
        for (Throwable c = e; c != null; c = c.getCause()) {
            badMessage |= c instanceof BadMessageException b && b.getCode() == 400;
            root = c;
        }
        if (!badMessage) {
            return null;
        }
        String why = root.getMessage() == null ? "" : root.getMessage().replaceFirst("^400: ", "");
        if (why.startsWith("max length exceeded")) {
            return StudioException.tooLarge("body: larger than " + Http.MAX_BODY + " bytes");
        }
        return StudioException.badRequest("body: not well-formed multipart/form-data (" + why + ")");
    }

    /** Every refusal's JSON body: a short code and what went wrong, naming the field where there is one. */
    record Failure(String error, String detail) {}

    private void fail(Context ctx, int status, String error, String detail) {
        if (Http.wantsJson(ctx) || !"GET".equals(ctx.method().name()) && ctx.header(Http.CSRF_HEADER) != null) {
            Http.json(ctx, status, new Failure(error, detail == null ? "" : detail));
        } else if (status == 401) {
            ctx.redirect("/signin?next=" + URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8));
        } else if ("POST".equals(ctx.method().name()) && status >= 400 && status < 500 && Http.backToForm(ctx, detail)) {
            return; // a refused form goes back to its page, the message beside the field it names
        } else {
            ctx.status(status);
            templates.render(ctx, "error.jte", new ErrorPage(Http.chrome(ctx, "Error " + status), status, detail));
        }
    }

    private static void openApi(Context ctx) throws IOException {
        try (InputStream in = StudioServer.class.getResourceAsStream("/openapi.json")) {
            ctx.contentType("application/json").result(in.readAllBytes());
        }
    }
}
