package dev.showrunner.screenplay.fdx;

import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.fdx.FdxDocument.Warning;
import dev.showrunner.screenplay.model.InlineNote;
import dev.showrunner.screenplay.model.Style;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the XML of an FDX file into raw {@link FdxParagraph}s and settings, streaming (no DOM), with
 * DTDs and external entities refused. {@link FdxBuilder} then turns the paragraphs into the model.
 *
 * <p>The parser is the JDK's own ({@link XMLInputFactory#newDefaultFactory()}), so that no other
 * StAX implementation on the class path can change how hardened it is.
 */
final class FdxReader {

    /** Versions of the FDX format Final Draft has written (8 to 13). */
    static final Set<String> KNOWN_VERSIONS = Set.of("1", "2", "3", "4", "5", "6");

    private static final XMLInputFactory FACTORY = newFactory();

    /** How deep paragraphs may nest (a note in a speech of a dual dialogue is depth 2). */
    private static final int MAX_DEPTH = 2;

    private final String source;
    private final List<Warning> warnings = new ArrayList<>();
    private final Set<String> warnedOnce = new LinkedHashSet<>();
    private XMLStreamReader xml;

    // What the file holds, filled while reading.
    final List<FdxParagraph> body = new ArrayList<>();
    final List<FdxParagraph> titlePage = new ArrayList<>();
    final List<FdxLayout.ElementStyle> elementStyles = new ArrayList<>();
    final Map<String, String> pageLayout = new TreeMap<>();
    Double pageWidth;
    Double pageHeight;
    FdxLayout.HeaderFooter headerFooter;
    FdxLayout.MoresAndContinueds mores;
    final List<FdxScriptNote> scriptNotes = new ArrayList<>();
    final Map<String, String> revisionAttributes = new TreeMap<>();
    final List<FdxDocument.RevisionSet> revisionSets = new ArrayList<>();
    final Map<String, String> sceneNumberOptions = new TreeMap<>();
    final Map<String, String> lockedPages = new TreeMap<>();
    final List<Map<String, String>> lockedPageEntries = new ArrayList<>();
    final Map<String, Integer> droppedStyles = new TreeMap<>();

    private FdxReader(String source) {
        this.source = source == null ? "-" : source;
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        // Problems become exceptions with a place; nothing is printed to the console.
        factory.setXMLReporter((message, type, info, location) -> { });
        return factory;
    }

    static FdxDocument read(InputStream in, String source) throws ScriptFormatException {
        FdxReader reader = new FdxReader(source);
        try {
            reader.xml = FACTORY.createXMLStreamReader(decode(in));
            try {
                reader.readDocument();
            } finally {
                reader.xml.close();
            }
        } catch (XMLStreamException e) {
            throw reader.notXml(e);
        } catch (RuntimeException e) {
            if (!fromParser(e)) {
                throw e;
            }
            // The JDK parser reports some malformed input as runtime exceptions (a fuzzer found
            // MissingResourceException for a bad character in a DTD): still bad input, not our bug.
            int line = 0;
            int column = 0;
            if (reader.xml != null) {
                try {
                    line = reader.xml.getLocation().getLineNumber();
                    column = reader.xml.getLocation().getColumnNumber();
                } catch (RuntimeException ignored) {
                    // no place to report
                }
            }
            throw new ScriptFormatException(reader.source, Math.max(line, 0), Math.max(column, 0), -1,
                    "not well-formed XML, so not an FDX file (" + e.getClass().getSimpleName() + ")", e);
        }
        return new FdxBuilder(reader).build();
    }

