package dev.showrunner.studio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.fdx.Fdx;
import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.model.Screenplay;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ConvertCommandTest {

    static final String FOUNTAIN = """
            Title: The Ledger
            Author: Ann Writer

            INT. WAREHOUSE - NIGHT #12A#

            Rain drums on the roof. **BRICK** steps out.

            BRICK (V.O.)
            (low)
            Nobody leaves.

            STEEL ^
            Nobody.

            > CUT TO:
            """;

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Showrunner.commandLine();
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void convert_fountainToFdxAndBack_keepsTheScript() throws Exception {
        Path fountain = file("ledger.fountain", FOUNTAIN);
        Path fdx = dir.resolve("ledger.fdx");
        Path back = dir.resolve("back.fountain");

        assertThat(run("convert", fountain.toString(), fdx.toString())).isEqualTo(0);
        assertThat(run("convert", fdx.toString(), back.toString())).isEqualTo(0);

        Screenplay original = Fountain.read(FOUNTAIN).withoutSpans();
        assertThat(Fdx.read(Files.readAllBytes(fdx), "ledger.fdx").screenplay().withoutSpans()).isEqualTo(original);
        assertThat(Fountain.read(Files.readString(back)).withoutSpans()).isEqualTo(original);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void convert_brokenFdx_exitsOneNamingFileAndLine() throws Exception {
        Path fdx = file("broken.fdx", "<FinalDraft Version=\"5\">\n<Content>\n<Paragraph><Text>cut off");
        int code = run("convert", fdx.toString(), dir.resolve("out.fountain").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("broken.fdx:3:").contains("ends too soon").doesNotContain("Exception");
        assertThat(dir.resolve("out.fountain")).doesNotExist();
    }

    @Test
    void convert_unknownOutputExtension_isUsageError() throws Exception {
        Path fountain = file("a.fountain", FOUNTAIN);
        assertThat(run("convert", fountain.toString(), dir.resolve("a.docx").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("a.docx").contains(".fdx");
    }

    @Test
    void convert_unknownInputExtension_isUsageError() throws Exception {
        Path odd = file("a.docx", FOUNTAIN);
        assertThat(run("convert", odd.toString(), dir.resolve("a.fdx").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("a.docx").contains("cannot tell which format");
    }

    @Test
    void convert_sameFile_isUsageError() throws Exception {
        Path fdx = file("same.fdx", Fdx.write(Fountain.read(FOUNTAIN)));
        assertThat(run("convert", fdx.toString(), fdx.toString())).isEqualTo(2);
        assertThat(Files.readString(fdx)).contains("<FinalDraft");
    }

    @Test
    void convert_missingInput_saysNoSuchFile() {
        assertThat(run("convert", dir.resolve("none.fdx").toString(), dir.resolve("a.fountain").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("none.fdx: no such file");
    }

    @Test
    void convert_fdxWithUnknownType_warnsAndKeepsIt() throws Exception {
        Path fdx = file("odd.fdx", """
                <FinalDraft DocumentType="Script" Template="No" Version="5"><Content>
                <Paragraph Type="Montage"><Text>Running.</Text></Paragraph>
                </Content></FinalDraft>
                """);
        Path out = dir.resolve("odd-out.fdx");
        assertThat(run("convert", fdx.toString(), out.toString())).isEqualTo(0);
        assertThat(err.toString()).contains("odd.fdx:2:").contains("warning").contains("Montage");
        assertThat(Files.readString(out)).contains("<Paragraph Type=\"Montage\">");
    }

    @Test
    void read_byExtension_readsBothFormats() throws Exception {
        Path fountain = file("x.spmd", FOUNTAIN);
        Screenplay screenplay = ScriptFiles.read(fountain);
        Path fdx = file("x.fdx", Fdx.write(screenplay));
        assertThat(ScriptFiles.read(fdx).withoutSpans()).isEqualTo(screenplay.withoutSpans());
    }
}
