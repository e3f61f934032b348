package dev.showrunner.studio.scripts;

import dev.showrunner.screenplay.Html;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/*
 * A stand-in for the layout engine's HTML pages until the layout module lands: it reads
 * Fountain paragraphs with the common rules (scene headings, cues and dialogue,
 * parentheticals, transitions, centred text, sections, synopses, notes, boneyard, page breaks)
 * and estimates pages by counting printed lines at screenplay widths (action 61 characters,
 * dialogue 35, parentheticals 25; 55 lines a page). The page shows it as a preview.
 *
 * Every piece of script text is HTML-escaped before the few inline styles (bold, italic,
 * underline) are applied, so a script holding "<script>" shows it as text.
 */

/** Renders Fountain text as a simple HTML preview with a scene list and a page estimate. */
public final class Preview {

    /**
     * A scene for the navigator.
     *
     * @param line the heading's 1-based source line
     * @param page the page it starts on (0 when not laid out)
     * @param length its length in pages and eighths ("1 3/8"), or "" when not laid out
     */
    public record Scene(int number, int line, String heading, int page, String length) {
        public Scene(int number, int line, String heading) {
            this(number, line, heading, 0, "");
        }
    }

    /**
     * The rendered pages.
     *
     * @param pageCount the number of the last page
     * @param pages the length in pages, to the eighth (the last page counts as far as it is filled)
     * @param minutes the running time estimated at a minute a page
     */
    public record Result(String html, List<Scene> scenes, int pageCount, double pages, int minutes) {

        /** "1 page", "4 pages". */
        public String pagesLabel() {
            return pageCount + (pageCount == 1 ? " page" : " pages");
        }
    }

    static final int LINES_PER_PAGE = 55;
    private static final Pattern HEADING = Pattern.compile(
            "^(INT|EXT|EST|INT\\./EXT|INT/EXT|I/E)[. ].*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCENE_NUMBER = Pattern.compile("\\s*#([^#]+)#\\s*$");

    private Preview() {}

    public static Result render(String source) {
        String text = source.replace("\r\n", "\n").replace('\r', '\n');
        text = stripBoneyard(text);
        String[] lines = text.split("\n", -1);
        StringBuilder html = new StringBuilder();
        List<Scene> scenes = new ArrayList<>();
        int printed = 0;
        int i = skipTitlePage(lines);
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            int start = i;
            List<String> para = new ArrayList<>();
            while (i < lines.length && !(lines[i].isBlank() && !lines[i].equals("  "))) {
                para.add(lines[i]);
                i++;
            }
            printed += paragraph(para, start + 1, html, scenes);
        }
        double pages = Math.max(printed == 0 ? 0 : 0.125, Math.round(printed * 8.0 / LINES_PER_PAGE) / 8.0);
        return new Result(html.toString(), scenes, (int) Math.ceil(pages), pages, (int) Math.max(pages > 0 ? 1 : 0, Math.round(pages)));
    }