    /** The XML declaration's encoding, read from the first bytes of a file without a byte-order mark. */
    private static final java.util.regex.Pattern DECLARED_ENCODING =
            java.util.regex.Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    /**
     * Final Draft writes UTF-8; a UTF-16 file with its byte-order mark, or a file whose XML
     * declaration names another encoding (ISO-8859-1, windows-1252) from another program, is read
     * too. Decoding here, strictly, rather than in the parser makes a byte that does not decode an
     * ordinary error with a place, and keeps the parser from printing to the console.
     */
    private static Reader decode(InputStream in) throws XMLStreamException {
        try {
            PushbackInputStream peek = new PushbackInputStream(in, 256);
            byte[] head = new byte[256];
            int n = peek.readNBytes(head, 0, head.length);
            Charset charset = StandardCharsets.UTF_8;
            int skip = 0;
            if (n >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
                charset = StandardCharsets.UTF_16BE;
                skip = 2;
            } else if (n >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
                charset = StandardCharsets.UTF_16LE;
                skip = 2;
            } else if (n >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
                skip = 3;
            } else {
                java.util.regex.Matcher declared = DECLARED_ENCODING.matcher(new String(head, 0, n, StandardCharsets.ISO_8859_1));
                if (declared.find()) {
                    try {
                        Charset named = Charset.forName(declared.group(1));
                        // Only single-byte, ASCII-compatible charsets can have been read this far as ASCII.
                        if (named.newEncoder().maxBytesPerChar() == 1.0f) {
                            charset = named;
                        }
                    } catch (IllegalArgumentException unknown) {
                        // An encoding Java does not know: read as UTF-8, which fails clearly if it is not.
                    }
                }
            }
            if (n > skip) {
                peek.unread(head, skip, n - skip);
            }
            return new InputStreamReader(peek, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
        } catch (IOException e) {
            throw new XMLStreamException("the file could not be read: " + e.getMessage(), e);
        }
    }

    /** True when the exception was thrown inside the JDK's XML parser, before any of our code. */
    private static boolean fromParser(RuntimeException e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            String name = frame.getClassName();
            if (name.startsWith("com.sun.org.apache.xerces.") || name.startsWith("com.sun.xml.internal.")) {
                return true;
            }
            if (name.startsWith("dev.showrunner.")) {
                return false;
            }
        }
        return false;
    }

