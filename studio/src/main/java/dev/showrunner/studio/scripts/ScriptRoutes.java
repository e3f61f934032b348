package dev.showrunner.studio.scripts;

import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.revision.DiffHtml;
import dev.showrunner.studio.accounts.Role;
import dev.showrunner.studio.accounts.User;
import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.series.Catalog;
import dev.showrunner.studio.series.Episode;
import dev.showrunner.studio.series.EpisodeGuard;
import dev.showrunner.studio.web.Http;
import dev.showrunner.studio.web.Templates;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * An episode's script: the editor with its live pages, the drafts (saved, merged, downloaded as
 * Fountain, FDX or PDF, imported), their comparison, the writer's work in progress, and the
 * production lock with its revisions; as pages and through the API.
 */
public final class ScriptRoutes {

    record SaveRequest(Integer base, String text, String name) {}

    record WorkRequest(Integer base, String text) {}

    record PreviewRequest(String text) {}

    record IssueRequest(Integer draft, String label, String color) {}

    /** An episode and its latest draft (null when none is saved yet). */
    record EpisodeDetail(Episode episode, ScriptJson.DraftSummary latest) {}


    private final Catalog catalog;
    private final EpisodeGuard episodes;
    private final Scripts scripts;
    private final Revisions revisions;
    private final Templates templates;

    public ScriptRoutes(Catalog catalog, Scripts scripts, Revisions revisions, Templates templates) {
        this.catalog = catalog;
        this.episodes = new EpisodeGuard(catalog);
        this.scripts = scripts;
        this.revisions = revisions;
        this.templates = templates;
    }

    // ---- pages

    /** The editor: the latest draft, or the writer's unsaved text when it differs, with its live pages. */
    public void scriptPage(Context ctx) {
        User user = Http.user(ctx);
        Catalog.EpisodeAccess found = episodes.room(ctx);
        Episode episode = found.episode();
        Role role = found.role();
        List<Draft> drafts = scripts.drafts(episode.id());
        Optional<Draft> latest = scripts.latest(episode.id());
        int base = latest.map(Draft::number).orElse(0);
        String text = latest.map(Draft::body).orElse("");
        boolean restored = false;
        Optional<WorkInProgress> work = role.writes() ? scripts.work(episode.id(), user.id()) : Optional.empty();
        if (work.isPresent() && !work.get().body().equals(text)) {
            // the writer's unsaved text comes back, still against the draft it started from
            base = work.get().baseNumber();
            text = work.get().body();
            restored = true;
        }
        List<Issue> issues = revisions.issues(episode.id());
        templates.render(ctx, "scripts/script.jte", new ScriptPage(Http.chrome(ctx, episode.title()),
                catalog.series(episode.seriesId()), catalog.season(episode.seasonId()), episode, role.writes(), base,
                text, restored, LivePages.renderSafely(text, revisions.current(episode.id())), drafts,
                issues.isEmpty() ? null : issues.getLast()));
    }

    public void historyPage(Context ctx) {
        Catalog.EpisodeAccess found = episodes.room(ctx);
        Episode episode = found.episode();
        templates.render(ctx, "scripts/history.jte", new HistoryPage(Http.chrome(ctx, episode.title() + " — drafts"),
                catalog.series(episode.seriesId()), episode, scripts.drafts(episode.id()), found.role().writes(),
                found.role().issues(), revisions.issues(episode.id())));
    }

    /** Two drafts side by side: scene by scene (the revision engine's view), or with {@code ?view=lines} line by line. */
    public void comparePage(Context ctx) {
        Episode episode = episodes.room(ctx).episode();
        Draft from = scripts.draft(episode.id(), Http.intQuery(ctx, "from"));
        Draft to = scripts.draft(episode.id(), Http.intQuery(ctx, "to"));
        boolean byScene = !"lines".equals(ctx.queryParam("view"));
        // the summary of what changed first, each change linked; the table shows changes, not every kept heading
        dev.showrunner.screenplay.revision.Comparison scenes = byScene ? dev.showrunner.screenplay.revision.Comparison.of(
                Fountain.read(from.body()), Fountain.read(to.body())) : null;
        templates.render(ctx, "scripts/compare.jte", new ComparePage(Http.chrome(ctx, "Compare drafts"),
                catalog.series(episode.seriesId()), episode, from, to,
                byScene ? List.of() : Comparison.of(from.body(), to.body()), scripts.drafts(episode.id()), byScene,
                byScene ? DiffHtml.summary(scenes) : "", byScene ? DiffHtml.fragment(scenes) : ""));
    }

    /** A draft as {@code ?format=fdx}, {@code pdf}, or Fountain (the default). */
    public void download(Context ctx) {
        Episode episode = episodes.room(ctx).episode();
        Draft draft = scripts.draft(episode.id(), draftNumber(ctx));
        switch (Optional.ofNullable(ctx.queryParam("format")).orElse("fountain")) {
            case "fdx" -> sendFdx(ctx, episode, draft);
            case "pdf" -> sendPdf(ctx, episode, draft);
            default -> sendFountain(ctx, episode, draft);
        }
    }

