package dev.showrunner.screenplay.fdx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.showrunner.screenplay.ScriptFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken input: every case is a clear error with a place, never a hang or a trace. */
class FdxBadInputTest {

    private static ScriptFormatException failure(String xml) {
        try {
            Fdx.read(xml.getBytes(StandardCharsets.UTF_8), "bad.fdx");
        } catch (ScriptFormatException e) {
            return e;
        }
        throw new AssertionError("read did not fail");
    }

    @Test
    void read_billionLaughs_failsFastNamingTheDtd() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        xml.append(" <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
        for (int i = 2; i <= 9; i++) {
            xml.append(" <!ENTITY lol").append(i).append(" \"");
            xml.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        xml.append("]>\n<FinalDraft Version=\"5\"><Content><Paragraph Type=\"Action\"><Text>&lol9;</Text></Paragraph></Content></FinalDraft>\n");
        ScriptFormatException e = failure(xml.toString());
        assertThat(e.getMessage()).startsWith("bad.fdx:").contains("DTD");
        assertThat(e.line()).isPositive();
    }

    @Test
    void read_externalEntity_refused() {
        ScriptFormatException e = failure("""
                <?xml version="1.0"?>
                <!DOCTYPE x [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                <FinalDraft Version="5"><Content><Paragraph Type="Action"><Text>&secret;</Text></Paragraph></Content></FinalDraft>
                """);
        assertThat(e.getMessage()).contains("DTD").doesNotContain("root:");
    }

    @Test
    void read_undeclaredEntity_clearError() {
        ScriptFormatException e = failure("<FinalDraft Version=\"5\"><Content><Paragraph Type=\"Action\"><Text>&nope;</Text></Paragraph></Content></FinalDraft>");
        assertThat(e.getMessage()).contains("nope");
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void read_truncatedFile_saysItEndsTooSoonWithLine() {
        ScriptFormatException e = failure("<FinalDraft Version=\"5\">\n<Content>\n<Paragraph Type=\"Action\">\n<Text>Half a sen");
        assertThat(e.getMessage()).contains("ends too soon");
        assertThat(e.line()).isEqualTo(4);
    }

    @Test
    void read_fountainText_saysNotXml() {
        ScriptFormatException e = failure("INT. HOUSE - DAY\n\nShe waits.\n");
        assertThat(e.getMessage()).contains("not well-formed XML").contains("bad.fdx:1:1");
    }

    /** Found by fuzzing: the JDK parser throws MissingResourceException for this DTD. */
    @Test
    void read_invalidCharacterInDtd_clearErrorNotParserCrash() {
        ScriptFormatException e = failure("<?xml version=\"1.0\"?>\n<!DOCTYPE l [<!ENTITY a \"aaX\u0000\u0000\u0000aa\">]>\n<FinalDraft/>");
        assertThat(e.getMessage()).startsWith("bad.fdx:").contains("not");
    }

    @Test
    void read_deeplyNestedNotesAndDualDialogues_noStackExhaustion() {
        int depth = 50_000;
        String nested = "<Paragraph Type=\"Action\"><ScriptNote><DualDialogue>".repeat(depth)
                + "</DualDialogue></ScriptNote></Paragraph>".repeat(depth);
        String xml = "<FinalDraft Version=\"5\"><Content>" + nested + "</Content></FinalDraft>";
        try {
            FdxDocument document = Fdx.read(xml.getBytes(StandardCharsets.UTF_8), "deep.fdx");
            assertThat(document.screenplay().elements()).hasSize(1);
        } catch (ScriptFormatException e) {
            assertThat(e.getMessage()).startsWith("deep.fdx:");
        }
    }

    @Test
    void read_emptyInput_clearError() {
        ScriptFormatException e = failure("");
        assertThat(e.getMessage()).startsWith("bad.fdx");
    }

    @Test
    void read_wrongRoot_namesTheRoot() {
        ScriptFormatException e = failure("<?xml version=\"1.0\"?>\n<html><body/></html>");
        assertThat(e.getMessage()).contains("<html>").contains("<FinalDraft>");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void read_unknownVersion_namesTheVersion() {
        ScriptFormatException e = failure("<FinalDraft DocumentType=\"Script\" Version=\"99\"><Content/></FinalDraft>");
        assertThat(e.getMessage()).contains("unknown FDX version \"99\"");
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void read_mismatchedTags_namesLineAndColumn() {
        ScriptFormatException e = failure("<FinalDraft Version=\"5\">\n<Content>\n<Paragraph Type=\"Action\"><Text>x</Paragraph>\n</Content></FinalDraft>");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isPositive();
    }

    @Test
    void read_binaryGarbage_clearError() {
        byte[] garbage = new byte[512];
        new java.util.Random(7).nextBytes(garbage);
        assertThatThrownBy(() -> Fdx.read(garbage, "noise.fdx"))
                .isInstanceOf(ScriptFormatException.class)
                .hasMessageStartingWith("noise.fdx");
    }

    @Test
    void read_latin1DeclaredEncoding_decodedAsDeclared() throws ScriptFormatException {
        byte[] latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><FinalDraft Version=\"5\"><Content><Paragraph Type=\"Action\"><Text>Caf\u00e9</Text></Paragraph></Content></FinalDraft>"
                .getBytes(StandardCharsets.ISO_8859_1);
        FdxDocument document = Fdx.read(latin1, "latin.fdx");
        assertThat(document.screenplay().withoutSpans().elements().getFirst()).isEqualTo(dev.showrunner.screenplay.model.Action.of("Caf\u00e9"));
    }

    @Test
    void read_utf8WithByteOrderMark_read() throws ScriptFormatException {
        byte[] body = "<FinalDraft Version=\"5\"><Content><Paragraph Type=\"Action\"><Text>\u00c9t\u00e9</Text></Paragraph></Content></FinalDraft>".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(Fdx.read(withBom, "bom.fdx").screenplay().withoutSpans().elements().getFirst())
                .isEqualTo(dev.showrunner.screenplay.model.Action.of("\u00c9t\u00e9"));
    }

    @Test
    void read_latin1BytesWithoutDeclaration_notUtf8Error() {
        byte[] latin1 = "<FinalDraft Version=\"5\"><Content><Paragraph Type=\"Action\"><Text>Caf\u00e9</Text></Paragraph></Content></FinalDraft>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> Fdx.read(latin1, "latin.fdx")).isInstanceOf(ScriptFormatException.class)
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void read_noVersion_readWithAWarning() throws ScriptFormatException {
        FdxDocument document = Fdx.read("<FinalDraft><Content><Paragraph Type=\"Action\"><Text>x</Text></Paragraph></Content></FinalDraft>"
                .getBytes(StandardCharsets.UTF_8), "old.fdx");
        assertThat(document.screenplay().elements()).hasSize(1);
        assertThat(document.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("Version"));
    }

    /**
     * A 50 MB script, generated to a file and streamed from it: the reader keeps only the model
     * (no DOM), so this runs in the test JVM's ordinary heap. No timing is asserted here; the
     * benchmark measures speed.
     */
    @Test
    void read_fiftyMegabyteFile_streamsToTheEnd(@TempDir Path dir) throws IOException, ScriptFormatException {
        Path file = dir.resolve("big.fdx");
        long paragraphs = 0;
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<FinalDraft DocumentType=\"Script\" Template=\"No\" Version=\"5\">\n<Content>\n"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] scene = ("""
                    <Paragraph Type="Scene Heading"><Text>INT. WAREHOUSE - NIGHT</Text></Paragraph>
                    <Paragraph Type="Action"><Text>Rain drums on the roof. BRICK steps out of the dark, gun </Text><Text Style="Bold">drawn</Text><Text>.</Text></Paragraph>
                    <Paragraph Type="Character"><Text>BRICK</Text></Paragraph>
                    <Paragraph Type="Parenthetical"><Text>(low)</Text></Paragraph>
                    <Paragraph Type="Dialogue"><Text>Nobody leaves until I know who took the ledger.</Text></Paragraph>
                    """).getBytes(StandardCharsets.UTF_8);
            long written = 0;
            while (written < 50L * 1024 * 1024) {
                out.write(scene);
                written += scene.length;
                paragraphs += 5;
            }
            out.write("</Content>\n</FinalDraft>\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.size(file)).isGreaterThan(50L * 1024 * 1024);
        FdxDocument document;
        try (InputStream in = Files.newInputStream(file)) {
            document = Fdx.read(in, "big.fdx");
        }
        assertThat(document.screenplay().elements()).hasSize((int) (paragraphs / 5 * 3));
        assertThat(document.screenplay().sceneHeadings()).hasSize((int) (paragraphs / 5));
    }
}