    private ScriptFormatException notXml(XMLStreamException e) {
        Location at = e.getLocation();
        String message = e.getMessage();
        // The JDK prefixes "ParseError at [row,col]:[..]\nMessage: "; keep the message itself.
        int cut = message == null ? -1 : message.indexOf("Message: ");
        if (cut >= 0) {
            message = message.substring(cut + "Message: ".length());
        }
        String problem;
        if (causedBy(e, CharacterCodingException.class)) {
            problem = "the file is not UTF-8 text, so not an FDX file";
        } else if (message != null && message.contains("Premature end of file") && at != null
                && at.getLineNumber() <= 1 && at.getColumnNumber() <= 1) {
            problem = "the file is empty, so not an FDX file";
        } else if (message != null && message.contains("DOCTYPE")) {
            problem = "DTDs are not allowed in an FDX file (refused for safety)";
        } else if (message != null && (message.contains("end within the same entity") || message.contains("Premature end of file")
                || message.contains("must end with the"))) {
            problem = "the FDX file ends too soon (truncated?): " + message;
        } else {
            problem = "not well-formed XML, so not an FDX file: " + message;
        }
        return at == null
                ? new ScriptFormatException(source, 0, 0, -1, problem, e)
                : new ScriptFormatException(source, Math.max(at.getLineNumber(), 0), Math.max(at.getColumnNumber(), 0),
                        at.getCharacterOffset() >= 0 ? at.getCharacterOffset() : -1, problem, e);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
            if (t instanceof XMLStreamException x && x.getNestedException() != null && kind.isInstance(x.getNestedException())) {
                return true;
            }
        }
        return false;
    }

    private ScriptFormatException error(String problem) {
        Location at = xml.getLocation();
        return new ScriptFormatException(source, at.getLineNumber(), at.getColumnNumber(), -1, problem);
    }

    List<Warning> warnings() {
        return warnings;
    }

    void warn(int line, int column, String message) {
        warnings.add(new Warning(line, column, message));
    }

    private void warnOnce(String key, String message) {
        if (warnedOnce.add(key)) {
            Location at = xml.getLocation();
            warn(at.getLineNumber(), at.getColumnNumber(), message);
        }
    }

    // ---- the document ----

    private void readDocument() throws XMLStreamException, ScriptFormatException {
        int event = nextSignificant();
        if (event != XMLStreamConstants.START_ELEMENT) {
            throw error("the file has no XML elements, so it is not an FDX file");
        }
        if (!xml.getLocalName().equals("FinalDraft")) {
            throw error("not an FDX file: the root element is <" + xml.getLocalName() + ">, expected <FinalDraft>");
        }
        String version = xml.getAttributeValue(null, "Version");
        if (version == null) {
            warnOnce("version", "<FinalDraft> has no Version; read as Final Draft 10+ (version 5)");
        } else if (!KNOWN_VERSIONS.contains(version.strip())) {
            throw error("unknown FDX version \"" + version + "\" (known: 1 to 6, as written by Final Draft 8 to 13)");
        }
        String type = xml.getAttributeValue(null, "DocumentType");
        if (type != null && !type.equalsIgnoreCase("Script")) {
            warnOnce("doctype", "DocumentType is \"" + type + "\", not \"Script\"; read as a script");
        }
        while (true) {
            event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "Content" -> readContent(body);
                    case "TitlePage" -> readTitlePage();
                    case "ElementSettings" -> readElementSettings();
                    case "PageLayout" -> readPageLayout();
                    case "HeaderAndFooter" -> headerFooter = readHeaderAndFooter();
                    case "MoresAndContinueds" -> readMores();
                    case "ScriptNotes" -> readScriptNotes();
                    case "Revisions" -> readRevisions();
                    case "SceneNumberOptions" -> {
                        sceneNumberOptions.putAll(attributes());
                        skip();
                    }
                    case "LockedPages" -> readLockedPages();
                    default -> skip();
                }
            } else {
                checkEvent(event);
            }
        }
        // Anything after the root is only comments and white space, or the parser complains.
        while (xml.hasNext()) {
            checkEvent(xml.next());
        }
    }

    private int nextSignificant() throws XMLStreamException, ScriptFormatException {
        while (xml.hasNext()) {
            int event = xml.next();
            checkEvent(event);
            if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
                return event;
            }
        }
        return XMLStreamConstants.END_DOCUMENT;
    }

    /** Refuses what a hardened reader must not act on, wherever it appears. */
    private void checkEvent(int event) throws ScriptFormatException {
        if (event == XMLStreamConstants.DTD) {
            throw error("DTDs are not allowed in an FDX file (refused for safety: entity expansion, external entities)");
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw error("entity reference &" + xml.getLocalName() + "; is not allowed in an FDX file");
        }
    }

    /** Reads one child element of the element being read; it must read or {@link #skip()} the child whole. */
    @FunctionalInterface
    private interface ChildReader {
        void read(String name) throws XMLStreamException, ScriptFormatException;
    }

    /**
     * Reads the children of the current element up to its end tag: each child element goes to
     * {@code reader} by name, and every other event is checked ({@link #checkEvent}).
     */
    private void children(ChildReader reader) throws XMLStreamException, ScriptFormatException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                reader.read(xml.getLocalName());
            } else {
                checkEvent(event);
            }
        }
    }

    /** Skips the current element and everything in it. */
    private void skip() throws XMLStreamException, ScriptFormatException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else {
                checkEvent(event);
            }
        }
    }

    private Map<String, String> attributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        return attributes;
    }

    private String attribute(String name) {
        return xml.getAttributeValue(null, name);
    }

    // ---- body ----

    private void readContent(List<FdxParagraph> into) throws XMLStreamException, ScriptFormatException {
        children(name -> {
            if (name.equals("Paragraph")) {
                into.add(readParagraph(0));
            } else {
                warnOnce("content:" + name, "<" + name + "> in <Content> skipped");
                skip();
            }
        });
    }

    /**
     * Reads a paragraph. {@code depth} counts the paragraphs and notes it stands in; past
     * {@link #MAX_DEPTH} a nested dual dialogue or note is skipped, so hostile nesting cannot
     * exhaust the stack.
     */
    private FdxParagraph readParagraph(int depth) throws XMLStreamException, ScriptFormatException {
        Location at = xml.getLocation();
        FdxParagraph paragraph = new FdxParagraph(at.getLineNumber(), at.getColumnNumber(), Math.max(at.getCharacterOffset(), 0));
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
            paragraph.attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                paragraph.endOffset = Math.max(xml.getLocation().getCharacterOffset(), paragraph.startOffset);
                return paragraph;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                checkEvent(event);
                continue;
            }
            switch (xml.getLocalName()) {
                case "Text" -> readText(paragraph);
                case "DualDialogue" -> {
                    if (depth > 0) {
                        warnOnce("dual-nested", "a dual dialogue inside a dual dialogue or note is left out");
                        skip();
                    } else {
                        readDualDialogue(paragraph, depth);
                    }
                }
                case "ScriptNote" -> {
                    int position = paragraph.length();
                    if (depth >= MAX_DEPTH) {
                        warnOnce("note-nested", "a note inside a note is left out");
                        skip();
                    } else {
                        paragraph.notes.add(new InlineNote(position, readNoteText(depth + 1)));
                    }
                }
                case "DynamicLabel" -> {
                    String type = attribute("Type");
                    warnOnce("label:" + type, "a <DynamicLabel Type=\"" + type + "\"> in the script's text is left out");
                    skip();
                }
                default -> skip(); // SceneProperties, Tabstops, OmittedScene...: not text of the paragraph.
            }
        }
    }

    private void readDualDialogue(FdxParagraph holder, int depth) throws XMLStreamException, ScriptFormatException {
        if (holder.dual == null) {
            holder.dual = new ArrayList<>();
        }
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (xml.getLocalName().equals("Paragraph")) {
                    holder.dual.add(readParagraph(depth + 1));
                } else {
                    skip();
                }
            } else {
                checkEvent(event);
            }
        }
    }

    private void readText(FdxParagraph paragraph) throws XMLStreamException, ScriptFormatException {
        String style = attribute("Style");
        String revision = attribute("RevisionID");
        String text = textOnly();
        if (text.isEmpty()) {
            return;
        }
        Set<Style> styles = EnumSet.noneOf(Style.class);
        boolean allCaps = false;
        if (style != null && !style.isBlank()) {
            for (String name : style.split("\\+")) {
                switch (name.strip().toLowerCase(Locale.ROOT)) {
                    case "bold" -> styles.add(Style.BOLD);
                    case "italic" -> styles.add(Style.ITALIC);
                    case "underline" -> styles.add(Style.UNDERLINE);
                    case "allcaps" -> allCaps = true;
                    case "" -> { }
                    default -> droppedStyles.merge(name.strip(), 1, Integer::sum);
                }
            }
        }
        String content = allCaps ? text.toUpperCase(Locale.ROOT) : text;
        int revisionId = 0;
        if (revision != null && !revision.isBlank()) {
            try {
                revisionId = Integer.parseInt(revision.strip());
            } catch (NumberFormatException e) {
                warnOnce("rev:" + revision, "RevisionID \"" + revision + "\" is not a number; the mark is left out");
            }
        }
        paragraph.append(content, styles, revisionId);
    }

    /** The text of a note: its paragraphs' text, one line each. */
    private String readNoteText(int depth) throws XMLStreamException, ScriptFormatException {
        StringBuilder text = new StringBuilder();
        boolean first = true;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return text.toString();
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (xml.getLocalName().equals("Paragraph")) {
                    FdxParagraph line = readParagraph(depth);
                    if (!first) {
                        text.append('\n');
                    }
                    first = false;
                    text.append(line.plain());
                } else {
                    skip();
                }
            } else {
                checkEvent(event);
            }
        }
    }

    private void readScriptNotes() throws XMLStreamException, ScriptFormatException {
        children(name -> {
            if (name.equals("ScriptNote")) {
                Location at = xml.getLocation();
                Map<String, String> attributes = attributes();
                String text = readNoteText(1);
                scriptNotes.add(new FdxScriptNote(at.getLineNumber(), at.getColumnNumber(), attributes, text));
            } else {
                skip();
            }
        });
    }

    // ---- title page ----

    private void readTitlePage() throws XMLStreamException, ScriptFormatException {
        children(name -> {
            if (name.equals("Content")) {
                readContent(titlePage);
            } else {
                skip();
            }
        });
    }

    // ---- layout ----

    private void readElementSettings() throws XMLStreamException, ScriptFormatException {
        String type = attribute("Type");
        Map<String, String> font = Map.of();
        Map<String, String> paragraph = Map.of();
        Map<String, String> behavior = Map.of();
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "FontSpec" -> font = attributes();
                    case "ParagraphSpec" -> paragraph = attributes();
                    case "Behavior" -> behavior = attributes();
                    default -> { }
                }
                skip();
            } else {
                checkEvent(event);
            }
        }
        if (type == null) {
            warnOnce("settings-type", "<ElementSettings> without a Type skipped");
            return;
        }
        String fontStyle = font.getOrDefault("Style", "");
        Set<String> fontStyles = new LinkedHashSet<>();
        for (String s : fontStyle.split("\\+")) {
            if (!s.isBlank()) {
                fontStyles.add(s.strip());
            }
        }
        elementStyles.add(new FdxLayout.ElementStyle(type, font.get("Font"), number(font.get("Size")), fontStyles,
                paragraph.get("Alignment"), number(paragraph.get("FirstIndent")), number(paragraph.get("LeftIndent")),
                number(paragraph.get("RightIndent")), number(paragraph.get("SpaceBefore")),
                number(paragraph.get("Spacing")), paragraph.get("Leading"),
                "Yes".equalsIgnoreCase(paragraph.get("StartsNewPage")), behavior.get("PaginateAs"),
                behavior.get("ReturnKey")));
    }

    private Double number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            warnOnce("number:" + value, "\"" + value + "\" is not a number; the setting is left out");
            return null;
        }
    }

    private void readPageLayout() throws XMLStreamException, ScriptFormatException {
        pageLayout.putAll(attributes());
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (xml.getLocalName().equals("PageSize")) {
                    pageWidth = number(attribute("Width"));
                    pageHeight = number(attribute("Height"));
                }
                skip();
            } else {
                checkEvent(event);
            }
        }
    }

    Double pageLayoutNumber(String name) {
        return number(pageLayout.get(name));
    }

    private FdxLayout.HeaderFooter readHeaderAndFooter() throws XMLStreamException, ScriptFormatException {
        Map<String, String> attributes = attributes();
        Band header = new Band();
        Band footer = new Band();
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return new FdxLayout.HeaderFooter(attributes, header.text.toString(), header.paragraph, header.tabs,
                        footer.text.toString(), footer.paragraph, footer.tabs);
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "Header" -> readBand(header);
                    case "Footer" -> readBand(footer);
                    default -> skip();
                }
            } else {
                checkEvent(event);
            }
        }
    }

    /** A header or footer as read: its text, its first paragraph's attributes and tab stops. */
    private static final class Band {
        final StringBuilder text = new StringBuilder();
        Map<String, String> paragraph = Map.of();
        final List<FdxLayout.TabStop> tabs = new ArrayList<>();
    }

    /** A header or footer's paragraphs as text, dynamic labels as {@code {Type}}. */
    private void readBand(Band band) throws XMLStreamException, ScriptFormatException {
        StringBuilder text = band.text;
        int depth = 1;
        int paragraphs = 0;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                switch (xml.getLocalName()) {
                    case "Paragraph" -> {
                        if (paragraphs++ > 0) {
                            text.append('\n');
                        } else {
                            band.paragraph = attributes();
                        }
                    }
                    case "DynamicLabel" -> text.append('{').append(attribute("Type")).append('}');
                    case "Tabstop" -> {
                        Double position = number(attribute("Position"));
                        if (paragraphs == 1 && position != null) {
                            String type = attribute("Type");
                            band.tabs.add(new FdxLayout.TabStop(position, type == null ? "Left" : type));
                        }
                    }
                    case "Text" -> {
                        text.append(textOnly());
                        depth--;
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else {
                checkEvent(event);
            }
        }
    }

    /** The character data of the current element, skipping any elements inside it; ends on its end tag. */
    private String textOnly() throws XMLStreamException, ScriptFormatException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return text.toString();
            }
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                skip();
            } else {
                checkEvent(event);
            }
        }
    }

    private void readMores() throws XMLStreamException, ScriptFormatException {
        Map<String, Map<String, String>> breaks = new HashMap<>();
        children(name -> {
            breaks.put(name, attributes());
            skip();
        });
        mores = new FdxLayout.MoresAndContinueds(breaks.getOrDefault("DialogueBreaks", Map.of()),
                breaks.getOrDefault("SceneBreaks", Map.of()));
    }

    // ---- revisions and locks ----

    private void readRevisions() throws XMLStreamException, ScriptFormatException {
        revisionAttributes.putAll(attributes());
        children(element -> {
            if (element.equals("Revision")) {
                readRevisionSet();
            }
            skip();
        });
    }

    /** One {@code <Revision>} of {@code <Revisions>}, from its attributes; its content is left to the caller. */
    private void readRevisionSet() {
        Map<String, String> attributes = attributes();
        int id;
        try {
            id = Integer.parseInt(attributes.getOrDefault("ID", "").strip());
        } catch (NumberFormatException e) {
            warnOnce("revset:" + attributes.get("ID"), "a revision set without a numeric ID is left out");
            return;
        }
        String name = attributes.getOrDefault("Name", "");
        String mark = attributes.getOrDefault("Mark", "");
        String color = attributes.getOrDefault("Color", "");
        attributes.keySet().removeAll(Set.of("ID", "Name", "Mark", "Color"));
        revisionSets.add(new FdxDocument.RevisionSet(id, name, mark, color, attributes));
    }

    private void readLockedPages() throws XMLStreamException, ScriptFormatException {
        lockedPages.putAll(attributes());
        children(name -> {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("#name", name);
            entry.putAll(attributes());
            lockedPageEntries.add(entry);
            skip();
        });
    }
}
