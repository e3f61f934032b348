package dev.showrunner.studio.web;

import dev.showrunner.studio.errors.StudioException;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The studio's HTTP server: configuration, every route, and the one place errors become responses. */
public final class StudioServer {

    /** How the server is reached and whether cookies are marked Secure. */
    public record Options(String host, int port, boolean secureCookies, boolean trustProxy) {}

    private static final Logger LOG = LoggerFactory.getLogger(StudioServer.class);

    private final Options options;
    private final ApiHandlers api;
    private final PageHandlers pages;
    private final ScheduleHandlers schedules;
    private final SearchHandlers scheduleSearches;
    private final SavedScheduleHandlers savedSchedules;
    private Javalin app;

    public StudioServer(Services services, Options options) {
        this.options = options;
        this.api = new ApiHandlers(services, options);
        Templates templates = new Templates();
        this.pages = new PageHandlers(services, options, templates);
        this.schedules = new ScheduleHandlers(services, templates);
        this.scheduleSearches = new SearchHandlers(services, templates);
        this.savedSchedules = new SavedScheduleHandlers(services, templates);
    }

    public StudioServer start() {
        app = Javalin.create(this::configure).start(options.host(), options.port());
        return this;
    }

    public int port() {
        return app.port();
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
        // a schedule's board travels in its report links (a few characters a scene), so the
        // request line and headers may take 64 KB instead of Jetty's 8
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
        var r = config.routes;

        r.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "same-origin");
            ctx.header("X-Frame-Options", "DENY");
            if (ctx.path().startsWith("/assets/") || ctx.path().startsWith("/webjars/")) {
                return; // static files: no session needed, no database touched
            }
            Http.checkDeclaredLength(ctx);
            api.authenticate(ctx);
            Http.checkCsrf(ctx);
        });

        // ---- pages
        r.get("/", pages::home);
        r.get("/signin", pages::signInForm);
        r.post("/signin", pages::signIn);
        r.post("/signout", pages::signOut);
        r.get("/signup", pages::signUpForm);
        r.post("/signup", pages::signUp);
        r.get("/series", pages::seriesList);
        r.post("/series", pages::createSeries);
        r.get("/series/{series}", pages::series);
        r.post("/series/{series}", pages::updateSeries);
        r.post("/series/{series}/members", pages::setMember);
        r.post("/series/{series}/seasons", pages::createSeason);
        r.post("/seasons/{season}", pages::updateSeason);
        r.post("/seasons/{season}/episodes", pages::createEpisode);
        r.post("/episodes/{episode}", pages::updateEpisode);
        r.get("/episodes/{episode}", pages::script);
        r.get("/episodes/{episode}/history", pages::history);
        r.get("/episodes/{episode}/compare", pages::compare);
        r.get("/episodes/{episode}/breakdown", pages::breakdown);
        r.get("/episodes/{episode}/schedule", schedules::page);
        r.get("/episodes/{episode}/schedule/{file}", schedules::report);
        r.post("/episodes/{episode}/schedule/files", schedules::saveFiles);
        r.post("/episodes/{episode}/schedules", savedSchedules::save);
        r.get("/episodes/{episode}/schedules/{number}/changes", savedSchedules::changes);
        r.get("/episodes/{episode}/schedules/{number}/carry", savedSchedules::carry);
        r.post("/episodes/{episode}/schedule/searches", scheduleSearches::startSearch);
        r.get("/episodes/{episode}/schedule/searches/{search}", scheduleSearches::searchPage);
        r.post("/episodes/{episode}/schedule/searches/{search}/cancel", scheduleSearches::cancelSearch);
        r.get("/episodes/{episode}/drafts/{number}/download", pages::download);
        r.post("/episodes/{episode}/revisions", pages::issue);
        r.get("/episodes/{episode}/revisions/{level}/pages", api::issuePages);
        r.post("/episodes/{episode}/import", pages::importFile);

        // ---- JSON API (described in /api/openapi.json)
        r.get("/api/openapi.json", api::openApi);
        r.post("/api/session", api::signIn);
        r.delete("/api/session", api::signOut);
        r.get("/api/me", api::me);
        r.post("/api/users", api::register);
        r.get("/api/series", api::listSeries);
        r.post("/api/series", api::createSeries);
        r.get("/api/series/{series}", api::getSeries);
        r.patch("/api/series/{series}", api::updateSeries);
        r.get("/api/series/{series}/members", api::members);
        r.put("/api/series/{series}/members", api::setMember);
        r.post("/api/series/{series}/seasons", api::createSeason);
        r.patch("/api/seasons/{season}", api::updateSeason);
        r.post("/api/seasons/{season}/episodes", api::createEpisode);
        r.get("/api/episodes/{episode}", api::getEpisode);
        r.patch("/api/episodes/{episode}", api::updateEpisode);
        r.get("/api/episodes/{episode}/drafts", api::drafts);
        r.post("/api/episodes/{episode}/drafts", api::saveDraft);
        r.get("/api/episodes/{episode}/drafts/{number}", api::draft);
        r.get("/api/episodes/{episode}/drafts/{number}/fountain", api::draftFountain);
        r.get("/api/episodes/{episode}/drafts/{number}/fdx", api::draftFdx);
        r.get("/api/episodes/{episode}/drafts/{number}/pdf", api::draftPdf);
        r.get("/api/episodes/{episode}/compare", api::compare);
        r.get("/api/episodes/{episode}/breakdown", schedules::apiBreakdown);
        r.get("/api/episodes/{episode}/schedule", schedules::api);
        r.post("/api/episodes/{episode}/schedule/searches", scheduleSearches::apiStartSearch);
        r.get("/api/episodes/{episode}/schedule/searches/{search}", scheduleSearches::apiSearch);
        r.delete("/api/episodes/{episode}/schedule/searches/{search}", scheduleSearches::apiCancelSearch);
        r.get("/api/episodes/{episode}/production-files", schedules::apiFiles);
        r.get("/api/episodes/{episode}/schedules", savedSchedules::apiList);
        r.post("/api/episodes/{episode}/schedules", savedSchedules::apiSave);
        r.get("/api/episodes/{episode}/schedules/{number}", savedSchedules::apiGet);
        r.get("/api/episodes/{episode}/schedules/{number}/changes", savedSchedules::apiChanges);
        r.get("/api/episodes/{episode}/schedules/{number}/carry", savedSchedules::apiCarry);
        r.put("/api/episodes/{episode}/production-files", schedules::apiSaveFiles);
        r.get("/api/episodes/{episode}/revisions", api::issues);
        r.post("/api/episodes/{episode}/revisions", api::issue);
        r.get("/api/episodes/{episode}/revisions/{level}/pages", api::issuePages);
        r.post("/api/episodes/{episode}/import", api::importFile);
        r.get("/api/episodes/{episode}/work", api::work);
        r.put("/api/episodes/{episode}/work", api::keepWork);
        r.delete("/api/episodes/{episode}/work", api::discardWork);
        r.post("/api/episodes/{episode}/preview", api::preview);

        // ---- errors, mapped once
        r.exception(StudioException.class, (e, ctx) -> fail(ctx, e.status(), e.error(), e.detail()));
        r.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(),
                e.getStatus() == 413 ? "too_large" : "http_" + e.getStatus(), e.getMessage()));
        r.exception(Exception.class, (e, ctx) -> {
            if (e.getCause() instanceof StudioException s) {
                fail(ctx, s.status(), s.error(), s.detail());
                return;
            }
            LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
            fail(ctx, 500, "internal", "something went wrong on the server; it has been logged");
        });
        r.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint")
                    || ctx.result().equals("Not Found")) {
                fail(ctx, 404, "not_found", "no such page: " + ctx.path());
            }
        });
        r.error(405, ctx -> fail(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed on " + ctx.path()));
    }

    private void fail(Context ctx, int status, String error, String detail) {
        if (Http.wantsJson(ctx) || !"GET".equals(ctx.method().name()) && ctx.header(Http.CSRF_HEADER) != null) {
            Http.json(ctx, status, Map.of("error", error, "detail", detail == null ? "" : detail));
        } else if (status == 401) {
            ctx.redirect("/signin?next=" + java.net.URLEncoder.encode(ctx.path(), java.nio.charset.StandardCharsets.UTF_8));
        } else {
            pages.error(ctx, status, detail);
        }
    }
}
