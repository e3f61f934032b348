package dev.showrunner.screenplay.layout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The page-break comparison of /work/shared/tools/pagecheck.py, ported to Java so that the
 * test suite compares a {@link Pages} value with Final Draft's pages directly (no PDF, no
 * poppler). Each page is reduced to its content lines: page numbers, (MORE), CONTINUED markers,
 * (CONT'D) and scene numbers dropped, white space collapsed, upper-cased.
 */
final class PageCheck {

    private static final Pattern NUM = Pattern.compile("^\\s*\\d+[A-Z]?\\.?\\s*$");
    private static final Pattern DROP = Pattern.compile("^\\(MORE\\)$|^\\(?CONTINUED\\)?:?$|^CONTINUED:$|^\\(CONT'D\\)$");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\d+[A-Z]?\\s+(?=(INT|EXT|I/E|EST))");
    private static final Pattern HEADING = Pattern.compile("^(INT|EXT|I/E|EST)");
    /** The shape of (CONT'D) after the corpus's letter scrambling: gumshoe prints it as (OWEP'Z). */
    private static final Pattern SCRAMBLED_CONTD = Pattern.compile("\\s*\\([A-Z]{4}'[A-Z]\\)$");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("(?<=[)\\sA-Z])\\s*[A-Z]?\\d+[A-Z]{0,3}$");

    /** The comparison's figures, as pagecheck.py prints them. */
    record Result(int candidatePages, int referencePages, double startExact, double startAny, List<String> mismatches) {
        @Override
        public String toString() {
            return "pages %d/%d start_exact %.1f%% start_any %.1f%%".formatted(candidatePages, referencePages, startExact * 100, startAny * 100);
        }
    }

    private PageCheck() {}

    static String norm(String line) {
        String s = String.join(" ", line.replace('\u2019', '\'').strip().split("\\s+")).toUpperCase(Locale.ROOT);
        s = s.replace("(CONT'D)", "").strip();
        s = LEADING_NUMBER.matcher(s).replaceFirst("");
        if (HEADING.matcher(s).find()) {
            for (int i = 0; i < 2; i++) {
                if (s.contains(" - ") || s.contains(")")) {
                    s = TRAILING_NUMBER.matcher(s).replaceFirst("").strip();
                }
            }
        }
        return s.strip();
    }

    static List<String> content(List<String> rawLines) {
        List<String> out = new ArrayList<>();
        for (String raw : rawLines) {
            // Not in pagecheck.py: the scrambled corpus turned Final Draft's (CONT'D) into other
            // letters of the same shape, which pagecheck.py then fails to drop.
            String s = SCRAMBLED_CONTD.matcher(norm(raw)).replaceFirst("");
            if (s.isEmpty() || NUM.matcher(s).matches() || DROP.matcher(s).matches()) {
                continue;
            }
            out.add(s);
        }
        return out;
    }

    /** The text lines of a laid-out page as a PDF text extractor reads them: by row, left to right. */
    static List<String> pageText(Page page) {
        List<Line> lines = new ArrayList<>(page.lines());
        lines.sort(Comparator.comparingInt(Line::row).thenComparingDouble(Line::x));
        List<String> text = new ArrayList<>();
        int row = Integer.MIN_VALUE;
        StringBuilder current = null;
        for (Line line : lines) {
            if (line.row() != row) {
                if (current != null) {
                    text.add(current.toString());
                }
                current = new StringBuilder();
                row = line.row();
            } else {
                current.append("   ");
            }
            current.append(line.text());
        }
        if (current != null) {
            text.add(current.toString());
        }
        return text;
    }

    /** Reads a reference-pages.json: per page, its text lines (title page first). */
    static List<List<String>> reference(InputStream json) {
        try {
            JsonNode root = new ObjectMapper().readTree(json);
            List<List<String>> pages = new ArrayList<>();
            for (JsonNode page : root.get("pages")) {
                pages.add(List.of(page.get("text").asText().split("\n", -1)));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compares our body pages with the reference's pages after {@code titlePages} title pages. */
    static Result compare(Pages ours, List<List<String>> reference, int titlePages) {
        List<List<String>> refBody = new ArrayList<>();
        for (List<String> page : reference.subList(Math.min(titlePages, reference.size()), reference.size())) {
            refBody.add(content(page));
        }
        List<List<String>> cand = new ArrayList<>();
        for (Page page : ours.pages()) {
            cand.add(content(pageText(page)));
        }
        int exact = 0;
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < refBody.size(); i++) {
            List<String> p = refBody.get(i);
            if (p.isEmpty()) {
                continue;
            }
            if (i < cand.size() && !cand.get(i).isEmpty() && cand.get(i).getFirst().equals(p.getFirst())) {
                exact++;
            } else {
                mismatches.add("page %d: Final Draft starts \"%s\", we start \"%s\"".formatted(i + 1, p.getFirst(),
                        i < cand.size() && !cand.get(i).isEmpty() ? cand.get(i).getFirst() : "(no page)"));
            }
        }
        Set<String> candStarts = new HashSet<>();
        for (List<String> p : cand) {
            if (!p.isEmpty()) {
                candStarts.add(p.getFirst());
            }
        }
        int any = 0;
        int starts = 0;
        for (List<String> p : refBody) {
            if (!p.isEmpty()) {
                starts++;
                if (candStarts.contains(p.getFirst())) {
                    any++;
                }
            }
        }
        return new Result(cand.size(), refBody.size(), refBody.isEmpty() ? 1 : (double) exact / refBody.size(),
                starts == 0 ? 1 : (double) any / starts, mismatches);
    }
}
