package dev.showrunner.screenplay.layout;

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
import dev.showrunner.screenplay.model.Run;
import dev.showrunner.screenplay.model.SceneHeading;
import dev.showrunner.screenplay.model.Section;
import dev.showrunner.screenplay.model.Shot;
import dev.showrunner.screenplay.model.Style;
import dev.showrunner.screenplay.model.StyledText;
import dev.showrunner.screenplay.model.Synopsis;
import dev.showrunner.screenplay.model.Transition;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The paginator's units: each printed element measured into wrapped lines, before any page
 * break is chosen. A block is what the paginator places, splits or pushes as one.
 */
final class Blocks {

    private Blocks() {}

    /** A unit of layout. */
    abstract static sealed class Block permits Flow, Speech, Dual, Break {
        final Element element;
        final int spaceBefore;

        Block(Element element, int spaceBefore) {
            this.element = element;
            this.spaceBefore = spaceBefore;
        }

        /** Rows the block takes, its space before not counted. */
        abstract int rows();

        boolean startsNewPage() {
            return false;
        }
    }

    /** A page break written in the script. */
    static final class Break extends Block {
        Break(Element element) {
            super(element, 0);
        }

        @Override
        int rows() {
            return 0;
        }
    }

    /** Text printed in one style: a range of it, broken into lines. */
    static final class Text {
        final ElementType type;
        final ElementStyle style;
        final StyledText styled;
        final String plain;
        final int part;
        final int from;
        final int to;
        final int columns;
        final int[] lines;

        Text(ElementType type, ElementStyle style, StyledText styled, String plain, int part, int from, int to, int columns) {
            this.type = type;
            this.style = style;
            this.styled = styled;
            this.plain = plain;
            this.part = part;
            this.from = from;
            this.to = to;
            this.columns = columns;
            this.lines = LineBreaker.wrap(plain, from, to, columns);
        }

        static Text of(ElementType type, ElementStyle style, StyledText text, int part) {
            StyledText shown = style.uppercase() ? text.toUpperCase() : text;
            String plain = shown.plain();
            return new Text(type, style, shown, plain, part, 0, plain.length(), style.columns());
        }

        int lineCount() {
            return lines.length / 2;
        }

        int rows() {
            return lineCount() * style.lineSpacing();
        }

        /** The text from {@code offset} on. */
        Text from(int offset) {
            return new Text(type, style, styled, plain, part, skipSpace(offset), to, columns);
        }

        /** The text up to {@code offset}, white space at the end dropped. */
        Text upTo(int offset) {
            int end = offset;
            while (end > from && Character.isWhitespace(plain.charAt(end - 1))) {
                end--;
            }
            return new Text(type, style, styled, plain, part, from, end, columns);
        }

        private int skipSpace(int offset) {
            int start = offset;
            while (start < to && (plain.charAt(start) == ' ' || plain.charAt(start) == '\n')) {
                start++;
            }
            return start;
        }

        boolean isEmpty() {
            return from >= to;
        }
    }

    /** A paragraph across the page: action, heading, transition, centred text, ... */
    static final class Flow extends Block {
        final Text text;
        final String sceneNumber;
        final boolean keepWithNext;
        final boolean splittable;

        Flow(Element element, Text text, int spaceBefore, String sceneNumber, boolean keepWithNext, boolean splittable) {
            super(element, spaceBefore);
            this.text = text;
            this.sceneNumber = sceneNumber;
            this.keepWithNext = keepWithNext;
            this.splittable = splittable;
        }

        @Override
        int rows() {
            return text.rows();
        }

        @Override
        boolean startsNewPage() {
            return text.style.startsNewPage();
        }

        Flow withText(Text remainder) {
            return new Flow(element, remainder, spaceBefore, null, keepWithNext, splittable);
        }
    }

    /** A character cue with what is said under it. */
    static final class Speech extends Block {
        final DialogueBlock block;
        final Column column;
        final Text cue;
        final List<Text> parts;
        final ElementStyle moreStyle;
        /** The cue repeated above the first row of a page, in the top margin (a continued speech). */
        final boolean cueAbove;

        Speech(Element element, DialogueBlock block, Column column, Text cue, List<Text> parts, int spaceBefore,
                ElementStyle moreStyle, boolean cueAbove) {
            super(element, spaceBefore);
            this.block = block;
            this.column = column;
            this.cue = cue;
            this.parts = List.copyOf(parts);
            this.moreStyle = moreStyle;
            this.cueAbove = cueAbove;
        }

