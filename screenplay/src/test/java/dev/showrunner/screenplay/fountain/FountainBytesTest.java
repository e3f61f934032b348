package dev.showrunner.screenplay.fountain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.model.Action;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.model.Span;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bytes, encodings, byte-order marks and line endings. */
class FountainBytesTest {

    private static final String SCRIPT = "Title: Test\n\nINT. HOUSE - DAY\n\nBOB\nHello.\n\nCUT TO:\n";

    @Test
    void readBytes_invalidUtf8_namesByteOffsetAndLine() {
        byte[] bytes = "INT. HOUSE\n\nCaf\u00e9 ok\nbad: X\n".getBytes(StandardCharsets.UTF_8);
        int bad = bytes.length - 2; // the 'X'
        bytes[bad] = (byte) 0xC3; // a lead byte followed by '\n' is malformed

        assertThatThrownBy(() -> Fountain.read(bytes, "scene.fountain"))
                .isInstanceOfSatisfying(ScriptFormatException.class, e -> {
                    assertThat(e.offset()).isEqualTo(bad);
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.column()).isEqualTo(6);
                    assertThat(e.source()).isEqualTo("scene.fountain");
                    assertThat(e.getMessage()).contains("scene.fountain:4:6", "byte offset " + bad, "line 4", "0xC3");
                });
    }

    @Test
    void readBytes_invalidUtf8AfterCrLineEndings_countsLinesLikeTheReader() {
        byte[] bytes = {'a', '\r', 'b', '\r', '\n', 'c', '\r', (byte) 0xFF};

        assertThatThrownBy(() -> Fountain.read(bytes, "x"))
                .isInstanceOfSatisfying(ScriptFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.offset()).isEqualTo(7);
                });
    }

    @Test
    void readBytes_truncatedSequenceAtEnd_isAnError() {
        byte[] bytes = {'o', 'k', (byte) 0xE2, (byte) 0x82};

        assertThatThrownBy(() -> Fountain.read(bytes, "x"))
                .isInstanceOfSatisfying(ScriptFormatException.class, e -> assertThat(e.offset()).isEqualTo(2));
    }

    @Test
    void readBytes_byteOrderMark_isSkipped() throws Exception {
        byte[] plain = SCRIPT.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[plain.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, withBom, 3, plain.length);

        assertThat(Fountain.read(withBom, "x")).isEqualTo(Fountain.read(plain, "x"));
        assertThat(Fountain.read(withBom, "x").titlePage().value("title")).contains("Test");
    }

    @Test
    void readText_byteOrderMark_isSkippedAndCountedInOffsets() {
        Screenplay s = Fountain.read("\uFEFFINT. HOUSE\n");

        assertThat(s.elements()).hasSize(1);
        assertThat(s.elements().getFirst().span()).isEqualTo(new Span(1, 11, 1, 1));
    }

    @Test
    void read_crlfAndCrLineEndings_giveTheSameModelAsLf() {
        Screenplay lf = Fountain.read(SCRIPT);
        Screenplay crlf = Fountain.read(SCRIPT.replace("\n", "\r\n"));
        Screenplay cr = Fountain.read(SCRIPT.replace("\n", "\r"));
        Screenplay mixed = Fountain.read("Title: Test\r\n\rINT. HOUSE - DAY\n\r\nBOB\rHello.\r\n\nCUT TO:\r");

        assertThat(crlf.withoutSpans()).isEqualTo(lf.withoutSpans());
        assertThat(cr.withoutSpans()).isEqualTo(lf.withoutSpans());
        assertThat(mixed.withoutSpans()).isEqualTo(lf.withoutSpans());
        assertThat(crlf.elements().get(1).span().line()).isEqualTo(lf.elements().get(1).span().line()).isEqualTo(5);
        assertThat(crlf.elements().get(1).span().start()).isEqualTo(lf.elements().get(1).span().start() + 4);
    }

    @Test
    void read_crlfInsideBoneyardAndAction_becomesLf() {
        Screenplay s = Fountain.read("/* a\r\nb */\r\n\r\nOne\r\nTwo\r\n\r\nINT. X\r\n");

        assertThat(Dump.of(s.withoutSpans())).isEqualTo("""
                Boneyard " a\\nb "
                Action "One\\nTwo"
                SceneHeading "INT. X" setting=INTERIOR location="X" time=""
                """);
        assertThat(s.elements().get(2).span().line()).isEqualTo(7);
    }

    @Test
    void read_emptyAndBlankInput_givesEmptyScreenplay() {
        assertThat(Fountain.read("")).isEqualTo(new Screenplay(dev.showrunner.screenplay.model.TitlePage.EMPTY, List.of()));
        assertThat(Fountain.read("\n \t\n\r\n").elements()).isEmpty();
        assertThat(Fountain.read("\uFEFF").elements()).isEmpty();
    }

    @Test
    void read_tabs_areKeptInAction() {
        Screenplay s = Fountain.read("\tOne tab.\n\t\tTwo tabs.\n");

        assertThat(((Action) s.elements().getFirst()).text().plain()).isEqualTo("\tOne tab.\n\t\tTwo tabs.");
    }

    @Test
    void write_emptyScreenplay_isEmptyText() {
        assertThat(Fountain.write(Screenplay.of())).isEmpty();
    }
}
