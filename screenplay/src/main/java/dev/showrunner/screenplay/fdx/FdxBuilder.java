package dev.showrunner.screenplay.fdx;

import dev.showrunner.screenplay.fdx.FdxDocument.RevisionMark;
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
import dev.showrunner.screenplay.model.SceneHeading;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the paragraphs {@link FdxReader} read into the model: groups speeches under their cues,
 * anchors script notes to their text, maps the title page to title-page keys.
 */
final class FdxBuilder {

    /** Paragraph types Final Draft's templates define that the model keeps as {@link General}. */
    static final Set<String> KNOWN_GENERAL_TYPES = Set.of("general", "cast list", "new act", "end of act", "cold opening", "show/ep. title");

    /** "by", "written by", "teleplay by", "written and directed by", ... */
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)((written|screenplay|teleplay|story|created|adapted|directed)(\\s+(and|&)\\s+\\w+)*\\s+)?by:?");
    private static final Pattern SOURCE = Pattern.compile("(?i)^(based (up)?on|adapted from|inspired by|from the)\\b.*");

    private final FdxReader read;
    private final List<Element> elements = new ArrayList<>();
    private final List<RevisionMark> marks = new ArrayList<>();
    /** Standalone elements from script notes, by the index of the paragraph they stand before. */
    private final Map<Integer, List<Element>> before = new HashMap<>();
    private final List<Element> atEnd = new ArrayList<>();

    FdxBuilder(FdxReader read) {
        this.read = read;
    }

    FdxDocument build() {
        anchorScriptNotes();
        buildBody();
        TitlePage titlePage = buildTitlePage();
        for (Map.Entry<String, Integer> dropped : read.droppedStyles.entrySet()) {
            read.warn(0, 0, "text style \"" + dropped.getKey() + "\" (" + dropped.getValue()
                    + (dropped.getValue() == 1 ? " run" : " runs") + ") is not kept: the model has bold, italic and underline");
        }
        FdxLayout layout = new FdxLayout(read.pageWidth, read.pageHeight, read.pageLayoutNumber("TopMargin"),
                read.pageLayoutNumber("BottomMargin"), read.pageLayoutNumber("HeaderMargin"),
                read.pageLayoutNumber("FooterMargin"), integer(read.pageLayoutNumber("LinesPerPage")),
                read.pageLayout, read.elementStyles, read.headerFooter, read.mores);
        FdxDocument.Revisions revisions = new FdxDocument.Revisions(read.revisionAttributes, read.revisionSets, marks);
        FdxDocument.Locks locks = new FdxDocument.Locks(read.sceneNumberOptions, read.lockedPages, read.lockedPageEntries);
        return new FdxDocument(new Screenplay(titlePage, elements), layout, revisions, locks, read.warnings());
    }

    private static Integer integer(Double value) {
        return value == null ? null : (int) Math.round(value);
    }

    // ---- script notes ----

    /**
     * Final Draft anchors a script note by a character range over the whole script: each paragraph's
     * text and then one for its break, a dual dialogue counting two units whatever it holds.
     */
    private void anchorScriptNotes() {
        List<FdxParagraph> body = read.body;
        int[] starts = new int[body.size() + 1];
        int offset = 0;
        for (int i = 0; i < body.size(); i++) {
            starts[i] = offset;
            FdxParagraph p = body.get(i);
            offset += (p.dual != null ? 2 : p.length()) + 1;
        }
        starts[body.size()] = offset;
        for (FdxScriptNote note : read.scriptNotes) {
            int start = note.rangeStart();
            String kind = note.attributes().get(Extension.ELEMENT);
            if (start < 0 || start > offset || body.isEmpty()) {
                if (kind == null) {
                    read.warn(note.line(), note.column(), "script note with no readable place (Range \""
                            + note.attributes().get("Range") + "\") kept as a note at the end");
                }
                atEnd.add(standalone(note, kind));
                continue;
            }
            int k = paragraphAt(starts, start);
            if (k >= body.size()) {
                atEnd.add(kind == null ? Note.of(note.text()) : standalone(note, kind));
                continue;
            }
            if (kind != null && starts[k] == start) {
                before.computeIfAbsent(k, x -> new ArrayList<>()).add(standalone(note, kind));
                continue;
            }
            FdxParagraph p = body.get(k);
            if (p.dual != null) {
                anchorInDual(p, note);
            } else {
                p.notes.add(new InlineNote(Math.min(start - starts[k], p.length()), note.text()));
            }
        }
    }

    private static int paragraphAt(int[] starts, int start) {
        int low = 0;
        int high = starts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (starts[mid] <= start) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private void anchorInDual(FdxParagraph holder, FdxScriptNote note) {
        if (holder.dual.isEmpty()) {
            holder.notes.add(new InlineNote(0, note.text()));
            return;
        }
        int index = 0;
        int at = 0;
        String place = note.attributes().get(Extension.AT);
        if (place != null) {
            String[] parts = place.split(",");
            try {
                index = Math.clamp(Integer.parseInt(parts[0].strip()), 0, holder.dual.size() - 1);
                at = parts.length > 1 ? Integer.parseInt(parts[1].strip()) : 0;
            } catch (NumberFormatException e) {
                index = 0;
                at = 0;
            }
        }
        FdxParagraph inner = holder.dual.get(index);
        inner.notes.add(new InlineNote(Math.clamp(at, 0, inner.length()), note.text()));
    }

    private Element standalone(FdxScriptNote note, String kind) {
        String text = note.text();
        if (kind == null) {
            return Note.of(text);
        }
        return switch (kind) {
            case "Section" -> {
                int depth = 1;
                try {
                    depth = Math.max(1, Integer.parseInt(note.attributes().getOrDefault(Extension.DEPTH, "1").strip()));
                } catch (NumberFormatException e) {
                    depth = 1;
                }
                yield Section.of(depth, text);
            }
            case "Synopsis" -> Synopsis.of(text);
            case "Boneyard" -> Boneyard.of(text);
            default -> Note.of(text);
        };
    }

    // ---- body ----

    private void buildBody() {
        List<FdxParagraph> body = read.body;
        int i = 0;
        while (i < body.size()) {
            FdxParagraph p = body.get(i);
            addBefore(i);
            if (p.yes(Extension.BREAK) && p.length() == 0 && p.dual == null) {
                elements.add(new PageBreak(span(p)));
                for (InlineNote note : p.notes) {
                    elements.add(Note.of(note.text()));
                }
                i++;
                continue;
            }
            if (p.yes("StartsNewPage")) {
                elements.add(new PageBreak(span(p)));
            }
            if (p.dual != null) {
                buildDual(p);
                i++;
                continue;
            }
            String type = p.type().toLowerCase(Locale.ROOT);
            if (type.equals("character")) {
                i = buildBlock(body, i);
                continue;
            }
            elements.add(single(p, elements.size()));
            i++;
        }
        elements.addAll(atEnd);
    }

    private void addBefore(int index) {
        List<Element> standalone = before.get(index);
        if (standalone != null) {
            elements.addAll(standalone);
        }
    }

    /**
     * A paragraph's own alignment is kept only for centred action; elsewhere the type's alignment
     * applies, so a different one is reported (once per type and alignment).
     */
    private void checkAlignment(FdxParagraph p) {
        String alignment = p.attribute("Alignment");
        if (alignment == null || alignment.isBlank()) {
            return;
        }
        String type = p.type();
        if (type.equalsIgnoreCase("Action") && alignment.equalsIgnoreCase("Center")) {
            return;
        }
        String expected = read.elementStyles.stream().filter(e -> e.type().equalsIgnoreCase(type)).findFirst()
                .or(() -> FdxLayout.DEFAULT.element(type))
                .map(FdxLayout.ElementStyle::alignment).orElse("Left");
        if (!alignment.strip().equalsIgnoreCase(expected == null ? "Left" : expected)
                && alignmentsWarned.add(type + "/" + alignment)) {
            read.warn(p.line, p.column, "alignment \"" + alignment + "\" of this " + type
                    + " paragraph is not kept; the element's own alignment applies");
        }
    }

    private final Set<String> alignmentsWarned = new HashSet<>();

    private Element single(FdxParagraph p, int elementIndex) {
        checkAlignment(p);
        String type = p.type();
        StyledText text = p.styled();
        boolean forced = p.yes(Extension.FORCED);
        Span span = span(p);
        recordMarks(p, elementIndex, 0);
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "scene heading" -> SceneHeading.of(text, blankToNull(p.attribute("Number")), forced, span);
            case "action" -> "center".equalsIgnoreCase(p.attribute("Alignment"))
                    ? new Centered(text, span)
                    : new Action(text, forced, span);
            case "transition" -> new Transition(text, forced, span);
            case "shot" -> new Shot(text, span);
            case "lyric", "lyrics" -> new Lyrics(text, span);
            case "parenthetical", "dialogue" -> {
                read.warn(p.line, p.column, "a " + type + " paragraph with no character cue above it is kept as a general paragraph of type \"" + type + "\"");
                yield new General(text, type, span);
            }
            default -> {
                if (!KNOWN_GENERAL_TYPES.contains(type.toLowerCase(Locale.ROOT))) {
                    read.warn(p.line, p.column, "paragraph type \"" + type + "\" is not one the model knows; kept as a general paragraph with that type");
                }
                yield new General(text, type, span);
            }
        };
    }

    /** Reads a cue and the parentheticals and dialogue under it, from {@code start}; returns the next index. */
    private int buildBlock(List<FdxParagraph> body, int start) {
        FdxParagraph cueParagraph = body.get(start);
        int elementIndex = elements.size() + cueNotes(cueParagraph);
        int end = start + 1;
        while (end < body.size() && isPart(body.get(end)) && !before.containsKey(end)) {
            end++;
        }
        DialogueBlock block = block(body.subList(start, end), elementIndex, 0, false);
        elements.add(block);
        return end;
    }

    /** Notes on a cue have no text to sit in: they stand before the speech as notes. Returns how many. */
    private int cueNotes(FdxParagraph cue) {
        for (InlineNote note : cue.notes) {
            elements.add(Note.of(note.text()));
        }
        int count = cue.notes.size();
        cue.notes.clear();
        return count;
    }

    private boolean isPart(FdxParagraph p) {
        if (p.dual != null || p.yes(Extension.ALONE)) {
            return false;
        }
        String type = p.type().toLowerCase(Locale.ROOT);
        if (!type.equals("dialogue") && !type.equals("parenthetical")) {
            return false;
        }
        if (p.yes("StartsNewPage")) {
            read.warn(p.line, p.column, "a page break inside a speech is left out");
        }
        return true;
    }

    private DialogueBlock block(List<FdxParagraph> paragraphs, int elementIndex, int firstPart, boolean dualByPlace) {
        FdxParagraph cueParagraph = paragraphs.getFirst();
        boolean dual = dualByPlace;
        String dualAttribute = cueParagraph.attribute(Extension.DUAL);
        if (dualAttribute != null) {
            dual = dualAttribute.strip().equalsIgnoreCase("Yes");
        }
        Cue cue = Cues.parse(cueParagraph.plain(), dual, cueParagraph.yes(Extension.FORCED), span(cueParagraph));
        recordMarks(cueParagraph, elementIndex, firstPart);
        List<DialoguePart> parts = new ArrayList<>();
        checkAlignment(cueParagraph);
        for (int i = 1; i < paragraphs.size(); i++) {
            FdxParagraph p = paragraphs.get(i);
            checkAlignment(p);
            recordMarks(p, elementIndex, firstPart + i);
            parts.add(p.type().equalsIgnoreCase("parenthetical")
                    ? new Parenthetical(p.styled(), span(p))
                    : new Dialogue(p.styled(), span(p)));
        }
        FdxParagraph last = paragraphs.getLast();
        return new DialogueBlock(cue, parts, new Span(cueParagraph.startOffset, Math.max(last.endOffset, cueParagraph.startOffset),
                cueParagraph.line, cueParagraph.column));
    }

    private void buildDual(FdxParagraph holder) {
        if (holder.length() > 0) {
            read.warn(holder.line, holder.column, "text beside a dual dialogue (\"" + holder.plain() + "\") is left out");
        }
        for (InlineNote note : holder.notes) {
            elements.add(Note.of(note.text()));
        }
        List<List<FdxParagraph>> blocks = new ArrayList<>();
        List<FdxParagraph> loose = new ArrayList<>();
        for (FdxParagraph p : holder.dual) {
            String type = p.type().toLowerCase(Locale.ROOT);
            if (type.equals("character")) {
                blocks.add(new ArrayList<>(List.of(p)));
            } else if ((type.equals("dialogue") || type.equals("parenthetical")) && !blocks.isEmpty()) {
                blocks.getLast().add(p);
            } else if (blocks.isEmpty()) {
                loose.add(p);
            } else {
                loose.add(p);
            }
        }
        if (!loose.isEmpty()) {
            read.warn(holder.line, holder.column, "paragraphs in a dual dialogue that belong to neither speech are kept after it");
        }
        for (List<FdxParagraph> block : blocks) {
            cueNotes(block.getFirst());
        }
        if (blocks.size() == 2) {
            int elementIndex = elements.size();
            DialogueBlock left = block(blocks.get(0), elementIndex, 0, false);
            DialogueBlock right = block(blocks.get(1), elementIndex, blocks.get(0).size(), true);
            elements.add(new DualDialogue(left, right, span(holder)));
        } else {
            if (!blocks.isEmpty()) {
                read.warn(holder.line, holder.column, "a dual dialogue with " + blocks.size()
                        + " speeches (not two) is kept as speeches one after another");
            }
            for (List<FdxParagraph> block : blocks) {
                elements.add(block(block, elements.size(), 0, false));
            }
        }
        for (FdxParagraph p : loose) {
            elements.add(single(p, elements.size()));
        }
    }

    private void recordMarks(FdxParagraph p, int element, int part) {
        for (int[] mark : p.revisions) {
            marks.add(new RevisionMark(element, part, mark[0], mark[1], mark[2]));
        }
    }

    private static Span span(FdxParagraph p) {
        return new Span(p.startOffset, Math.max(p.endOffset, p.startOffset), Math.max(p.line, 0), Math.max(p.column, 0));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    // ---- title page ----

    private TitlePage buildTitlePage() {
        List<FdxParagraph> paragraphs = read.titlePage;
        if (paragraphs.isEmpty()) {
            return TitlePage.EMPTY;
        }
        boolean marked = paragraphs.stream().anyMatch(p -> p.attribute(Extension.KEY) != null);
        List<TitleField> fields = marked ? markedFields(paragraphs) : guessedFields(paragraphs);
        if (fields.isEmpty()) {
            return TitlePage.EMPTY;
        }
        FdxParagraph first = paragraphs.getFirst();
        return new TitlePage(fields, new Span(first.startOffset, Math.max(paragraphs.getLast().endOffset, first.startOffset),
                first.line, first.column));
    }

    /** A title page Showrunner wrote: each paragraph names its key. */
    private List<TitleField> markedFields(List<FdxParagraph> paragraphs) {
        List<TitleField> fields = new ArrayList<>();
        String key = null;
        List<StyledText> lines = new ArrayList<>();
        boolean empty = false;
        FdxParagraph first = null;
        for (FdxParagraph p : paragraphs) {
            String k = p.attribute(Extension.KEY);
            if (key != null && !key.equals(k)) {
                fields.add(new TitleField(key, empty ? List.of() : lines, span(first)));
                key = null;
            }
            if (k == null) {
                if (p.length() > 0) {
                    fields.add(new TitleField(guessKey(p), List.of(p.text.build()), span(p)));
                }
                continue;
            }
            if (key == null) {
                key = k;
                lines = new ArrayList<>();
                empty = p.yes(Extension.EMPTY);
                first = p;
            }
            if (!p.yes(Extension.EMPTY)) {
                lines.add(p.text.build());
            }
        }
        if (key != null) {
            fields.add(new TitleField(key, empty ? List.of() : lines, span(first)));
        }
        return fields;
    }

    private static String guessKey(FdxParagraph p) {
        String alignment = p.attribute("Alignment");
        if ("Right".equalsIgnoreCase(alignment)) {
            return "Draft date";
        }
        return "Center".equalsIgnoreCase(alignment) ? "Notes" : "Contact";
    }

    /**
     * A title page Final Draft wrote: blocks of lines, placed by alignment and blank lines. The
     * centred blocks are, in order, the title, the credit ("written by": a line of at most four
     * words between the title and the author), the author, and the source ("based on ..."), as in
     * Fountain; a centred block that is none of these is kept as notes. Left blocks are the contact,
     * right blocks the draft date.
     */
    private List<TitleField> guessedFields(List<FdxParagraph> paragraphs) {
        List<List<FdxParagraph>> blocks = new ArrayList<>();
        List<String> alignments = new ArrayList<>();
        List<FdxParagraph> block = new ArrayList<>();
        String blockAlignment = null;
        for (FdxParagraph p : paragraphs) {
            String alignment = alignment(p);
            if ((p.plain().isBlank() || !alignment.equals(blockAlignment)) && !block.isEmpty()) {
                blocks.add(block);
                alignments.add(blockAlignment);
                block = new ArrayList<>();
            }
            blockAlignment = alignment;
            if (!p.plain().isBlank()) {
                block.add(p);
            }
        }
        if (!block.isEmpty()) {
            blocks.add(block);
            alignments.add(blockAlignment);
        }
        List<Integer> centred = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (alignments.get(i).equals("Center")) {
                centred.add(i);
            }
        }
        String[] keys = new String[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            keys[i] = alignments.get(i).equals("Right") ? "Draft date" : alignments.get(i).equals("Left") ? "Contact" : "Notes";
        }
        int next = 0;
        if (next < centred.size()) {
            keys[centred.get(next++)] = "Title";
        }
        if (next < centred.size()) {
            List<FdxParagraph> candidate = blocks.get(centred.get(next));
            String text = plain(candidate);
            boolean credit = CREDIT.matcher(text).matches()
                    || (candidate.size() == 1 && next + 1 < centred.size() && text.split("\\s+").length <= 4
                            && !SOURCE.matcher(text).matches());
            if (credit) {
                keys[centred.get(next++)] = "Credit";
                if (next < centred.size()) {
                    keys[centred.get(next++)] = "Author";
                }
            }
        }
        for (; next < centred.size(); next++) {
            if (SOURCE.matcher(plain(blocks.get(centred.get(next)))).matches()) {
                keys[centred.get(next)] = "Source";
            }
        }
        List<TitleField> fields = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            List<FdxParagraph> b = blocks.get(i);
            fields.add(new TitleField(keys[i], b.stream().map(p -> p.text.build()).toList(), span(b.getFirst())));
        }
        return fields;
    }

    private static String plain(List<FdxParagraph> block) {
        return String.join(" ", block.stream().map(p -> p.plain().strip()).toList()).strip();
    }

    private static String alignment(FdxParagraph p) {
        String alignment = p.attribute("Alignment");
        return alignment == null ? "Left" : switch (alignment.strip().toLowerCase(Locale.ROOT)) {
            case "center" -> "Center";
            case "right" -> "Right";
            default -> "Left";
        };
    }

}