        /** Rows the cue takes on the page: none when it stands in the top margin. */
        int cueRows() {
            return cueAbove ? 0 : cue.rows();
        }

        @Override
        int rows() {
            int rows = cueRows();
            for (Text part : parts) {
                rows += part.rows();
            }
            return rows;
        }

        /** Wrapped lines of parentheticals and dialogue: what the widow and orphan rules count. */
        int contentLines() {
            int lines = 0;
            for (Text part : parts) {
                lines += part.lineCount();
            }
            return lines;
        }
    }

    /** Two speeches side by side; never split. */
    static final class Dual extends Block {
        final Speech left;
        final Speech right;

        Dual(Element element, Speech left, Speech right) {
            super(element, left.spaceBefore);
            this.left = left;
            this.right = right;
        }

        @Override
        int rows() {
            return Math.max(left.rows(), right.rows());
        }
    }

    /** Measures the script's elements into blocks, adding automatic (CONT'D)s and scene numbers. */
    static List<Block> of(List<Element> elements, PageFormat format, LayoutOptions options) {
        List<Block> blocks = new ArrayList<>(elements.size());
        String lastSpeaker = null;
        int sceneCount = 0;
        for (Element element : elements) {
            switch (element) {
                case SceneHeading heading -> {
                    sceneCount++;
                    lastSpeaker = null;
                    String number = switch (options.sceneNumbers()) {
                        case NONE -> null;
                        case AS_WRITTEN -> heading.sceneNumber();
                        case ALL -> heading.sceneNumber() != null ? heading.sceneNumber() : Integer.toString(sceneCount);
                    };
                    blocks.add(flow(heading, ElementType.SCENE_HEADING, heading.text(), format, number, true, false));
                }
                case Action action -> blocks.add(flow(action, ElementType.ACTION, action.text(), format, null, false, true));
                case Transition transition ->
                        blocks.add(flow(transition, ElementType.TRANSITION, transition.text(), format, null, false, false));
                case Shot shot -> blocks.add(flow(shot, ElementType.SHOT, shot.text(), format, null, true, false));
                case Centered centered -> {
                    // centred text that reads as an act heading prints as one (a model built in code)
                    ElementType type = General.actType(centered.text().plain())
                            .flatMap(ElementType::ofParagraphType).orElse(ElementType.CENTERED);
                    blocks.add(flow(centered, type, centered.text(), format, null, type == ElementType.NEW_ACT, type == ElementType.CENTERED));
                }
                case Lyrics lyrics -> blocks.add(flow(lyrics, ElementType.LYRICS, italic(lyrics.text()), format, null, false, true));
                case General general -> blocks.add(general(general, format));
                case PageBreak pageBreak -> blocks.add(new Break(pageBreak));
                case DialogueBlock block -> {
                    boolean contd = options.automaticContd() && sameSpeaker(block.cue(), lastSpeaker);
                    blocks.add(speech(block, block, Column.FULL, contd, format));
                    lastSpeaker = speaker(block.cue());
                }
                case DualDialogue dual -> {
                    Speech left = speech(dual, dual.left(), Column.LEFT, false, format);
                    Speech right = speech(dual, dual.right(), Column.RIGHT, false, format);
                    blocks.add(new Dual(dual, left, right));
                    lastSpeaker = speaker(dual.right().cue());
                }
                case Section ignored -> { }
                case Synopsis ignored -> { }
                case Note ignored -> { }
                case Boneyard ignored -> { }
            }
        }
        return blocks;
    }

    /**
     * A paragraph of a type Final Draft names (New Act, End of Act, Cold Opening, Cast List,
     * Show/Ep. Title, a custom type): printed in that type's settings; headings stay with what
     * follows them, and only text paragraphs split (docs/pagination.md §3.4).
     */
    private static Flow general(General general, PageFormat format) {
        ElementType type = ElementType.ofParagraphType(general.type()).orElse(ElementType.GENERAL);
        boolean heading = type == ElementType.NEW_ACT || type == ElementType.COLD_OPENING || type == ElementType.SHOW_TITLE;
        boolean splittable = switch (type) {
            case GENERAL, CAST_LIST, ACTION, DIALOGUE, PARENTHETICAL, LYRICS, CENTERED -> true;
            default -> false;
        };
        return flow(general, type, format.style(general.type()), general.text(), null, heading, splittable);
    }

