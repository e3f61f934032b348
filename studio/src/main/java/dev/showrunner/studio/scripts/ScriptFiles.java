package dev.showrunner.studio.scripts;

import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.studio.errors.StudioException;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/*
 * Imports are refused unless they are scripts: the extension must be one the studio reads, the
 * bytes must decode strictly (UTF-8 for Fountain), and a text holding NUL characters is taken
 * for a binary file in disguise.
 *
 * The FDX path is a small reader kept here until the screenplay module's FDX reader lands: it
 * maps each <Paragraph Type=...> of <Content> to its Fountain form. The XML parser refuses DTDs
 * and external entities (no XXE, no entity expansion bombs).
 */

/** Reads an uploaded script file (Fountain or Final Draft) into Fountain text. */
public final class ScriptFiles {

    private ScriptFiles() {}

    public static String read(String filename, byte[] bytes) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        String text;
        if (name.endsWith(".fountain") || name.endsWith(".spmd") || name.endsWith(".txt")) {
            text = utf8(filename, bytes);
        } else if (name.endsWith(".fdx")) {
            text = fdx(filename, bytes);
        } else {
            throw StudioException.badRequest("file: " + filename + " is not a script file (use .fountain, .txt or .fdx)");
        }
        if (text.indexOf('\0') >= 0) {
            throw StudioException.badRequest("file: " + filename + " holds binary data; it is not a script file");
        }
        return text;
    }

    private static String utf8(String filename, byte[] bytes) {
        try {
            // The engine's reader checks the bytes strictly and says where they go wrong.
            Fountain.read(bytes, filename);
        } catch (ScriptFormatException e) {
            throw StudioException.badRequest("file: " + e.getMessage() + " (is it a Fountain script?)");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw StudioException.badRequest("file: " + filename + " is not UTF-8 text; it is not a Fountain script");
        }
    }

    private static String fdx(String filename, byte[] bytes) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        StringBuilder out = new StringBuilder();
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            boolean inContent = false;
            boolean sawRoot = false;
            String type = null;
            StringBuilder para = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String local = xml.getLocalName();
                    if (!sawRoot) {
                        if (!local.equals("FinalDraft")) {
                            throw StudioException.badRequest("file: " + filename + " is XML but not a Final Draft document");
                        }
                        sawRoot = true;
                    }
                    if (local.equals("Content")) {
                        inContent = true;
                    } else if (inContent && local.equals("Paragraph") && para == null) {
                        type = xml.getAttributeValue(null, "Type");
                        para = new StringBuilder();
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && para != null) {
                    para.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String local = xml.getLocalName();
                    if (local.equals("Content")) {
                        inContent = false;
                    } else if (local.equals("Paragraph") && para != null) {
                        fountainParagraph(out, type, para.toString().strip());
                        para = null;
                    }
                }
            }
            if (!sawRoot) {
                throw StudioException.badRequest("file: " + filename + " is empty");
            }
        } catch (XMLStreamException e) {
            var where = e.getLocation();
            throw StudioException.badRequest("file: " + filename + " is not well-formed XML"
                    + (where == null ? "" : " at line " + where.getLineNumber() + ", column " + where.getColumnNumber()));
        }
        return out.toString().strip() + "\n";
    }

    private static void fountainParagraph(StringBuilder out, String type, String text) {
        if (text.isEmpty()) {
            return;
        }
        String t = type == null ? "Action" : type;
        switch (t) {
            case "Scene Heading" -> out.append("\n").append(text.toUpperCase(Locale.ROOT).matches("^(INT|EXT|EST|I/E).*") ? "" : ".")
                    .append(text).append("\n");
            case "Character" -> out.append("\n").append(text.equals(text.toUpperCase(Locale.ROOT)) ? "" : "@").append(text).append("\n");
            case "Parenthetical" -> out.append(text.startsWith("(") ? text : "(" + text + ")").append("\n");
            case "Dialogue" -> out.append(text).append("\n");
            case "Transition" -> out.append("\n").append(text.endsWith("TO:") ? "" : "> ").append(text).append("\n");
            case "Shot" -> out.append("\n").append(text.toUpperCase(Locale.ROOT)).append("\n");
            default -> out.append("\n").append(text).append("\n");
        }
    }
}
