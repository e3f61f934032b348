package dev.showrunner.studio.scripts;

import dev.showrunner.print.HtmlWriter;
import dev.showrunner.print.RevisionHtmlWriter;
import dev.showrunner.screenplay.Html;
import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.layout.Eighths;
import dev.showrunner.screenplay.layout.PageFormat;
import dev.showrunner.screenplay.layout.Pages;
import dev.showrunner.screenplay.layout.SceneLength;
import dev.showrunner.screenplay.model.Element;
import dev.showrunner.screenplay.model.SceneHeading;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.revision.LayoutPages;
import dev.showrunner.screenplay.revision.Lock;
import dev.showrunner.screenplay.revision.Revision;
import dev.showrunner.screenplay.revision.SceneNumbers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/*
 * One engine behind every page: the editor's text is read by Fountain.read, laid out by
 * ScriptFiles.layout (the layout the draft's PDF is printed from) and written by print's
 * HtmlWriter (the writer behind the CLI's html), so a page number, a page break and a scene's
 * eighths here are the PDF's, the stats' and the schedule's.
 *
 * Reading Fountain never fails and the layout is total; should either throw all the same (a
 * bug), the writer sees the engine's message where the pages would be, never a stack trace
 * and never a second guess at the pages, and the server log keeps the trace.
 */

/** The editor's live pages: the engine's pages of Fountain text, with the scene list and the length. */
public final class LivePages {

    private static final Logger LOG = LoggerFactory.getLogger(LivePages.class);

    private LivePages() {}

    /**
     * A scene for the navigator.
     *
     * @param number its place in the script, from 1 (the pages anchor its heading as {@code scene-N})
     * @param label its number as printed: the locked number once locked ({@code 12A}), else the
     *     number written in the script, else its place
     * @param line the heading's 1-based source line
     * @param heading the heading as printed
     * @param page the page it starts on, as laid out afresh
     * @param pageLabel the page it starts on as printed ({@code 23A} on locked pages)
     * @param length its length in eighths of a page ("1 3/8")
     */
    public record Scene(int number, String label, int line, String heading, int page, String pageLabel, String length) {

        Scene printed(String label, String pageLabel) {
            return new Scene(number, label, line, heading, page, pageLabel, length);
        }
    }

    /**
     * The laid-out pages.
     *
     * @param html the pages (title page first), or the engine's message when it failed
     * @param scenes every scene, in order
     * @param pageCount body pages, the title page not counted (0 when the engine failed)
     * @param length the sum of the scenes' eighths: the length the stats, the breakdown and the
     *     schedule give the script
     * @param minutes the running time at a minute a page of scenes (at least 1 for a script
     *     with any page)
     * @param problem the engine's message when it failed, else {@code null}
     */
    public record Result(String html, List<Scene> scenes, int pageCount, Eighths length, int minutes, String problem) {

        /** The length in pages, to the eighth: {@code length} as a number. */
        public double pages() {
            return length.inPages();
        }

        /** The editor's header: "1 page", "127 pages · scenes 126 5/8"; "Nothing written yet" for no text. */
        public String pagesLabel() {
            if (pageCount == 0 && problem == null) {
                return "Nothing written yet";
            }
            String count = pageCount + (pageCount == 1 ? " page" : " pages");
            return scenes.isEmpty() ? count : count + " · scenes " + length;
        }

        /** "about 3 min", or nothing when nothing is written (an empty page is not a minute of screen time). */
        public String runningTime() {
            return minutes == 0 ? "" : "about " + minutes + " min";
        }
    }

    /** The engine's pages, or the engine's message in their place should it fail. */
    public static Result renderSafely(String text) {
        return renderSafely(text, null);
    }

    /**
     * The same; once the episode is locked ({@code lock} not null), the pages are the locked
     * pages as the revision PDF prints them (docs/revisions.md, rules 6 to 12): each under its
     * locked number, scene numbers in both margins, on the paper of the revision that last
     * changed it with its header and marks, and the text's changes since the last issue marked
     * as the next revision would mark them.
     */
    public static Result renderSafely(String text, Lock lock) {
        if (lock != null) {
            try {
                return renderLocked(text, lock);
            } catch (RuntimeException e) {
                // the writer still sees the pages, laid out afresh; the log keeps the trace
                LOG.error("the revision engine failed on a locked script of {} characters", text.length(), e);
            }
        }
        try {
            return render(text);
        } catch (RuntimeException e) {
            LOG.error("the layout engine failed on a script of {} characters", text.length(), e);
            return failed(e);
        }
    }

    /** The engine's pages; an engine failure is thrown. */
    public static Result render(String text) {
        if (text.isBlank()) {
            return new Result("", List.of(), 0, Eighths.ZERO, 0, null);
        }
        Pages pages = ScriptFiles.layout(Fountain.read(text));
        List<Scene> scenes = new ArrayList<>();
        Eighths length = Eighths.ZERO;
        for (SceneLength s : pages.scenes()) {
            int number = scenes.size() + 1;
            String label = s.heading().sceneNumber() != null ? s.heading().sceneNumber() : Integer.toString(number);
            scenes.add(new Scene(number, label, s.heading().span().line(),
                    s.heading().text().plain().strip().toUpperCase(Locale.ROOT), s.firstPage(),
                    Integer.toString(s.firstPage()), s.length().toString()));
            length = length.plus(s.length());
        }
        StringBuilder html = new StringBuilder(1 << 16);
        try {
            HtmlWriter.pages(pages, html);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        int count = pages.count();
        int minutes = scenes.isEmpty() ? count : Math.max(1, (int) Math.round(length.inPages()));
        return new Result(html.toString(), List.copyOf(scenes), count, length, minutes, null);
    }

    private static Result renderLocked(String text, Lock lock) {
        Result plain = render(text);
        if (plain.pageCount() == 0) {
            return plain;
        }
        Screenplay script = Fountain.read(text);
        Revision.Revised revised = Revision.revise(lock, script, LayoutPages.forScript(script),
                lock.current().next(LocalDate.now(ZoneOffset.UTC), ""), Revision.Options.DEFAULTS);
        StringBuilder html = new StringBuilder(1 << 16);
        try {
            RevisionHtmlWriter.pages(revised, PageFormat.forScript(script), false, html);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        // the navigator names scenes and pages as the locked pages print them
        List<String[]> printed = new ArrayList<>();
        List<Element> elements = revised.script().elements();
        for (Revision.Page page : revised.pages()) {
            for (Revision.MarkedLine marked : page.lines()) {
                var line = marked.line();
                if (!line.synthetic() && line.part() == -1 && line.start() == 0 && line.element() < elements.size()
                        && elements.get(line.element()) instanceof SceneHeading h
                        && !SceneNumbers.isOmitted(h)) {
                    printed.add(new String[] {h.sceneNumber(), page.number()});
                }
            }
        }
        List<Scene> scenes = new ArrayList<>(plain.scenes().size());
        for (int i = 0; i < plain.scenes().size(); i++) {
            Scene scene = plain.scenes().get(i);
            scenes.add(i < printed.size() ? scene.printed(printed.get(i)[0], printed.get(i)[1]) : scene);
        }
        return new Result(html.toString(), List.copyOf(scenes), revised.pages().size(), plain.length(), plain.minutes(), null);
    }

    /** The result that shows the engine's message where the pages would be. */
    static Result failed(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String html = "<div class=\"engine-error\" role=\"alert\"><p>The pages could not be laid out: "
                + Html.escape(message) + "</p></div>";
        return new Result(html, List.of(), 0, Eighths.ZERO, 0, message);
    }
}