    private static Flow flow(Element element, ElementType type, StyledText text, PageFormat format, String number,
            boolean keepWithNext, boolean splittable) {
        return flow(element, type, format.style(type), text, number, keepWithNext, splittable);
    }

    private static Flow flow(Element element, ElementType type, ElementStyle style, StyledText text, String number,
            boolean keepWithNext, boolean splittable) {
        if (style.bold() || style.underline()) {
            text = styled(text, style);
        }
        return new Flow(element, Text.of(type, style, text, -1), style.spaceBefore(), number, keepWithNext, splittable);
    }

    static Speech speech(Element element, DialogueBlock block, Column column, boolean contd, PageFormat format) {
        ElementStyle cueStyle = format.style(ElementType.CHARACTER);
        ElementStyle parenStyle = format.style(ElementType.PARENTHETICAL);
        ElementStyle dialogueStyle = format.style(ElementType.DIALOGUE);
        if (column != Column.FULL) {
            ElementStyle col = column == Column.LEFT ? format.dualLeft() : format.dualRight();
            cueStyle = cueStyle.withIndents(col.leftIndent() + 1.0, col.rightIndent()).withOverhang(false);
            // a quarter inch in from each side of the column (docs/pagination.md §3.5)
            parenStyle = parenStyle.withIndents(col.leftIndent() + 0.25, col.rightIndent() - 0.25);
            dialogueStyle = dialogueStyle.withIndents(col.leftIndent(), col.rightIndent()).withOverhang(true).withLineSpacing(1);
        }
        String cueText = block.cue().display() + (contd ? " (CONT'D)" : "");
        Text cue = Text.of(ElementType.CHARACTER, cueStyle, StyledText.plain(cueText), -1);
        List<Text> parts = new ArrayList<>(block.parts().size());
        List<DialoguePart> source = block.parts();
        for (int i = 0; i < source.size(); i++) {
            DialoguePart part = source.get(i);
            Text text = switch (part) {
                case Parenthetical p -> Text.of(ElementType.PARENTHETICAL, parenStyle, p.text(), i);
                case Dialogue d -> Text.of(ElementType.DIALOGUE, dialogueStyle, d.text(), i);
            };
            parts.add(text);
        }
        ElementStyle moreStyle = format.style(ElementType.MORE).withIndents(cueStyle.leftIndent(), cueStyle.rightIndent());
        return new Speech(element, block, column, cue, parts, cueStyle.spaceBefore(), moreStyle, false);
    }

    /** The cue printed at the head of the next page when a speech is split. */
    static Text continuedCue(Speech speech) {
        if (speech.cueAbove || speech.cue.plain.endsWith(" (CONT'D) (CONT'D)")) {
            return speech.cue; // already the continued cue: a third page repeats it as it is
        }
        String text = speech.cue.plain + " (CONT'D)";
        return Text.of(ElementType.CHARACTER, speech.cue.style, StyledText.plain(text), -1);
    }

    private static String speaker(Cue cue) {
        return cue.name().strip().toUpperCase(Locale.ROOT);
    }

    private static boolean sameSpeaker(Cue cue, String lastSpeaker) {
        if (lastSpeaker == null || !speaker(cue).equals(lastSpeaker)) {
            return false;
        }
        for (String extension : cue.extensions()) {
            String e = extension.toUpperCase(Locale.ROOT).replace('\u2019', '\'');
            if (e.equals("CONT'D") || e.equals("CONT") || e.equals("CONTD") || e.equals("CONTINUED") || e.equals("CONT.")) {
                return false;
            }
        }
        return true;
    }

    private static StyledText italic(StyledText text) {
        return addStyles(text, EnumSet.of(Style.ITALIC));
    }

    private static StyledText styled(StyledText text, ElementStyle style) {
        EnumSet<Style> add = EnumSet.noneOf(Style.class);
        if (style.bold()) {
            add.add(Style.BOLD);
        }
        if (style.underline()) {
            add.add(Style.UNDERLINE);
        }
        return addStyles(text, add);
    }

    private static StyledText addStyles(StyledText text, Set<Style> add) {
        List<Run> runs = new ArrayList<>(text.runs().size());
        for (Run run : text.runs()) {
            EnumSet<Style> styles = EnumSet.copyOf(add);
            styles.addAll(run.styles());
            runs.add(new Run(run.text(), styles));
        }
        return new StyledText(runs, text.notes());
    }
}
