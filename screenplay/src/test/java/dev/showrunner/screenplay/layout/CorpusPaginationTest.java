package dev.showrunner.screenplay.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.fdx.Fdx;
import dev.showrunner.screenplay.fdx.FdxDocument;
import dev.showrunner.screenplay.fountain.Fountain;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fidelity bar: our pages break exactly where Final Draft 11's did, on every page of the
 * corpus scripts (test resources corpus/, MIT, from jumpcut). The check is pagecheck.py's,
 * ported in {@link PageCheck}: same body page count, and every page starts on the same line.
 */
class CorpusPaginationTest {

    @ParameterizedTest(name = "{0} ({1}) on {2} pages")
    @CsvSource({
        "brick-n-steel, feature, 4",
        "gumshoe, feature, 37",
        "big-fish, feature, 127",
        "mostly-genius, multi-camera, 52",
    })
    void corpusScript_laidOutInItsFormat_startsEveryPageWhereFinalDraftDid(String name, String format, int pages) throws IOException {
        Pages ours = Layout.paginate(Fountain.read(FdProbesTest.text("/corpus/" + name + "/source.fountain")));
        List<List<String>> reference;
        try (InputStream json = getClass().getResourceAsStream("/corpus/" + name + "/reference-pages.json")) {
            reference = PageCheck.reference(json);
        }
        PageCheck.Result result = PageCheck.compare(ours, reference, 1);

        assertThat(ours.format().name()).isEqualTo(format);
        assertThat(result.referencePages()).isEqualTo(pages);
        assertThat(result.candidatePages()).as("body pages").isEqualTo(pages);
        assertThat(result.mismatches()).as(result.toString()).isEmpty();
        assertThat(result.startExact()).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "{0}.fdx on {1} pages")
    @CsvSource({
        "gumshoe, 37",
        "big-fish, 127",
        "mostly-genius, 52",
    })
    void finalDraftFile_laidOutInTheLayoutItStates_startsEveryPageWhereFinalDraftDid(String name, int pages) throws Exception {
        byte[] fdx;
        try (InputStream in = getClass().getResourceAsStream("/corpus/" + name + "/source.fdx")) {
            fdx = in.readAllBytes();
        }
        FdxDocument document = Fdx.read(fdx, name + ".fdx");
        Pages ours = Layout.paginate(document.screenplay(), PageFormat.fromFinalDraft(document.layout()), LayoutOptions.DEFAULTS);
        List<List<String>> reference;
        try (InputStream json = getClass().getResourceAsStream("/corpus/" + name + "/reference-pages.json")) {
            reference = PageCheck.reference(json);
        }
        PageCheck.Result result = PageCheck.compare(ours, reference, 1);

        assertThat(result.candidatePages()).as("body pages").isEqualTo(pages);
        assertThat(result.mismatches()).as(result.toString()).isEmpty();
    }
}
