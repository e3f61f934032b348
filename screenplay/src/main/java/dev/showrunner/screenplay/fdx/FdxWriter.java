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
import dev.showrunner.screenplay.model.Run;
import dev.showrunner.screenplay.model.SceneHeading;
import dev.showrunner.screenplay.model.Section;
import dev.showrunner.screenplay.model.Shot;
import dev.showrunner.screenplay.model.Style;
import dev.showrunner.screenplay.model.StyledText;
import dev.showrunner.screenplay.model.Synopsis;
import dev.showrunner.screenplay.model.TitleField;
import dev.showrunner.screenplay.model.Transition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes an {@link FdxDocument} as Final Draft XML (version 5, as Final Draft 10 and later write
 * it). Text is written as {@code <Text>} runs with their styles; what Final Draft has no place for
 * is written the way {@link Extension} describes, so that reading the file back gives the same
 * model.
 */
final class FdxWriter {

    private static final Set<String> CENTRED_KEYS = Set.of("title", "credit", "author", "authors", "source");
    private static final Set<String> RIGHT_KEYS = Set.of("draftdate", "date", "revision");

    private final FdxDocument document;
    private final StringBuilder out = new StringBuilder(1 << 16);
    private final StringBuilder notes = new StringBuilder();
    private final Map<Long, List<RevisionMark>> marks = new HashMap<>();
    /** Final Draft's range offset of the next body paragraph (see FdxBuilder#anchorScriptNotes). */
    private int offset;
    private int noteId = 1;
    private boolean breakPending;

    FdxWriter(FdxDocument document) {
        this.document = document;
        for (RevisionMark mark : document.revisions().marks()) {
            marks.computeIfAbsent(key(mark.element(), mark.part()), k -> new ArrayList<>()).add(mark);
        }
    }

    private static long key(int element, int part) {
        return ((long) element << 32) | (part & 0xffffffffL);
    }

