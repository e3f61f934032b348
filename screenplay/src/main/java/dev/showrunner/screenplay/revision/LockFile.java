package dev.showrunner.screenplay.revision;

import dev.showrunner.screenplay.ScriptFormatException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The lock's sidecar file ({@code episode.fountain.lock.json}): a {@link Lock} as JSON, written
 * and read here because the engine has no runtime dependency. The format, version 1:
 *
 * <pre>{@code
 * {
 *   "showrunnerLock": 1,
 *   "revisions": [
 *     {"level": 0, "color": "White", "date": "2026-11-02", "label": "Production draft", "mark": "*"},
 *     {"level": 1, "color": "Blue", "date": "2026-11-09", "label": "", "mark": "*"}
 *   ],
 *   "scenes": [
 *     {"number": "1", "heading": "INT. KITCHEN - NIGHT", "body": ["He walks in.", "MARY\nWait!"]},
 *     {"number": "5", "heading": "EXT. CAR - DAY", "omitted": true}
 *   ],
 *   "pages": [
 *     {"number": "1", "revision": 0, "lines": ["INT. KITCHEN - NIGHT", ["He runs in.", 1]]}
 *   ]
 * }
 * }</pre>
 *
 * A line is its text, or {@code [text, level]} when a revision changed it. Unknown keys are
 * ignored (later versions may add some); a missing or mistyped one is an error naming line and
 * column.
 */
public final class LockFile {

    /** What a script's file name is followed by to name its sidecar. */
    public static final String SUFFIX = ".lock.json";

    static final int VERSION = 1;

    private LockFile() {}

    public static String write(Lock lock) {
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("{\n  \"showrunnerLock\": ").append(VERSION).append(",\n  \"revisions\": [");
        for (int i = 0; i < lock.revisions().size(); i++) {
            RevisionSet r = lock.revisions().get(i);
            out.append(i == 0 ? "\n    " : ",\n    ").append("{\"level\": ").append(r.level()).append(", \"color\": ");
            Json.quote(out, r.color().displayName());
            out.append(", \"date\": ");
            Json.quote(out, r.date().toString());
            out.append(", \"label\": ");
            Json.quote(out, r.label());
            out.append(", \"mark\": ");
            Json.quote(out, r.mark());
            out.append('}');
        }
        out.append("\n  ],\n  \"scenes\": [");
        for (int i = 0; i < lock.scenes().size(); i++) {
            Lock.Scene s = lock.scenes().get(i);
            out.append(i == 0 ? "\n    " : ",\n    ").append("{\"number\": ");
            Json.quote(out, s.number());
            out.append(", \"heading\": ");
            Json.quote(out, s.heading());
            if (s.omitted()) {
                out.append(", \"omitted\": true");
            } else {
                out.append(", \"body\": [");
                for (int k = 0; k < s.body().size(); k++) {
                    out.append(k == 0 ? "" : ", ");
                    Json.quote(out, s.body().get(k));
                }
                out.append(']');
            }
            out.append('}');
        }
        out.append("\n  ],\n  \"pages\": [");
        for (int i = 0; i < lock.pages().size(); i++) {
            Lock.Page p = lock.pages().get(i);
            out.append(i == 0 ? "\n    " : ",\n    ").append("{\"number\": ");
            Json.quote(out, p.number());
            out.append(", \"revision\": ").append(p.revision()).append(", \"lines\": [");
            for (int k = 0; k < p.lines().size(); k++) {
                Lock.Line line = p.lines().get(k);
                out.append(k == 0 ? "\n      " : ",\n      ");
                if (line.revision() == 0) {
                    Json.quote(out, line.text());
                } else {
                    out.append('[');
                    Json.quote(out, line.text());
                    out.append(", ").append(line.revision()).append(']');
                }
            }
            out.append(p.lines().isEmpty() ? "]}" : "\n    ]}");
        }
        out.append("\n  ]\n}\n");
        return out.toString();
    }

