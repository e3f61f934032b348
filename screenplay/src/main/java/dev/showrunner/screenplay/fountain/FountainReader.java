package dev.showrunner.screenplay.fountain;

import dev.showrunner.screenplay.model.Action;
import dev.showrunner.screenplay.model.Boneyard;
import dev.showrunner.screenplay.model.Centered;
import dev.showrunner.screenplay.model.Cue;
import dev.showrunner.screenplay.model.Dialogue;
import dev.showrunner.screenplay.model.DialogueBlock;
import dev.showrunner.screenplay.model.DialoguePart;
import dev.showrunner.screenplay.model.DualDialogue;
import dev.showrunner.screenplay.model.Element;
import dev.showrunner.screenplay.model.General;
import dev.showrunner.screenplay.model.Lyrics;
import dev.showrunner.screenplay.model.Note;
import dev.showrunner.screenplay.model.PageBreak;
import dev.showrunner.screenplay.model.Parenthetical;
import dev.showrunner.screenplay.model.SceneHeading;
import dev.showrunner.screenplay.model.SceneHeadingParts;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.model.Section;
import dev.showrunner.screenplay.model.Shot;
import dev.showrunner.screenplay.model.Span;
import dev.showrunner.screenplay.model.StyledText;
import dev.showrunner.screenplay.model.Synopsis;
import dev.showrunner.screenplay.model.TitleField;
import dev.showrunner.screenplay.model.TitlePage;
import dev.showrunner.screenplay.model.Transition;
import java.util.ArrayList;
import java.util.List;

/**
 * The Fountain reader: lines to elements, in one forward pass.
 *
 * <p>The rules, numbered as in docs/fountain.md, in the order they are tried at the start of a
 * paragraph (the first non-blank line after a blank line, after the start of the body, or after
 * a one-line element): boneyard, {@code !} action, {@code @} character, {@code ~} lyrics,
 * {@code .} forced heading, {@code #} section, {@code ===} page break, {@code =} synopsis,
 * {@code >centered<}, {@code >} transition, {@code [[note]]}, then (only after a blank line)
 * scene heading, transition, character; anything else is action. Action and dialogue take
 * every line up to the next blank line; the other elements take one line (lyrics and centered
 * text take each following line that is marked the same way).
 *
 * <p>Every line is looked at a bounded number of times: once to find its trimmed bounds, once
 * by the classifier, once when its element's text is collected, and once more only when a
 * paragraph that starts with {@code [[} turns out not to be a note.
 */
final class FountainReader {

    private final SourceLines lines;
    private final String b;
    private final List<Element> out = new ArrayList<>();
    /** Set by {@link #element}: the element just read is not printed, so what follows it starts fresh. */
    private boolean invisibleLast;
    // trimmed bounds of the line last asked for
    private int ws;
    private int te;

    private final Meter meter;
    private final Inline.Parser inline;
    private final boolean[] connectors;
    /** Offsets in spans count the BOM when the caller's text had one. */
    private final int shift;

    private FountainReader(SourceLines lines, Meter meter, int shift) {
        this.lines = lines;
        this.b = lines.buf;
        this.meter = meter;
        this.inline = Inline.parser(meter);
        this.connectors = connectors(lines);
        if (meter != null) {
            meter.add(lines.count + (long) lines.buf.length());
        }
        this.shift = shift;
    }

    static Screenplay read(String text) {
        return read(text, null);
    }

    /** Reads, counting steps into {@code meter} when it is not null. */
    static Screenplay read(String text, Meter meter) {
        return read(text, meter, true);
    }

    /**
     * Reads, counting steps into {@code meter} when it is not null; a leading byte-order mark is
     * skipped when {@code skipMark} (text from bytes has had its mark skipped already).
     */
    static Screenplay read(String text, Meter meter, boolean skipMark) {
        String src = skipMark && !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        int shift = src.length() == text.length() ? 0 : 1;
        return new FountainReader(SourceLines.split(src, meter), meter, shift).read();
    }

