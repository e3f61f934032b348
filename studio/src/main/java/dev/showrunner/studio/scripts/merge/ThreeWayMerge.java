package dev.showrunner.studio.scripts.merge;

import dev.showrunner.screenplay.revision.LineDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/*
 * diff3 (Khanna, Kunal and Pierce, "A formal investigation of diff3", 2007): match base to
 * mine and base to theirs with the engine's diff (LineDiff.matches, Myers' shortest edit
 * script, the same diff that compares drafts and marks revisions); walk the three texts together, emitting "stable" runs where a base
 * line is kept at the current place on both sides, and "unstable" runs up to the next base line
 * kept by both. An unstable run that only one side changed takes that side; one both changed
 * alike takes either; otherwise it conflicts.
 *
 * Scene-aware rules on top:
 *  - two writers who each insert whole new scenes at the same place both keep them (mine
 *    first): adding scenes is how a room works in parallel, and neither insertion touches the
 *    other's text;
 *  - each conflict is labelled with the scene heading it falls under, for the conflict view.
 */

/** Merges two edits of one base text, line by line. */
public final class ThreeWayMerge {

    private static final Pattern HEADING = Pattern.compile(
            "^(\\.(?!\\.)\\S.*|(INT|EXT|EST|INT\\./EXT|INT/EXT|I/E)[. ].*)$", Pattern.CASE_INSENSITIVE);

    private ThreeWayMerge() {}

    /** Lines of a text: {@code \r\n} read as {@code \n}; a final newline gives a final "". */
    public static List<String> lines(String text) {
        return List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }

    public static MergeResult merge(String base, String mine, String theirs) {
        return merge(lines(base), lines(mine), lines(theirs));
    }

    public static MergeResult merge(List<String> o, List<String> a, List<String> b) {
        int[] ma = LineDiff.matches(o, a);
        int[] mb = LineDiff.matches(o, b);
        List<MergeResult.Chunk> chunks = new ArrayList<>();
        List<String> clean = new ArrayList<>();
        String scene = "";
        int io = 0;
        int ia = 0;
        int ib = 0;
        while (io < o.size() || ia < a.size() || ib < b.size()) {
            int i = 0;
            while (io + i < o.size() && ma[io + i] == ia + i && mb[io + i] == ib + i) {
                i++;
            }
            if (i > 0) {
                for (String line : o.subList(io, io + i)) {
                    clean.add(line);
                    scene = isHeading(line) ? line.strip() : scene;
                }
                io += i;
                ia += i;
                ib += i;
                continue;
            }
            int next = io;
            while (next < o.size() && (ma[next] < 0 || mb[next] < 0)) {
                next++;
            }
            int na = next == o.size() ? a.size() : ma[next];
            int nb = next == o.size() ? b.size() : mb[next];
            List<String> base = o.subList(io, next);
            List<String> mine = a.subList(ia, na);
            List<String> theirs = b.subList(ib, nb);
            List<String> taken = resolve(base, mine, theirs);
            if (taken != null) {
                for (String line : taken) {
                    clean.add(line);
                    scene = isHeading(line) ? line.strip() : scene;
                }
            } else {
                if (!clean.isEmpty()) {
                    chunks.add(new MergeResult.Clean(clean));
                    clean = new ArrayList<>();
                }
                chunks.add(new MergeResult.Conflict(base, mine, theirs, scene));
            }
            io = next;
            ia = na;
            ib = nb;
        }
        if (!clean.isEmpty()) {
            chunks.add(new MergeResult.Clean(clean));
        }
        return new MergeResult(chunks);
    }

    /** The lines an unstable run resolves to, or null for a conflict. */
    private static List<String> resolve(List<String> base, List<String> mine, List<String> theirs) {
        if (mine.equals(base)) {
            return theirs;
        }
        if (theirs.equals(base) || mine.equals(theirs)) {
            return mine;
        }
        if (base.isEmpty() && startsScene(mine) && startsScene(theirs)) {
            List<String> both = new ArrayList<>(mine);
            if (!mine.getLast().isBlank()) {
                both.add("");
            }
            both.addAll(theirs);
            return both;
        }
        return null;
    }

    /** True when the first non-blank line is a scene heading. */
    private static boolean startsScene(List<String> lines) {
        for (String line : lines) {
            if (!line.isBlank()) {
                return isHeading(line);
            }
        }
        return false;
    }

    static boolean isHeading(String line) {
        String s = line.strip();
        return HEADING.matcher(s).matches() && (s.startsWith(".") || s.equals(s.toUpperCase(Locale.ROOT)));
    }
}