    /**
     * Reads a sidecar.
     *
     * @param sourceName the file's name, for error messages
     * @throws ScriptFormatException when the text is not JSON, or not a version-1 lock
     */
    public static Lock read(String json, String sourceName) throws ScriptFormatException {
        Json.Document doc = Json.parse(json, sourceName);
        Map<String, Object> root = object(doc, doc.root(), doc.root(), "the file");
        Object version = root.get("showrunnerLock");
        if (!(version instanceof Long v) || v != VERSION) {
            throw doc.error(root, "not a Showrunner lock of version " + VERSION + " (\"showrunnerLock\": " + VERSION + " is missing)");
        }
        List<RevisionSet> revisions = new ArrayList<>();
        for (Object item : array(doc, root, root.get("revisions"), "revisions")) {
            Map<String, Object> r = object(doc, root, item, "a revision");
            int level = integer(doc, r, r.get("level"), "level");
            String colorName = string(doc, r, r.get("color"), "color");
            RevisionColor color = RevisionColor.parse(colorName)
                    .orElseThrow(() -> doc.error(r, "unknown revision colour \"" + colorName + "\""));
            LocalDate date;
            try {
                date = LocalDate.parse(string(doc, r, r.get("date"), "date"));
            } catch (DateTimeParseException bad) {
                throw doc.error(r, "date is not YYYY-MM-DD: " + r.get("date"));
            }
            String label = r.containsKey("label") ? string(doc, r, r.get("label"), "label") : "";
            String mark = r.containsKey("mark") ? string(doc, r, r.get("mark"), "mark") : RevisionSet.ASTERISK;
            if (level != revisions.size()) {
                throw doc.error(r, "revision levels must run 0, 1, 2, ...: expected " + revisions.size() + ", found " + level);
            }
            revisions.add(new RevisionSet(level, color, date, label, mark));
        }
        if (revisions.isEmpty()) {
            throw doc.error(root, "a lock needs at least its own revision (level 0)");
        }
        int top = revisions.size() - 1;
        List<Lock.Scene> scenes = new ArrayList<>();
        for (Object item : array(doc, root, root.get("scenes"), "scenes")) {
            Map<String, Object> s = object(doc, root, item, "a scene");
            String number = string(doc, s, s.get("number"), "number");
            String heading = string(doc, s, s.get("heading"), "heading");
            boolean omitted = Boolean.TRUE.equals(s.get("omitted"));
            List<String> body = new ArrayList<>();
            if (!omitted) {
                for (Object text : array(doc, s, s.get("body"), "body")) {
                    body.add(string(doc, s, text, "body text"));
                }
            }
            scenes.add(new Lock.Scene(number, heading, omitted, body));
        }
        List<Lock.Page> pages = new ArrayList<>();
        for (Object item : array(doc, root, root.get("pages"), "pages")) {
            Map<String, Object> p = object(doc, root, item, "a page");
            String number = string(doc, p, p.get("number"), "number");
            int revision = p.containsKey("revision") ? integer(doc, p, p.get("revision"), "revision") : 0;
            if (revision > top) {
                throw doc.error(p, "page " + number + " is on revision " + revision + ", which the lock does not list");
            }
            List<Lock.Line> lines = new ArrayList<>();
            for (Object line : array(doc, p, p.get("lines"), "lines")) {
                if (line instanceof String text) {
                    lines.add(new Lock.Line(text, 0));
                } else if (line instanceof List<?> pair && pair.size() == 2 && pair.get(0) instanceof String text
                        && pair.get(1) instanceof Long level && level >= 0 && level <= top) {
                    lines.add(new Lock.Line(text, level.intValue()));
                } else {
                    throw doc.error(line instanceof List<?> ? line : p,
                            "a line is a string or [string, revision level up to " + top + "]");
                }
            }
            pages.add(new Lock.Page(number, revision, lines));
        }
        return new Lock(revisions, scenes, pages);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Json.Document doc, Object near, Object value, String what) throws ScriptFormatException {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw doc.error(near, what + " must be a JSON object");
    }

    private static List<?> array(Json.Document doc, Object near, Object value, String what) throws ScriptFormatException {
        if (value instanceof List<?> list) {
            return list;
        }
        throw doc.error(near, "\"" + what + "\" must be an array");
    }

    private static String string(Json.Document doc, Object near, Object value, String what) throws ScriptFormatException {
        if (value instanceof String s) {
            return s;
        }
        throw doc.error(near, "\"" + what + "\" must be a string");
    }

    private static int integer(Json.Document doc, Object near, Object value, String what) throws ScriptFormatException {
        if (value instanceof Long l && l >= 0 && l <= Integer.MAX_VALUE) {
            return l.intValue();
        }
        throw doc.error(near, "\"" + what + "\" must be a whole number, 0 or more");
    }
}