    private Screenplay read() {
        int i = 0;
        while (i < lines.count && isBlank(i)) {
            i++;
        }
        TitlePage titlePage = TitlePage.EMPTY;
        if (i < lines.count && titleKey(i) > 0) {
            int end = i;
            while (end < lines.count && !isBlank(end) && lines.boneyardAt(end) == null) {
                end++;
            }
            TitlePage page = titlePage(i, end);
            if (page != null) {
                titlePage = page;
                i = end;
            }
        }
        boolean blankBefore = true;
        int blankRun = 0; // blank lines since the last element
        boolean printedBefore = false; // whether a printed element stands above
        while (i < lines.count) {
            String bone = lines.boneyardAt(i);
            if (bone != null) {
                out.add(new Boneyard(bone, span(i, i)));
                i++;
                blankBefore = true;
                blankRun = 0;
            } else if (isBlank(i)) {
                i++;
                blankBefore = true;
                blankRun++;
            } else {
                int at = out.size();
                int next = element(i, blankBefore);
                if (blankRun > 1 && printedBefore && at < out.size() && isPrinted(out.get(at))) {
                    keepVerticalSpace(at, i - blankRun + 1, blankRun - 1);
                }
                printedBefore |= at < out.size() && isPrinted(out.getLast());
                blankRun = 0;
                blankBefore = invisibleLast;
                i = next;
            }
        }
        return new Screenplay(titlePage, out);
    }

