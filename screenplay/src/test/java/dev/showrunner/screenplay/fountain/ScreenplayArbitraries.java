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
import dev.showrunner.screenplay.model.InlineNote;
import dev.showrunner.screenplay.model.Lyrics;
import dev.showrunner.screenplay.model.Note;
import dev.showrunner.screenplay.model.PageBreak;
import dev.showrunner.screenplay.model.Parenthetical;
import dev.showrunner.screenplay.model.Run;
import dev.showrunner.screenplay.model.SceneHeading;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.model.Section;
import dev.showrunner.screenplay.model.Shot;
import dev.showrunner.screenplay.model.Span;
import dev.showrunner.screenplay.model.Style;
import dev.showrunner.screenplay.model.StyledText;
import dev.showrunner.screenplay.model.Synopsis;
import dev.showrunner.screenplay.model.TitleField;
import dev.showrunner.screenplay.model.TitlePage;
import dev.showrunner.screenplay.model.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Screenplay models that Fountain can represent (docs/fountain.md, "Writing", lists what it
 * cannot: white space at the ends of lines, white-space-only lines, a paragraph's trailing empty
 * line, {@code ]]} in a note, {@code *}{@code /} in a boneyard, {@code /*} in text kept raw).
 * An element is unforced only when its text is one the reader takes for that element
 * unforced; forced elements carry any text.
 */
final class ScreenplayArbitraries {

    private ScreenplayArbitraries() {
    }

    private static final String PUNCTUATION = ".,;!?'\"-()*_\\[]/#@~=<>^&:";

    /** A word: letters, digits or punctuation (which exercises escaping). */
    static Arbitrary<String> word() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6),
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(6),
                Arbitraries.strings().withChars(PUNCTUATION).withCharRange('a', 'c').ofMinLength(1).ofMaxLength(4),
                Arbitraries.of("é", "Ω", "—", "1", "42"));
    }

    /** Words joined by single spaces: no white space at either end. */
    static Arbitrary<String> words(int min, int max) {
        return word().list().ofMinSize(min).ofMaxSize(max).map(ws -> String.join(" ", ws));
    }

    private static boolean rawSafe(String s) {
        return !s.contains("/*") && !s.contains("*/");
    }

    /** One line of styled text: segments in random styles, trimmed, not blank. */
    static Arbitrary<List<Run>> styledLine() {
        Arbitrary<Run> run = Combinators.combine(
                        Arbitraries.oneOf(word(), word().map(w -> w + " "), word().map(w -> " " + w)),
                        Arbitraries.integers().between(0, 7))
                .as((text, mask) -> new Run(text, Inline.stylesOf(mask)));
        return run.list().ofMinSize(1).ofMaxSize(4).filter(runs -> {
            String plain = new StyledText(runs).plain();
            return !plain.isBlank() && plain.strip().equals(plain);
        });
    }

    /** Lines joined by line breaks, which take the styles both sides share. */
    static StyledText join(List<List<Run>> lines, List<InlineNote> notes) {
        List<Run> runs = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            if (k > 0) {
                runs.add(Run.plain("\n"));
            }
            runs.addAll(lines.get(k));
        }
        StyledText joined = new StyledText(runs);
        String plain = joined.plain();
        int[] mask = new int[plain.length()];
        int pos = 0;
        for (Run r : joined.runs()) {
            int m = Inline.maskOf(r.styles());
            for (int k = 0; k < r.text().length(); k++) {
                mask[pos++] = m;
            }
        }
        Inline.shareAcrossLineBreaks(plain, mask);
        List<Run> shared = new ArrayList<>();
        int start = 0;
        for (int k = 1; k <= plain.length(); k++) {
            if (k == plain.length() || mask[k] != mask[start]) {
                shared.add(new Run(plain.substring(start, k), Inline.stylesOf(mask[start])));
                start = k;
            }
        }
        List<InlineNote> placed = new ArrayList<>();
        for (InlineNote n : notes) {
            placed.add(new InlineNote(Math.min(n.at(), plain.length()), n.text()));
        }
        placed.sort(java.util.Comparator.comparingInt(InlineNote::at));
        return new StyledText(shared, placed);
    }

    static Arbitrary<StyledText> singleLine() {
        return styledLine().map(line -> join(List.of(line), List.of()));
    }

    /** Inline notes: one line, no {@code ]]}, not ending in {@code ]}. */
    static Arbitrary<List<InlineNote>> notes() {
        Arbitrary<InlineNote> note = Combinators.combine(Arbitraries.integers().between(0, 40), words(1, 3))
                .as(InlineNote::new)
                .filter(n -> !n.text().contains("]]") && !n.text().endsWith("]") && rawSafe(n.text()));
        return note.list().ofMaxSize(2);
    }

    static Arbitrary<StyledText> multiLine(int maxLines, boolean withNotes) {
        Arbitrary<List<Run>> lineOrEmpty = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, styledLine()), net.jqwik.api.Tuple.of(1, Arbitraries.just(List.of())));
        Arbitrary<List<List<Run>>> lines = Combinators.combine(styledLine(), lineOrEmpty.list().ofMaxSize(maxLines - 1), styledLine())
                .as((first, middle, last) -> {
                    List<List<Run>> all = new ArrayList<>();
                    all.add(first);
                    all.addAll(middle);
                    if (!middle.isEmpty()) {
                        all.add(last);
                    }
                    return all;
                });
        Arbitrary<List<InlineNote>> notes = withNotes ? notes() : Arbitraries.just(List.of());
        return Combinators.combine(lines, notes).as(ScreenplayArbitraries::join);
    }

    /** Action; an unforced one may start with a mark (the writer escapes it rather than forcing). */
    static Arbitrary<Element> action() {
        Arbitrary<Action> unforced = Combinators.combine(
                        Arbitraries.of("he", "she", "the", "rain", "a", ".he", "#tag", "=x", "~la", ">he", "@me", "!no", "...so"),
                multiLine(3, true))
                .as((w, rest) -> {
                    StyledText first = StyledText.plain(w + " ");
                    List<Run> runs = new ArrayList<>(first.runs());
                    runs.addAll(rest.runs());
                    List<InlineNote> notes = rest.notes().stream()
                            .map(n -> new InlineNote(n.at() + first.length(), n.text())).toList();
                    return new Action(new StyledText(runs, notes), false, Span.NONE);
                })
                .filter(a -> !a.text().plain().split("\n", 2)[0].contains(":"));
        Arbitrary<Action> forced = multiLine(3, true).map(t -> new Action(t, true, Span.NONE));
        return Arbitraries.oneOf(unforced, forced);
    }

    static Arbitrary<Element> heading() {
        Arbitrary<String> number = Arbitraries.oneOf(Arbitraries.just((String) null),
                Arbitraries.strings().withChars("0123456789ABC-.").ofMinLength(1).ofMaxLength(4));
        Arbitrary<SceneHeading> unforced = Combinators.combine(
                        Arbitraries.of("INT. ", "EXT. ", "EST. ", "INT./EXT. ", "I/E ", "int. "),
                        words(1, 3), Arbitraries.of("", " - DAY", " - NIGHT"), number, Arbitraries.of(false, true))
                .as((prefix, place, time, n, bold) -> {
                    List<Run> runs = new ArrayList<>();
                    runs.add(Run.plain(prefix));
                    runs.add(bold ? new Run(place, Inline.stylesOf(2)) : Run.plain(place));
                    if (!time.isEmpty()) {
                        runs.add(Run.plain(time));
                    }
                    return SceneHeading.of(new StyledText(runs), n, false, Span.NONE);
                });
        Arbitrary<SceneHeading> forced = Combinators.combine(singleLine(), number)
                .as((t, n) -> SceneHeading.of(t, n, true, Span.NONE));
        return Arbitraries.oneOf(unforced, forced);
    }

    static Arbitrary<Cue> cue(boolean dual) {
        Arbitrary<String> capitals = Arbitraries.strings().withCharRange('A', 'Z').withChars(" .'#").ofMinLength(1).ofMaxLength(10)
                .map(String::strip)
                .filter(n -> !n.isEmpty() && Character.isLetter(n.charAt(0))
                        && dev.showrunner.screenplay.model.SceneHeadingParts.prefixLength(n) < 0);
        Arbitrary<String> any = words(1, 2).filter(n -> !n.contains("(") && !n.endsWith("^") && rawSafe(n));
        Arbitrary<List<String>> extensions = Arbitraries.of("V.O.", "O.S.", "CONT'D", "on the radio").list().ofMaxSize(2);
        // the whole cue line must not read as a heading: "INT" is a name, "INT (V.O.)" a heading
        Arbitrary<Cue> unforced = Combinators.combine(capitals, extensions)
                .as((n, x) -> new Cue(n, x, dual, false, Span.NONE))
                .filter(c -> c.extensions().isEmpty()
                        || dev.showrunner.screenplay.model.SceneHeadingParts.prefixLength(c.name() + " (X)") < 0);
        Arbitrary<Cue> forced = Combinators.combine(any, extensions)
                .as((n, x) -> new Cue(n, x, dual, true, Span.NONE));
        return Arbitraries.oneOf(unforced, forced);
    }

    static Arbitrary<List<DialoguePart>> parts() {
        Arbitrary<DialoguePart> paren = words(1, 3).filter(w -> !w.contains("(") && !w.contains(")"))
                .map(w -> new Parenthetical(Inline.parse("(" + escape(w) + ")"), Span.NONE));
        Arbitrary<DialoguePart> speech = multiLine(3, true).map(t -> new Dialogue(t, Span.NONE));
        return Arbitraries.oneOf(paren, speech).list().ofMinSize(1).ofMaxSize(4).map(list -> {
            List<DialoguePart> out = new ArrayList<>();
            for (DialoguePart p : list) {
                if (p instanceof Dialogue && !out.isEmpty() && out.getLast() instanceof Dialogue) {
                    continue; // adjacent speeches read back as one
                }
                out.add(p);
            }
            return out;
        });
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (Inline.isEscapable(c)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    static Arbitrary<DialogueBlock> block(boolean dual) {
        return Combinators.combine(cue(dual), parts(), Arbitraries.integers().between(0, 5))
                .as((c, p, empty) -> new DialogueBlock(c, c.forced() && empty == 0 ? List.of() : p, Span.NONE));
    }

    static Arbitrary<Element> dialogue() {
        return Arbitraries.oneOf(block(false).map(b -> (Element) b),
                Combinators.combine(block(false), block(true)).as((l, r) -> new DualDialogue(l, r, Span.NONE)));
    }

    static Arbitrary<Element> transition() {
        Arbitrary<Transition> unforced = Arbitraries.of("CUT", "SMASH CUT", "DISSOLVE", "MATCH CUT", "FADE")
                .map(w -> new Transition(StyledText.plain(w + " TO:"), false, Span.NONE));
        Arbitrary<Transition> forced = Arbitraries.oneOf(singleLine(), Arbitraries.just(StyledText.EMPTY))
                .map(t -> new Transition(t, true, Span.NONE));
        return Arbitraries.oneOf(unforced, forced);
    }

    static Arbitrary<Element> others() {
        Arbitrary<String> raw = words(0, 4).filter(ScreenplayArbitraries::rawSafe);
        Arbitrary<String> noteText = words(0, 3).list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("\n", l))
                .filter(t -> rawSafe(t) && !t.contains("]]") && !t.endsWith("]"));
        Arbitrary<String> boneText = Arbitraries.strings().withCharRange(' ', '~').withChars('\n', '\t').ofMaxLength(30)
                .filter(t -> !t.contains("*/") && !t.endsWith("*") || t.isEmpty())
                .filter(t -> !t.contains("*/"));
        return Arbitraries.oneOf(
                // a centred line that names an act is one (docs/fountain.md 9.3): not a Centered
                multiLine(3, false).filter(t -> General.actType(t.plain()).isEmpty()).map(t -> new Centered(t, Span.NONE)),
                Combinators.combine(Arbitraries.of("ACT ONE", "act two", "COLD OPEN", "TEASER", "Tag", "END OF ACT ONE",
                                "END ACT FOUR", "End of Teaser"), Arbitraries.<Set<Style>>of(Set.of(), Set.of(Style.UNDERLINE)))
                        .as((t, styles) -> (Element) new General(new StyledText(List.of(new Run(t, styles))),
                                General.actType(t).orElseThrow(), Span.NONE)),
                // Final Draft's own paragraph types travel as action opened by a note naming them (9.4)
                multiLine(3, true).map(t -> new Shot(t, Span.NONE)),
                Combinators.combine(Arbitraries.of("Cold Opening", "Cast List", "Show/Ep. Title", "General", "Insert",
                                "New Act"), multiLine(3, true))
                        .as((type, t) -> (Element) new General(t, type, Span.NONE)),
                multiLine(3, false).map(t -> new Lyrics(t, Span.NONE)),
                Arbitraries.just(new PageBreak(Span.NONE)),
                Combinators.combine(Arbitraries.integers().between(1, 4), raw).as((d, t) -> new Section(d, t, Span.NONE)),
                raw.map(t -> new Synopsis(t, Span.NONE)),
                noteText.map(t -> new Note(t, Span.NONE)),
                boneText.map(t -> new Boneyard(t, Span.NONE)));
    }

    static Arbitrary<TitlePage> titlePage() {
        Arbitrary<TitleField> field = Combinators.combine(
                        Arbitraries.of("Title", "Credit", "Author", "Source", "Draft date", "Contact", "Notes", "Copyright",
                                "FADE TO"),
                        singleLine().list().ofMaxSize(3))
                .as((k, v) -> new TitleField(k, v, Span.NONE))
                // "FADE TO:" with nothing after it reads as a transition (docs/fountain.md 3.4)
                .filter(f -> !(f.key().endsWith(" TO") && f.lines().isEmpty()));
        return Arbitraries.oneOf(Arbitraries.just(TitlePage.EMPTY),
                field.list().ofMinSize(1).ofMaxSize(4).map(f -> new TitlePage(f, Span.NONE)));
    }

    static Arbitrary<Screenplay> screenplays() {
        Arbitrary<Element> element = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, action()),
                net.jqwik.api.Tuple.of(3, heading()),
                net.jqwik.api.Tuple.of(4, dialogue()),
                net.jqwik.api.Tuple.of(1, transition()),
                net.jqwik.api.Tuple.of(3, others()));
        return Combinators.combine(titlePage(), element.list().ofMaxSize(8)).as(Screenplay::new);
    }
}