    String write() {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\" ?>\n");
        out.append("<FinalDraft DocumentType=\"Script\" Template=\"No\" Version=\"5\">\n\n");
        writeBody();
        writeTitlePage();
        FdxLayout layout = document.layout();
        for (FdxLayout.ElementStyle style : layout.elements()) {
            writeElementSettings(style);
        }
        writeHeaderAndFooter(layout.header());
        writePageLayout(layout);
        if (!notes.isEmpty()) {
            out.append("  <ScriptNotes>\n").append(notes).append("  </ScriptNotes>\n\n");
        }
        writeRevisions();
        writeLocks();
        writeMores(layout.mores());
        out.append("</FinalDraft>\n");
        return out.toString();
    }

    // ---- body ----

    private void writeBody() {
        out.append("  <Content>\n");
        List<Element> elements = document.screenplay().elements();
        for (int i = 0; i < elements.size(); i++) {
            Element element = elements.get(i);
            switch (element) {
                case PageBreak ignored -> {
                    if (i + 1 < elements.size() && isParagraph(elements.get(i + 1)) && !breakPending) {
                        breakPending = true;
                    } else {
                        breakPending = false;
                        open("Action", Map.of("StartsNewPage", "Yes", Extension.BREAK, "Yes"));
                        out.append("      <Text></Text>\n    </Paragraph>\n");
                        offset += 1;
                    }
                }
                case Section section -> standaloneNote("Section", section.title(), Map.of(Extension.DEPTH, Integer.toString(section.depth())));
                case Synopsis synopsis -> standaloneNote("Synopsis", synopsis.text(), Map.of());
                case Note note -> standaloneNote("Note", note.text(), Map.of());
                case Boneyard boneyard -> standaloneNote("Boneyard", boneyard.text(), Map.of());
                case SceneHeading heading -> {
                    Map<String, String> attributes = new TreeMap<>();
                    if (heading.sceneNumber() != null) {
                        attributes.put("Number", heading.sceneNumber());
                    }
                    forced(attributes, heading.forced());
                    paragraph("Scene Heading", attributes, heading.text(), i, 0);
                }
                case Action action -> paragraph("Action", forced(new TreeMap<>(), action.forced()), action.text(), i, 0);
                case Centered centered -> paragraph("Action", Map.of("Alignment", "Center"), centered.text(), i, 0);
                case Transition transition -> paragraph("Transition", forced(new TreeMap<>(), transition.forced()), transition.text(), i, 0);
                case Shot shot -> paragraph("Shot", Map.of(), shot.text(), i, 0);
                case Lyrics lyrics -> paragraph("Lyric", Map.of(), lyrics.text(), i, 0);
                case General general -> paragraph(general.type(), isSpeechPart(general.type())
                        ? Map.of(Extension.ALONE, "Yes") : Map.of(), general.text(), i, 0);
                case DialogueBlock block -> block(block, false, i, 0, -1);
                case DualDialogue dual -> dual(dual, i);
            }
        }
        out.append("  </Content>\n\n");
    }

    /** Paragraph types a reader puts under the speech above them. */
    private static boolean isSpeechPart(String type) {
        return type.equalsIgnoreCase("Dialogue") || type.equalsIgnoreCase("Parenthetical");
    }

    private static boolean isParagraph(Element element) {
        return switch (element) {
            case PageBreak p -> false;
            case Section s -> false;
            case Synopsis s -> false;
            case Note n -> false;
            case Boneyard b -> false;
            default -> true;
        };
    }

    private static Map<String, String> forced(Map<String, String> attributes, boolean forced) {
        if (forced) {
            attributes.put(Extension.FORCED, "Yes");
        }
        return attributes;
    }

    private void open(String type, Map<String, String> attributes) {
        out.append("    <Paragraph Type=\"").append(attribute(type)).append('"');
        if (breakPending) {
            out.append(" StartsNewPage=\"Yes\"");
            breakPending = false;
        }
        for (Map.Entry<String, String> a : new TreeMap<>(attributes).entrySet()) {
            out.append(' ').append(a.getKey()).append("=\"").append(attribute(a.getValue())).append('"');
        }
        out.append(">\n");
    }

    private void paragraph(String type, Map<String, String> attributes, StyledText text, int element, int part) {
        open(type, attributes);
        text(text, marks.getOrDefault(key(element, part), List.of()));
        out.append("    </Paragraph>\n");
        for (InlineNote note : text.notes()) {
            scriptNote(offset + note.at(), note.text(), Map.of());
        }
        offset += text.length() + 1;
    }

    private void block(DialogueBlock block, boolean dualByPlace, int element, int firstPart, int dualIndex) {
        Cue cue = block.cue();
        Map<String, String> attributes = forced(new TreeMap<>(), cue.forced());
        if (cue.dual() != dualByPlace) {
            attributes.put(Extension.DUAL, cue.dual() ? "Yes" : "No");
        }
        String display = cue.display();
        if (dualIndex < 0) {
            paragraph("Character", attributes, StyledText.plain(display), element, firstPart);
        } else {
            innerParagraph("Character", attributes, StyledText.plain(display), element, firstPart, dualIndex);
        }
        int part = firstPart + 1;
        for (DialoguePart p : block.parts()) {
            String type = p instanceof Parenthetical ? "Parenthetical" : "Dialogue";
            if (dualIndex < 0) {
                paragraph(type, Map.of(), p.text(), element, part);
            } else {
                innerParagraph(type, Map.of(), p.text(), element, part, dualIndex + part - firstPart);
            }
            part++;
        }
    }

    /** The holder counts two units in Final Draft's note ranges; notes inside are placed by {@link Extension#AT}. */
    private int dualStart;

    private void dual(DualDialogue dual, int element) {
        open("General", Map.of());
        out.append("      <DualDialogue>\n");
        dualStart = offset;
        block(dual.left(), false, element, 0, 0);
        int leftSize = 1 + dual.left().parts().size();
        block(dual.right(), true, element, leftSize, leftSize);
        out.append("      </DualDialogue>\n    </Paragraph>\n");
        offset = dualStart + 3;
    }

    private void innerParagraph(String type, Map<String, String> attributes, StyledText text, int element, int part, int index) {
        open(type, attributes);
        text(text, marks.getOrDefault(key(element, part), List.of()));
        out.append("    </Paragraph>\n");
        for (InlineNote note : text.notes()) {
            scriptNote(dualStart, note.text(), Map.of(Extension.AT, index + "," + note.at()));
        }
    }

    private void text(StyledText text, List<RevisionMark> revisions) {
        if (text.isEmpty()) {
            out.append("      <Text></Text>\n");
            return;
        }
        int position = 0;
        for (Run run : text.runs()) {
            String s = run.text();
            int start = position;
            int end = position + s.length();
            // Cut the run where a revision mark starts or ends.
            int cut = start;
            while (cut < end) {
                int revision = revisionAt(revisions, cut);
                int next = end;
                for (RevisionMark mark : revisions) {
                    if (mark.start() > cut && mark.start() < next) {
                        next = mark.start();
                    }
                    if (mark.end() > cut && mark.end() < next) {
                        next = mark.end();
                    }
                }
                textRun(s.substring(cut - start, next - start), run.styles(), revision);
                cut = next;
            }
            position = end;
        }
    }

    private static int revisionAt(List<RevisionMark> revisions, int at) {
        for (RevisionMark mark : revisions) {
            if (mark.start() <= at && at < mark.end()) {
                return mark.revision();
            }
        }
        return 0;
    }

    private void textRun(String text, Set<Style> styles, int revision) {
        out.append("      <Text");
        if (revision != 0) {
            out.append(" RevisionID=\"").append(revision).append('"');
        }
        if (!styles.isEmpty()) {
            List<String> names = new ArrayList<>();
            if (styles.contains(Style.BOLD)) {
                names.add("Bold");
            }
            if (styles.contains(Style.ITALIC)) {
                names.add("Italic");
            }
            if (styles.contains(Style.UNDERLINE)) {
                names.add("Underline");
            }
            out.append(" Style=\"").append(String.join("+", names)).append('"');
        }
        out.append('>');
        text(out, text);
        out.append("</Text>\n");
    }

    // ---- notes ----

    private void standaloneNote(String kind, String text, Map<String, String> extra) {
        Map<String, String> attributes = new TreeMap<>(extra);
        attributes.put(Extension.ELEMENT, kind);
        scriptNote(offset, text, attributes);
    }

    private void scriptNote(int at, String text, Map<String, String> extra) {
        Map<String, String> attributes = new TreeMap<>(extra);
        attributes.put("ID", Integer.toString(noteId++));
        attributes.put("Range", at + "," + at);
        String kind = extra.get(Extension.ELEMENT);
        attributes.put("Name", kind == null ? "Note" : kind);
        notes.append("    <ScriptNote");
        for (Map.Entry<String, String> a : attributes.entrySet()) {
            notes.append(' ').append(a.getKey()).append("=\"").append(attribute(a.getValue())).append('"');
        }
        notes.append(">\n");
        for (String line : text.split("\n", -1)) {
            notes.append("      <Paragraph><Text>");
            text(notes, line);
            notes.append("</Text></Paragraph>\n");
        }
        notes.append("    </ScriptNote>\n");
    }

    // ---- title page ----

    private void writeTitlePage() {
        List<TitleField> fields = document.screenplay().titlePage().fields();
        if (fields.isEmpty()) {
            return;
        }
        out.append("  <TitlePage>\n    <Content>\n");
        int lines = 0;
        boolean bottom = false;
        int bottomLines = 0;
        for (TitleField field : fields) {
            if (!CENTRED_KEYS.contains(field.normalizedKey())) {
                bottomLines += Math.max(1, field.lines().size()) + 1;
            }
        }
        for (int i = 0; i < fields.size(); i++) {
            TitleField field = fields.get(i);
            String alignment = alignmentOf(field);
            if (i == 0 && alignment.equals("Center")) {
                lines += blankTitleLines(17);
            } else if (!bottom && !alignment.equals("Center")) {
                bottom = true;
                lines += blankTitleLines(Math.max(1, 50 - lines - bottomLines));
            } else if (i > 0) {
                lines += blankTitleLines(1);
            }
            if (field.lines().isEmpty()) {
                titleParagraph(alignment, Map.of(Extension.KEY, field.key(), Extension.EMPTY, "Yes"), StyledText.EMPTY);
                lines++;
            }
            for (StyledText line : field.lines()) {
                titleParagraph(alignment, Map.of(Extension.KEY, field.key()), line);
                lines++;
            }
        }
        out.append("    </Content>\n  </TitlePage>\n\n");
    }

    private static String alignmentOf(TitleField field) {
        String key = field.normalizedKey();
        if (CENTRED_KEYS.contains(key)) {
            return "Center";
        }
        return RIGHT_KEYS.contains(key) ? "Right" : "Left";
    }

    private int blankTitleLines(int count) {
        for (int i = 0; i < count; i++) {
            titleParagraph("Left", Map.of(), StyledText.EMPTY);
        }
        return count;
    }

    private void titleParagraph(String alignment, Map<String, String> extra, StyledText text) {
        out.append("      <Paragraph Alignment=\"").append(alignment)
                .append("\" FirstIndent=\"0.00\" Leading=\"Regular\" LeftIndent=\"1.00\" RightIndent=\"7.50\" SpaceBefore=\"0\" Spacing=\"1\" StartsNewPage=\"No\"");
        for (Map.Entry<String, String> a : new TreeMap<>(extra).entrySet()) {
            out.append(' ').append(a.getKey()).append("=\"").append(attribute(a.getValue())).append('"');
        }
        out.append(">\n");
        text(text, List.of());
        out.append("      </Paragraph>\n");
    }

    // ---- layout ----

    private void writeElementSettings(FdxLayout.ElementStyle style) {
        out.append("  <ElementSettings Type=\"").append(attribute(style.type())).append("\">\n");
        out.append("    <FontSpec");
        attr("Font", style.font());
        attr("Size", style.fontSize(), false);
        out.append(" Style=\"").append(attribute(String.join("+", style.fontStyles().stream().sorted(FdxWriter::styleOrder).toList()))).append('"');
        out.append("/>\n    <ParagraphSpec");
        attr("Alignment", style.alignment());
        attr("FirstIndent", style.firstIndent(), true);
        attr("Leading", style.leading());
        attr("LeftIndent", style.leftIndent(), true);
        attr("RightIndent", style.rightIndent(), true);
        attr("SpaceBefore", style.spaceBefore(), false);
        attr("Spacing", style.spacing(), false);
        out.append(" StartsNewPage=\"").append(style.startsNewPage() ? "Yes" : "No").append('"');
        out.append("/>\n");
        if (style.paginateAs() != null || style.returnKey() != null) {
            out.append("    <Behavior");
            attr("PaginateAs", style.paginateAs());
            attr("ReturnKey", style.returnKey());
            out.append("/>\n");
        }
        out.append("  </ElementSettings>\n\n");
    }

    /** Final Draft's order of font styles: Bold, Italic, Underline, ..., AllCaps last. */
    private static int styleOrder(String a, String b) {
        List<String> order = List.of("bold", "italic", "underline", "strikeout", "allcaps");
        int ia = order.indexOf(a.toLowerCase(Locale.ROOT));
        int ib = order.indexOf(b.toLowerCase(Locale.ROOT));
        ia = ia < 0 ? 3 : ia;
        ib = ib < 0 ? 3 : ib;
        return ia != ib ? Integer.compare(ia, ib) : a.compareTo(b);
    }

    private void attr(String name, String value) {
        if (value != null) {
            out.append(' ').append(name).append("=\"").append(attribute(value)).append('"');
        }
    }

    private void attr(String name, Double value, boolean indent) {
        if (value != null) {
            out.append(' ').append(name).append("=\"").append(number(value, indent)).append('"');
        }
    }

    /** A number as Final Draft writes it ({@code 1.50} for indents, {@code 24} for points), exactly. */
    static String number(double value, boolean indent) {
        if (indent) {
            String two = String.format(Locale.ROOT, "%.2f", value);
            if (Double.parseDouble(two) == value) {
                return two;
            }
        } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).toPlainString();
    }

    private void writeHeaderAndFooter(FdxLayout.HeaderFooter header) {
        if (header == null) {
            return;
        }
        out.append("  <HeaderAndFooter");
        for (Map.Entry<String, String> a : new TreeMap<>(header.attributes()).entrySet()) {
            attr(a.getKey(), a.getValue());
        }
        out.append(">\n    <Header>\n");
        band(header.headerText(), header.headerParagraph(), header.headerTabs());
        out.append("    </Header>\n    <Footer>\n");
        band(header.footerText(), header.footerParagraph(), header.footerTabs());
        out.append("    </Footer>\n  </HeaderAndFooter>\n\n");
    }

    /** Header or footer lines: each a paragraph with the first paragraph's attributes; tab stops on the first. */
    private void band(String text, Map<String, String> paragraph, List<FdxLayout.TabStop> tabs) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            out.append("      <Paragraph");
            for (Map.Entry<String, String> a : new TreeMap<>(paragraph).entrySet()) {
                attr(a.getKey(), a.getValue());
            }
            out.append(">\n");
            labelled(lines[i]);
            if (i == 0 && !tabs.isEmpty()) {
                out.append("        <Tabstops>\n");
                for (FdxLayout.TabStop tab : tabs) {
                    out.append("          <Tabstop Position=\"").append(number(tab.position(), true))
                            .append("\" Type=\"").append(attribute(tab.type())).append("\"/>\n");
                }
                out.append("        </Tabstops>\n");
            }
            out.append("      </Paragraph>\n");
        }
    }

    /** A header line: {@code {Page #}} and the like become dynamic labels, the rest text. */
    private void labelled(String line) {
        int i = 0;
        while (i < line.length()) {
            int open = line.indexOf('{', i);
            int close = open < 0 ? -1 : line.indexOf('}', open);
            if (open < 0 || close < 0) {
                headerText(line.substring(i));
                return;
            }
            if (open > i) {
                headerText(line.substring(i, open));
            }
            out.append("        <DynamicLabel Type=\"").append(attribute(line.substring(open + 1, close))).append("\"/>\n");
            i = close + 1;
        }
        if (line.isEmpty()) {
            headerText("");
        }
    }

    private void headerText(String text) {
        out.append("        <Text>");
        text(out, text);
        out.append("</Text>\n");
    }

    private void writePageLayout(FdxLayout layout) {
        Map<String, String> attributes = new TreeMap<>(layout.pageLayoutAttributes());
        putNumber(attributes, "TopMargin", layout.topMargin());
        putNumber(attributes, "BottomMargin", layout.bottomMargin());
        putNumber(attributes, "HeaderMargin", layout.headerMargin());
        putNumber(attributes, "FooterMargin", layout.footerMargin());
        putNumber(attributes, "LinesPerPage", layout.linesPerPage() == null ? null : (double) layout.linesPerPage());
        if (attributes.isEmpty() && layout.pageWidth() == null && layout.pageHeight() == null) {
            return;
        }
        out.append("  <PageLayout");
        for (Map.Entry<String, String> a : attributes.entrySet()) {
            attr(a.getKey(), a.getValue());
        }
        out.append(">\n");
        if (layout.pageWidth() != null || layout.pageHeight() != null) {
            out.append("    <PageSize");
            attr("Height", layout.pageHeight(), true);
            attr("Width", layout.pageWidth(), true);
            out.append("/>\n");
        }
        out.append("  </PageLayout>\n\n");
    }

    private static void putNumber(Map<String, String> attributes, String name, Double value) {
        if (value != null && !attributes.containsKey(name)) {
            attributes.put(name, number(value, false));
        }
    }

    private void writeRevisions() {
        FdxDocument.Revisions revisions = document.revisions();
        if (revisions.attributes().isEmpty() && revisions.sets().isEmpty()) {
            return;
        }
        out.append("  <Revisions");
        for (Map.Entry<String, String> a : new TreeMap<>(revisions.attributes()).entrySet()) {
            attr(a.getKey(), a.getValue());
        }
        out.append(">\n");
        for (FdxDocument.RevisionSet set : revisions.sets()) {
            Map<String, String> attributes = new TreeMap<>(set.attributes());
            attributes.put("ID", Integer.toString(set.id()));
            attributes.put("Name", set.name());
            attributes.put("Mark", set.mark());
            attributes.put("Color", set.color());
            out.append("    <Revision");
            for (Map.Entry<String, String> a : attributes.entrySet()) {
                attr(a.getKey(), a.getValue());
            }
            out.append("/>\n");
        }
        out.append("  </Revisions>\n\n");
    }

    private void writeLocks() {
        FdxDocument.Locks locks = document.locks();
        if (!locks.sceneNumberOptions().isEmpty()) {
            out.append("  <SceneNumberOptions");
            for (Map.Entry<String, String> a : new TreeMap<>(locks.sceneNumberOptions()).entrySet()) {
                attr(a.getKey(), a.getValue());
            }
            out.append("/>\n\n");
        }
        if (!locks.lockedPages().isEmpty() || !locks.lockedPageEntries().isEmpty()) {
            out.append("  <LockedPages");
            for (Map.Entry<String, String> a : new TreeMap<>(locks.lockedPages()).entrySet()) {
                attr(a.getKey(), a.getValue());
            }
            out.append(">\n");
            for (Map<String, String> entry : locks.lockedPageEntries()) {
                String name = entry.getOrDefault("#name", "LockedPage");
                out.append("    <").append(name.matches("[A-Za-z_][A-Za-z0-9_.-]*") ? name : "LockedPage");
                for (Map.Entry<String, String> a : new TreeMap<>(entry).entrySet()) {
                    if (!a.getKey().equals("#name")) {
                        attr(a.getKey(), a.getValue());
                    }
                }
                out.append("/>\n");
            }
            out.append("  </LockedPages>\n\n");
        }
    }

    private void writeMores(FdxLayout.MoresAndContinueds mores) {
        if (mores == null) {
            return;
        }
        // Final Draft writes the font the (MORE) and (CONT'D) are set in: the script's own.
        FdxLayout.ElementStyle general = document.layout().element("General")
                .or(() -> document.layout().elements().stream().findFirst()).orElse(null);
        out.append("  <MoresAndContinueds>\n    <FontSpec");
        attr("Font", general == null || general.font() == null ? "Courier Final Draft" : general.font());
        attr("Size", general == null || general.fontSize() == null ? 12.0 : general.fontSize(), false);
        out.append(" Style=\"\"/>\n    <DialogueBreaks");
        for (Map.Entry<String, String> a : new TreeMap<>(mores.dialogueBreaks()).entrySet()) {
            attr(a.getKey(), a.getValue());
        }
        out.append("/>\n    <SceneBreaks");
        for (Map.Entry<String, String> a : new TreeMap<>(mores.sceneBreaks()).entrySet()) {
            attr(a.getKey(), a.getValue());
        }
        out.append("/>\n  </MoresAndContinueds>\n\n");
    }

    // ---- escaping ----

    /** Character data: markup escaped, and a carriage return kept (XML would turn it into a line feed). */
    private static void text(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n') {
                        out.append('\uFFFD'); // not allowed in XML 1.0 at all
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** An attribute value: as text, and quotes, tabs and line breaks as references (XML normalises them). */
    private static String attribute(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("&quot;");
                case '\t' -> out.append("&#9;");
                case '\n' -> out.append("&#10;");
                default -> text(out, String.valueOf(c));
            }
        }
        return out.toString();
    }
}