    /** Appends one paragraph; returns the printed lines it takes, with the blank line before it. */
    private static int paragraph(List<String> para, int line, StringBuilder html, List<Scene> scenes) {
        String first = para.getFirst().strip();
        if (para.size() == 1) {
            if (first.startsWith("===") && first.replace("=", "").isBlank()) {
                html.append("<hr class=\"pb\">");
                return 0;
            }
            if (first.startsWith("#")) {
                return 0; // sections structure the text; they are not printed
            }
            if (first.startsWith("=")) {
                return 0; // synopses are not printed
            }
            if ((first.startsWith(".") && !first.startsWith("..")) || HEADING.matcher(first).matches()) {
                String heading = first.startsWith(".") ? first.substring(1) : first;
                String number = "";
                var m = SCENE_NUMBER.matcher(heading);
                if (m.find()) {
                    number = m.group(1);
                    heading = heading.substring(0, m.start());
                }
                heading = heading.strip();
                scenes.add(new Scene(scenes.size() + 1, line, heading.toUpperCase(Locale.ROOT)));
                html.append("<h3 class=\"sh\" id=\"scene-").append(scenes.size()).append("\" data-line=\"").append(line).append("\">");
                if (!number.isEmpty()) {
                    html.append("<span class=\"num\">").append(Html.escape(number)).append("</span>");
                }
                html.append(inline(heading.toUpperCase(Locale.ROOT))).append("</h3>");
                return 2;
            }
            if (first.startsWith(">") && first.endsWith("<")) {
                html.append("<p class=\"ct\">").append(inline(first.substring(1, first.length() - 1).strip())).append("</p>");
                return 2;
            }
            if ((first.startsWith(">")) || (isUpper(first) && first.endsWith("TO:"))) {
                String t = first.startsWith(">") ? first.substring(1).strip() : first;
                html.append("<p class=\"tr\">").append(inline(t)).append("</p>");
                return 2;
            }
        }
        if (para.size() > 1 && isCue(first)) {
            String cue = first.startsWith("@") ? first.substring(1) : first;
            cue = cue.replaceAll("\\s*\\^$", "");
            html.append("<div class=\"dlg\" data-line=\"").append(line).append("\"><p class=\"cue\">")
                    .append(inline(cue)).append("</p>");
            int count = 2;
            for (String l : para.subList(1, para.size())) {
                String s = l.strip();
                if (s.startsWith("(") && s.endsWith(")")) {
                    html.append("<p class=\"par\">").append(inline(s)).append("</p>");
                    count += wrapped(s, 25);
                } else {
                    html.append("<p class=\"dia\">").append(inline(s)).append("</p>");
                    count += wrapped(s, 35);
                }
            }
            html.append("</div>");
            return count;
        }
        String body = String.join("\n", para);
        if (body.startsWith("!")) {
            body = body.substring(1);
        }
        html.append("<p class=\"ac\" data-line=\"").append(line).append("\">")
                .append(inline(body).replace("\n", "<br>")).append("</p>");
        int count = 1;
        for (String l : para) {
            count += wrapped(l, 61);
        }
        return count;
    }

    private static boolean isCue(String line) {
        if (line.startsWith("@")) {
            return true;
        }
        String name = line.replaceAll("\\(.*?\\)", "").replace("^", "").strip();
        return !name.isEmpty() && isUpper(name) && name.chars().anyMatch(Character::isLetter)
                && !HEADING.matcher(line).matches() && !line.endsWith("TO:");
    }

    private static boolean isUpper(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT));
    }

    private static int wrapped(String line, int width) {
        return Math.max(1, (line.length() + width - 1) / width);
    }

    private static int skipTitlePage(String[] lines) {
        if (lines.length == 0 || !lines[0].matches("^[A-Za-z][A-Za-z ]*:.*")) {
            return 0;
        }
        int i = 0;
        while (i < lines.length && !lines[i].isBlank()) {
            i++;
        }
        return i;
    }

    private static String stripBoneyard(String text) {
        // Keeps the line count (newlines inside the boneyard stay) so lines still match the editor.
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf("/*", i);
            if (open < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, open);
            int close = text.indexOf("*/", open + 2);
            int end = close < 0 ? text.length() : close + 2;
            text.substring(open, end).chars().filter(c -> c == '\n').forEach(c -> out.append('\n'));
            i = end;
        }
        return out.toString();
    }

    /** Escapes, drops [[notes]], then applies ***bold italic***, **bold**, *italic*, _underline_. */
    static String inline(String text) {
        String s = Html.escape(text.replaceAll("\\[\\[.*?]]", ""));
        s = s.replaceAll("\\*\\*\\*(\\S(?:.*?\\S)?)\\*\\*\\*", "<b><i>$1</i></b>");
        s = s.replaceAll("\\*\\*(\\S(?:.*?\\S)?)\\*\\*", "<b>$1</b>");
        s = s.replaceAll("\\*(\\S(?:.*?\\S)?)\\*", "<i>$1</i>");
        s = s.replaceAll("_(\\S(?:.*?\\S)?)_", "<u>$1</u>");
        return s;
    }
}