    /** Locks the chosen draft, or issues the next revision from it (showrunner). */
    public void issueForm(Context ctx) {
        Episode episode = episodes.issue(ctx);
        int number;
        try {
            number = Integer.parseInt(Http.required(ctx.formParam("draft"), "draft"));
        } catch (NumberFormatException e) {
            throw StudioException.badRequest("draft: not a number");
        }
        issue(episode, Http.user(ctx), number, ctx.formParam("label"), ctx.formParam("color"));
        ctx.redirect("/episodes/" + episode.id() + "/history");
    }

    public void importForm(Context ctx) {
        Episode episode = episodes.write(ctx);
        importUpload(ctx, episode, Http.user(ctx));
        ctx.redirect("/episodes/" + episode.id());
    }

    // ---- API

    public void apiEpisode(Context ctx) {
        Episode episode = episodes.room(ctx).episode();
        Http.json(ctx, 200, new EpisodeDetail(episode, scripts.latest(episode.id()).map(ScriptJson.DraftSummary::of)
                .orElse(null)));
    }

    public void apiDrafts(Context ctx) {
        Episode episode = episodes.room(ctx).episode();
        Http.json(ctx, 200, scripts.drafts(episode.id()).stream().map(ScriptJson.DraftSummary::of).toList());
    }

    public void apiDraft(Context ctx) {
        Episode episode = episodes.room(ctx).episode();
        Http.json(ctx, 200, ScriptJson.DraftText.of(scripts.draft(episode.id(), draftNumber(ctx))));
    }

    public void apiFountain(Context ctx) {
        Episode episode = episodes.room(ctx).episode();
        sendFountain(ctx, episode, scripts.draft(episode.id(), draftNumber(ctx)));
    }

    public void apiFdx(Context ctx) {
        Episode episode = episodes.room(ctx).episode();
        sendFdx(ctx, episode, scripts.draft(episode.id(), draftNumber(ctx)));
    }

    public void apiPdf(Context ctx) {
        Episode episode = episodes.room(ctx).episode();
        sendPdf(ctx, episode, scripts.draft(episode.id(), draftNumber(ctx)));
    }

    /** Saves a draft on top of {@code base}: merged three ways when others saved since, 409 with the clashes. */
    public void apiSave(Context ctx) {
        Episode episode = episodes.write(ctx);
        SaveRequest req = Http.json(ctx, SaveRequest.class);
        SaveOutcome outcome = scripts.save(episode.id(), Http.user(ctx).id(), Http.required(req.base(), "base"),
                Http.required(req.text(), "text"), req.name());
        switch (outcome) {
            case SaveOutcome.Saved saved -> Http.json(ctx, 201, ScriptJson.SavedDraft.of(saved));
            case SaveOutcome.Conflicted c -> Http.json(ctx, 409, ScriptJson.Conflict.of(c));
        }
    }

    public void apiCompare(Context ctx) {
        Episode episode = episodes.room(ctx).episode();
        Draft from = scripts.draft(episode.id(), Http.intQuery(ctx, "from"));
        Draft to = scripts.draft(episode.id(), Http.intQuery(ctx, "to"));
        Http.json(ctx, 200, new ScriptJson.Compared(ScriptJson.DraftSummary.of(from), ScriptJson.DraftSummary.of(to),
                Comparison.of(from.body(), to.body())));
    }

    /** Imports a Fountain or FDX file as a new draft on top of the latest. */
    public void apiImport(Context ctx) {
        Episode episode = episodes.write(ctx);
        Http.json(ctx, 201, ScriptJson.DraftSummary.of(importUpload(ctx, episode, Http.user(ctx))));
    }

    public void apiIssues(Context ctx) {
        Episode episode = episodes.room(ctx).episode();
        Http.json(ctx, 200, revisions.issues(episode.id()).stream().map(ScriptJson.IssueSummary::of).toList());
    }

    /** Locks the draft when the episode is not locked yet, else issues the next revision from it (showrunner). */
    public void apiIssue(Context ctx) {
        Episode episode = episodes.issue(ctx);
        IssueRequest req = Http.json(ctx, IssueRequest.class);
        Issue issue = issue(episode, Http.user(ctx), Http.required(req.draft(), "draft"), req.label(), req.color());
        Http.json(ctx, 201, ScriptJson.IssueSummary.of(issue));
    }

