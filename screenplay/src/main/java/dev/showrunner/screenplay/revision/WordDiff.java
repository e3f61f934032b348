package dev.showrunner.screenplay.revision;

import java.util.ArrayList;
import java.util.List;

/**
 * Word-level difference of two texts. The texts are cut into tokens (a word: letters, digits
 * and apostrophes; a run of white space; or any other single character), the token sequences
 * are compared with {@link LineDiff}, and the runs are returned as text. Punctuation being its
 * own token means "door." to "door!" shows as one changed character, not a changed word.
 */
public final class WordDiff {

    private WordDiff() {}

    /** The runs that turn {@code before} into {@code after}; see {@link TextEdit}. */
    public static List<TextEdit> diff(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        List<TextEdit> out = new ArrayList<>();
        for (LineDiff.Edit edit : LineDiff.diff(a, b)) {
            String old = join(a, edit.oldStart(), edit.oldEnd());
            String now = join(b, edit.newStart(), edit.newEnd());
            out.add(new TextEdit(edit.kind(), old, now));
        }
        return List.copyOf(out);
    }

    /** The tokens of {@code text}, in order; joined they give the text back. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int start = i;
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                while (i < n && isWordChar(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
            } else if (Character.isWhitespace(cp)) {
                while (i < n && Character.isWhitespace(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
            } else {
                i += Character.charCount(cp);
            }
            tokens.add(text.substring(start, i));
        }
        return tokens;
    }

    static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '\'' || cp == '\u2019';
    }

    private static String join(List<String> tokens, int from, int to) {
        if (to - from == 1) {
            return tokens.get(from);
        }
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            out.append(tokens.get(i));
        }
        return out.toString();
    }
}