    /**
     * Fountain takes every line break as intent (rule 2.3 in docs/fountain.md): each blank line
     * beyond the one that separates two paragraphs is an empty action paragraph, as Final Draft
     * reads it, so the space prints where the writer put it.
     */
    private void keepVerticalSpace(int at, int firstExtraBlank, int count) {
        List<Element> empties = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            empties.add(new Action(StyledText.EMPTY, false, span(firstExtraBlank + k, firstExtraBlank + k)));
        }
        out.addAll(at, empties);
    }

    /** Notes, boneyard, sections and synopses are not printed and take no space. */
    private static boolean isPrinted(Element element) {
        return !(element instanceof Note || element instanceof Boneyard || element instanceof Section
                || element instanceof Synopsis);
    }

    // ---------------------------------------------------------------- line helpers

    /** Styled text of lines first..last; lines without any mark character skip the inline parser. */
    private StyledText parse(String text, int first, int last) {
        boolean[] marks = lines.marks;
        if (marks != null) {
            boolean any = false;
            for (int k = first; k <= last && !any; k++) {
                any = marks[k];
            }
            if (!any) {
                if (meter != null) {
                    meter.add(last - first + 1L);
                }
                return StyledText.plain(text);
            }
        }
        return inline.parse(text);
    }

    private boolean isBlank(int i) {
        if (lines.boneyardAt(i) != null) {
            return false;
        }
        if (meter != null) {
            meter.add(lines.end[i] - lines.start[i] + 1L);
        }
        for (int k = lines.start[i]; k < lines.end[i]; k++) {
            if (!isSpace(b.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Sets {@link #ws} and {@link #te} to the line's bounds without surrounding white space. */
    private void trim(int i) {
        int s = lines.start[i];
        int e = lines.end[i];
        if (meter != null) {
            meter.add(e - s + 1L);
        }
        while (s < e && isSpace(b.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(b.charAt(e - 1))) {
            e--;
        }
        ws = s;
        te = e;
    }

    private static boolean isBlank(String b, int s, int e) {
        for (int k = s; k < e; k++) {
            if (!isSpace(b.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** The white space the reader trims: space, tab, no-break space, form feed, vertical tab. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\f' || c == '\u000B';
    }

    /** The length of the text after the white space the reader trims at its start. */
    static int stripStartLength(String text) {
        int s = 0;
        while (s < text.length() && isSpace(text.charAt(s))) {
            s++;
        }
        return text.length() - s;
    }

    /** The text without the white space the reader trims at either end. */
    static String strip(String text) {
        int s = 0;
        int e = text.length();
        while (s < e && isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(text.charAt(e - 1))) {
            e--;
        }
        return text.substring(s, e);
    }

    /**
     * A line of exactly two spaces inside a paragraph keeps the paragraph going, when a line
     * with text follows it (possibly after more such lines). Worked out once, from the end.
     */
    private boolean isConnector(int i) {
        return connectors != null && connectors[i];
    }

    private static boolean[] connectors(SourceLines lines) {
        boolean[] connector = null;
        boolean textAfter = false; // line i+1 has text, or is a connector
        String b = lines.buf;
        for (int i = lines.count - 1; i >= 0; i--) {
            int s = lines.start[i];
            int e = lines.end[i];
            boolean twoSpaces = e - s == 2 && b.charAt(s) == ' ' && b.charAt(s + 1) == ' ' && lines.boneyardAt(i) == null;
            if (twoSpaces && textAfter) {
                if (connector == null) {
                    connector = new boolean[lines.count];
                }
                connector[i] = true;
                continue;
            }
            boolean text = lines.boneyardAt(i) == null;
            if (text) {
                text = false;
                for (int k = s; k < e && !text; k++) {
                    text = !isSpace(b.charAt(k));
                }
            }
            textAfter = text;
        }
        return connector;
    }

    /** True when line i continues the current paragraph. */
    private boolean continues(int i) {
        return i < lines.count && lines.boneyardAt(i) == null && (!isBlank(i) || isConnector(i));
    }

    private Span span(int first, int last) {
        return new Span(lines.srcStart[first] + shift, Math.max(lines.srcEnd[last], lines.srcStart[first]) + shift,
                lines.line(first), 1);
    }

    private Span span(int first, int last, int startInBuf) {
        int col = startInBuf - lines.start[first];
        int start = lines.srcStart[first] + col + shift;
        int end = Math.max(lines.srcEnd[last] + shift, start);
        return new Span(start, end, lines.line(first), col + 1);
    }

    // ---------------------------------------------------------------- title page

    /** Length of the key when line i is a title-page key line ({@code Key: value}), else 0. */
    private int titleKey(int i) {
        return titleKey(b, lines.start[i], lines.end[i]);
    }

    /** Length of the key when [s, e) of b is a title-page key line ({@code Key: value}), else 0. */
    static int titleKey(String b, int s, int e) {
        if (s == e || !Character.isLetter(b.charAt(s))) {
            return 0;
        }
        for (int k = s; k < e; k++) {
            char c = b.charAt(k);
            if (c == ':') {
                // "CUT TO:" alone is a transition, not a key
                if (k - s >= 3 && b.startsWith(" TO", k - 3) && isBlank(b, k + 1, e) && isUpperLine(b, s, k)) {
                    return 0;
                }
                return k - s;
            }
            if (!(Character.isLetterOrDigit(c) || c == ' ' || c == '_' || c == '-')) {
                return 0;
            }
        }
        return 0;
    }

    private TitlePage titlePage(int first, int end) {
        List<TitleField> fields = new ArrayList<>();
        int i = first;
        while (i < end) {
            int keyLen = titleKey(i);
            if (keyLen == 0) {
                return null;
            }
            int s = lines.start[i];
            String key = b.substring(s, s + keyLen).strip();
            List<StyledText> values = new ArrayList<>();
            trim(i);
            int valueStart = stripStart(s + keyLen + 1, te);
            if (valueStart < te) {
                values.add(parse(b.substring(valueStart, te), i, i));
            }
            int keyLine = i;
            int last = i;
            i++;
            while (i < end && isSpace(b.charAt(lines.start[i]))) {
                trim(i);
                values.add(parse(b.substring(ws, te), i, i));
                last = i;
                i++;
            }
            fields.add(new TitleField(key, values, span(keyLine, last)));
        }
        return new TitlePage(fields, span(first, end - 1));
    }

    // ---------------------------------------------------------------- elements

    /** Reads the element starting at non-blank line i; returns the index of the line after it. */
    private int element(int i, boolean blankBefore) {
        invisibleLast = false;
        trim(i);
        int s = ws;
        int e = te;
        char c = b.charAt(s);
        switch (c) {
            case '!':
                return action(i, s + 1);
            case '@':
                return dialogue(i, s + 1, e, true);
            case '~':
                return lyrics(i);
            case '.':
                if (blankBefore && e - s >= 2 && b.charAt(s + 1) != '.' && !isSpace(b.charAt(s + 1))) {
                    return heading(i, s + 1, e, true);
                }
                break;
            case '#':
                return section(i, s, e);
            case '=':
                return synopsisOrBreak(i, s, e);
            case '>':
                if (isCentered(s, e)) {
                    return centered(i);
                }
                out.add(new Transition(parse(b.substring(stripStart(s + 1, e), e), i, i), true, span(i, i, s)));
                return i + 1;
            case '[':
                if (e - s >= 2 && b.charAt(s + 1) == '[') {
                    int next = note(i);
                    if (next >= 0) {
                        return next;
                    }
                }
                break;
            default:
                break;
        }
        if (blankBefore) {
            if (mayBeHeading(s, e) && SceneHeadingParts.prefixLength(b.substring(s, e)) > 0) {
                return heading(i, s, e, false);
            }
            if (isTransition(b, s, e)) {
                out.add(new Transition(parse(b.substring(s, e), i, i), false, span(i, i, s)));
                return i + 1;
            }
            if (continues(i + 1) && isCharacter(b, s, e)) {
                return dialogue(i, s, e, false);
            }
        }
        return action(i, -1);
    }

    /**
     * A cheap test before the full one: every heading prefix starts INT, EXT, EST or I/ in some
     * case (non-ASCII letters are left to the full test, which folds case as String does).
     */
    private boolean mayBeHeading(int s, int e) {
        if (e - s < 3) {
            return false;
        }
        char c0 = b.charAt(s);
        char c1 = b.charAt(s + 1);
        char c2 = b.charAt(s + 2);
        if ((c0 | c1 | c2) >= 0x80) {
            return true; // leave case folding beyond ASCII to the full test
        }
        c0 |= 0x20;
        c1 |= 0x20;
        c2 |= 0x20;
        return (c0 == 'i' && (c1 == '/' || (c1 == 'n' && c2 == 't'))) || (c0 == 'e' && (c1 == 'x' || c1 == 's') && c2 == 't');
    }

    private int stripStart(int s, int e) {
        while (s < e && isSpace(b.charAt(s))) {
            s++;
        }
        return s;
    }

    private boolean isCentered(int s, int e) {
        return e - s >= 2 && b.charAt(s) == '>' && b.charAt(e - 1) == '<' && !escaped(e - 1, s);
    }

    /** True when the character at k is escaped by an odd number of backslashes after {@code from}. */
    private boolean escaped(int k, int from) {
        int count = 0;
        while (k - 1 - count >= from && b.charAt(k - 1 - count) == '\\') {
            count++;
        }
        return (count & 1) == 1;
    }

    static boolean isUpperLine(String b, int s, int e) {
        boolean upper = false;
        for (int k = s; k < e; k++) {
            char c = b.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper = true;
            }
        }
        return upper;
    }

    static boolean isTransition(String b, int s, int e) {
        return e - s >= 3 && b.startsWith("TO:", e - 3) && isUpperLine(b, s, e);
    }

    /** The name part (before the first '(' and without a trailing '^') is in capitals. */
    static boolean isCharacter(String b, int s, int e) {
        int nameEnd = e;
        for (int k = s; k < e; k++) {
            if (b.charAt(k) == '(') {
                nameEnd = k;
                break;
            }
        }
        if (nameEnd == e && b.charAt(e - 1) == '^') {
            nameEnd = e - 1;
        }
        return isUpperLine(b, s, nameEnd);
    }

    private int heading(int i, int s, int e, boolean forced) {
        String number = null;
        int textEnd = e;
        if (e - s >= 3 && b.charAt(e - 1) == '#') {
            int k = e - 2;
            while (k > s && isNumberChar(b.charAt(k))) {
                k--;
            }
            if (k > s && k < e - 2 && b.charAt(k) == '#' && !escaped(k, s)) {
                number = b.substring(k + 1, e - 1);
                textEnd = k;
                while (textEnd > s && isSpace(b.charAt(textEnd - 1))) {
                    textEnd--;
                }
            }
        }
        StyledText text = parse(b.substring(stripStart(s, textEnd), textEnd), i, i);
        out.add(SceneHeading.of(text, number, forced, span(i, i, forced ? s - 1 : s)));
        return i + 1;
    }

    private static boolean isNumberChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '.';
    }

    private int section(int i, int s, int e) {
        int k = s;
        while (k < e && b.charAt(k) == '#') {
            k++;
        }
        out.add(new Section(k - s, b.substring(stripStart(k, e), e), span(i, i, s)));
        invisibleLast = true;
        return i + 1;
    }

    private int synopsisOrBreak(int i, int s, int e) {
        int k = s;
        while (k < e && b.charAt(k) == '=') {
            k++;
        }
        if (k == e && e - s >= 3) {
            out.add(new PageBreak(span(i, i, s)));
        } else {
            out.add(new Synopsis(b.substring(stripStart(s + 1, e), e), span(i, i, s)));
        }
        invisibleLast = true;
        return i + 1;
    }

    private int lyrics(int i) {
        StringBuilder text = new StringBuilder();
        int first = i;
        int s0 = ws;
        while (i < lines.count && lines.boneyardAt(i) == null) {
            trim(i);
            if (ws == te || b.charAt(ws) != '~') {
                break;
            }
            if (i > first) {
                text.append('\n');
            }
            text.append(b, stripStart(ws + 1, te), te);
            i++;
        }
        out.add(new Lyrics(parse(text.toString(), first, i - 1), span(first, i - 1, s0)));
        return i;
    }

    private int centered(int i) {
        StringBuilder text = new StringBuilder();
        int first = i;
        int s0 = ws;
        while (i < lines.count && lines.boneyardAt(i) == null) {
            trim(i);
            if (!isCentered(ws, te)) {
                break;
            }
            if (i > first) {
                text.append('\n');
            }
            int a = stripStart(ws + 1, te - 1);
            int z = te - 1;
            while (z > a && isSpace(b.charAt(z - 1))) {
                z--;
            }
            text.append(b, a, z);
            i++;
        }
        StyledText parsed = parse(text.toString(), first, i - 1);
        Span span = span(first, i - 1, s0);
        // a centred act heading is Final Draft's New Act or End of Act (docs/fountain.md 6.1)
        java.util.Optional<String> act = parsed.notes().isEmpty() ? General.actType(parsed.plain()) : java.util.Optional.empty();
        out.add(act.<Element>map(type -> new General(parsed, type, span)).orElseGet(() -> new Centered(parsed, span)));
        return i;
    }

    /**
     * Appends the paragraph's lines from line i on, each after a line break and without its
     * trailing white space (a two-space connector line adds an empty line); returns the index of
     * the line after the paragraph.
     */
    private int appendParagraphLines(StringBuilder text, int i) {
        while (continues(i)) {
            text.append('\n');
            if (!isConnector(i)) {
                int e = lines.end[i];
                while (e > lines.start[i] && isSpace(b.charAt(e - 1))) {
                    e--;
                }
                text.append(b, lines.start[i], e);
            }
            i++;
        }
        return i;
    }

    /** A paragraph that is one note from {@code [[} to {@code ]]}; -1 when it is not. */
    private int note(int i) {
        int first = i;
        int s0 = ws;
        StringBuilder text = new StringBuilder();
        text.append(b, ws, te);
        i = appendParagraphLines(text, i + 1);
        int close = text.indexOf("]]", 2);
        if (close != text.length() - 2) {
            return -1;
        }
        out.add(new Note(text.substring(2, close), span(first, i - 1, s0)));
        return i;
    }

    /** Action from line i to the paragraph's end; {@code from} is where a forced first line's text starts. */
    private int action(int i, int from) {
        int first = i;
        int spanStart = from >= 0 ? from - 1 : lines.start[i];
        int textStart = from >= 0 ? from : lines.start[i];
        if (!continues(i + 1)) {
            // one line, the usual case: no builder
            out.add(action(parse(b.substring(textStart, te), i, i), from >= 0, span(i, i, spanStart)));
            return i + 1;
        }
        StringBuilder text = new StringBuilder();
        text.append(b, textStart, te);
        i = appendParagraphLines(text, i + 1);
        out.add(action(parse(text.toString(), first, i - 1), from >= 0, span(first, i - 1, spanStart)));
        return i;
    }

    /** Action, or the Final Draft paragraph type its leading note names (docs/fountain.md 9.4). */
    private static Element action(StyledText text, boolean forced, Span span) {
        java.util.Optional<String> type = ParagraphTypes.typeOf(text);
        if (type.isEmpty()) {
            return new Action(text, forced, span);
        }
        StyledText rest = ParagraphTypes.unmarked(text);
        return type.get().equalsIgnoreCase("Shot") ? new Shot(rest, span) : new General(rest, type.get(), span);
    }

    /** A cue at line i (name text in [s, e)) and the parentheticals and dialogue under it. */
    private int dialogue(int i, int s, int e, boolean forced) {
        int first = i;
        int cueStart = forced ? s - 1 : s;
        s = stripStart(s, e);
        boolean dual = false;
        if (e > s && b.charAt(e - 1) == '^') {
            dual = true;
            e--;
            while (e > s && isSpace(b.charAt(e - 1))) {
                e--;
            }
        }
        String name;
        List<String> extensions = List.of();
        int paren = s;
        while (paren < e && b.charAt(paren) != '(') {
            paren++;
        }
        if (paren < e && parseExtensions(paren, e, extensions = new ArrayList<>(2))) {
            int ne = paren;
            while (ne > s && isSpace(b.charAt(ne - 1))) {
                ne--;
            }
            name = b.substring(s, ne);
        } else {
            extensions = List.of();
            name = b.substring(s, e);
        }
        Cue cue = new Cue(name, extensions, dual, forced, span(i, i, cueStart));
        List<DialoguePart> parts = new ArrayList<>();
        i++;
        speechLines = 0;
        while (continues(i)) {
            if (isConnector(i)) {
                speechLine(i, lines.start[i], -1);
                i++;
                continue;
            }
            trim(i);
            if (b.charAt(ws) == '(' && b.charAt(te - 1) == ')') {
                flushSpeech(parts);
                parts.add(new Parenthetical(parse(b.substring(ws, te), i, i), span(i, i, ws)));
            } else {
                speechLine(i, ws, te);
            }
            i++;
        }
        flushSpeech(parts);
        Span blockSpan = span(first, i - 1, cueStart);
        DialogueBlock block = new DialogueBlock(cue, parts, blockSpan);
        if (dual && !out.isEmpty() && out.getLast() instanceof DialogueBlock left) {
            out.set(out.size() - 1, new DualDialogue(left,
                    block, new Span(left.span().start(), block.span().end(), left.span().line(), left.span().column())));
        } else {
            out.add(block);
        }
        return i;
    }

    // the speech being collected: one line is cut straight from the source, more go through sb
    private final StringBuilder sb = new StringBuilder();
    private int speechLines;
    private int speechFirst;
    private int speechLast;
    private int speechStart;
    private int oneStart;
    private int oneEnd;

    /** Adds line i, text [s, e) (e = -1: an empty line kept by two spaces), to the speech. */
    private void speechLine(int i, int s, int e) {
        if (speechLines == 0) {
            speechFirst = i;
            speechStart = s;
            oneStart = s;
            oneEnd = e;
        } else {
            if (speechLines == 1) {
                sb.setLength(0);
                if (oneEnd >= 0) {
                    sb.append(b, oneStart, oneEnd);
                }
            }
            sb.append('\n');
            if (e >= 0) {
                sb.append(b, s, e);
            }
        }
        speechLast = i;
        speechLines++;
    }

    private void flushSpeech(List<DialoguePart> parts) {
        if (speechLines == 0) {
            return;
        }
        String text = speechLines > 1 ? sb.toString() : oneEnd < 0 ? "" : b.substring(oneStart, oneEnd);
        parts.add(new Dialogue(parse(text, speechFirst, speechLast), span(speechFirst, speechLast, speechStart)));
        speechLines = 0;
    }

    /** Reads {@code (A) (B)} from [p, e) into {@code into}; false when the text is not only such groups. */
    private boolean parseExtensions(int p, int e, List<String> into) {
        int k = p;
        while (k < e) {
            char c = b.charAt(k);
            if (isSpace(c)) {
                k++;
                continue;
            }
            if (c != '(') {
                return false;
            }
            int close = k + 1;
            while (close < e && b.charAt(close) != ')' && b.charAt(close) != '(') {
                close++;
            }
            if (close >= e || b.charAt(close) != ')') {
                return false;
            }
            into.add(b.substring(k + 1, close).strip());
            k = close + 1;
        }
        return true;
    }
}