    /**
     * A revision's pages, for the page's links and the API alike: the revised pages as a PDF (the
     * default), with {@code ?pages=all} the full shooting script with every revision so far,
     * {@code &marks=this} only this revision's marks, {@code &tint=1} each page on its paper's
     * colour; {@code ?format=txt} the revised pages as text.
     */
    public void issuePages(Context ctx) {
        Episode episode = episodes.room(ctx).episode();
        Issue issue = revisions.issue(episode.id(), Http.numberParam(ctx, "level", "revision"));
        String format = Optional.ofNullable(ctx.queryParam("format")).orElse("pdf");
        boolean all = choice(ctx, "pages", "changed", "all");
        boolean onlyThis = choice(ctx, "marks", "all", "this");
        String name = Http.downloadName(episode.title(), issue.color().replace(' ', '-') + (all ? "-shooting-script" : "-pages"));
        switch (format) {
            case "txt" -> Http.attachment(ctx, name + ".txt", "text/plain; charset=utf-8", RevisedPages.text(
                    revisions.revised(episode.id(), issue.level(), onlyThis), !all).getBytes(StandardCharsets.UTF_8));
            case "pdf" -> Http.attachment(ctx, name + ".pdf", "application/pdf", RevisedPages.pdf(
                    revisions.revised(episode.id(), issue.level(), onlyThis), !all,
                    "1".equals(ctx.queryParam("tint")) || "true".equals(ctx.queryParam("tint"))));
            default -> throw StudioException.badRequest("format: '" + format + "' is not pdf or txt");
        }
    }

    /** Whether query parameter {@code name} is {@code second} (false when absent or {@code first}); 400 otherwise. */
    private static boolean choice(Context ctx, String name, String first, String second) {
        String value = ctx.queryParam(name);
        if (value == null || value.equals(first)) {
            return false;
        }
        if (value.equals(second)) {
            return true;
        }
        throw StudioException.badRequest(name + ": '" + value + "' is not " + first + " or " + second);
    }

    public void apiWork(Context ctx) {
        Episode episode = episodes.room(ctx).episode();
        Http.json(ctx, 200, scripts.work(episode.id(), Http.user(ctx).id())
                .orElseThrow(() -> StudioException.notFound("no work in progress")));
    }

    public void apiKeepWork(Context ctx) {
        Episode episode = episodes.write(ctx);
        WorkRequest req = Http.json(ctx, WorkRequest.class);
        scripts.keepWork(episode.id(), Http.user(ctx).id(), Http.required(req.base(), "base"),
                Http.required(req.text(), "text"));
        ctx.status(204);
    }

    public void apiDiscardWork(Context ctx) {
        Episode episode = episodes.room(ctx).episode();
        scripts.discardWork(episode.id(), Http.user(ctx).id());
        ctx.status(204);
    }

    /** The editor's live pages of a text not saved yet. */
    public void apiPreview(Context ctx) {
        Episode episode = episodes.room(ctx).episode();
        PreviewRequest req = Http.json(ctx, PreviewRequest.class);
        String text = Http.required(req.text(), "text");
        if (text.length() > Scripts.MAX_TEXT) {
            throw StudioException.tooLarge("text: longer than " + Scripts.MAX_TEXT + " characters");
        }
        Http.json(ctx, 200, ScriptJson.LivePreview.of(LivePages.renderSafely(text, revisions.current(episode.id()))));
    }

    // ---- helpers

    private Issue issue(Episode episode, User user, int draft, String label, String color) {
        return revisions.issues(episode.id()).isEmpty()
                ? revisions.lock(episode.id(), draft, user.id(), label)
                : revisions.revise(episode.id(), draft, user.id(), label, color);
    }

    /** Saves the uploaded file (multipart field {@code file}) as a new draft on top of the latest. */
    private Draft importUpload(Context ctx, Episode episode, User user) {
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
                name == null || name.isBlank() ? ScriptFiles.importedName(file.filename()) : name);
        if (outcome instanceof SaveOutcome.Saved saved) {
            return saved.draft();
        }
        throw StudioException.conflict("another draft was saved at the same moment; import again");
    }

    private static int draftNumber(Context ctx) {
        return Http.numberParam(ctx, "number", "draft");
    }

    /** The name a draft's downloads are saved under, without extension: "Pilot-draft-3". */
    private static String fileName(Episode episode, Draft d) {
        return Http.downloadName(episode.title(), "draft-" + d.number());
    }

    private static void sendFountain(Context ctx, Episode episode, Draft d) {
        Http.attachment(ctx, fileName(episode, d) + ".fountain", "text/plain; charset=utf-8",
                d.body().getBytes(StandardCharsets.UTF_8));
    }

    private static void sendFdx(Context ctx, Episode episode, Draft d) {
        Http.attachment(ctx, fileName(episode, d) + ".fdx", "application/xml; charset=utf-8", ScriptFiles.toFdx(d.body()));
    }

    private static void sendPdf(Context ctx, Episode episode, Draft d) {
        Http.attachment(ctx, fileName(episode, d) + ".pdf", "application/pdf", ScriptFiles.toPdf(d.body()));
    }
}
