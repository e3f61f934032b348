package dev.showrunner.studio.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.showrunner.screenplay.notes.Anchor;
import dev.showrunner.studio.errors.StudioException;

class SelectionsFuzzTest {

    /**
     * Any selection sent from a delivery's page (quote and line as typed, over any draft text)
     * gives an anchor inside the text whose exact words are the text's at its range, or a 400
     * naming the field; nothing else escapes.
     */
    @FuzzTest(maxDuration = "20s")
    void locate_anyQuoteAndLine_anchorInTheTextOrBadRequest(FuzzedDataProvider data) {
        int line = data.consumeInt(-3, 400);
        String quote = data.consumeString(200);
        String text = data.consumeRemainingAsString();
        Anchor anchor;
        try {
            anchor = Selections.locate(text, quote, line);
        } catch (StudioException e) {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.detail()).startsWith("quote:");
            return;
        }
        int length = text.codePointCount(0, text.length());
        assertThat(anchor.start()).isBetween(0, anchor.end());
        assertThat(anchor.end()).isLessThanOrEqualTo(length);
        int from = text.offsetByCodePoints(0, anchor.start());
        int to = text.offsetByCodePoints(0, anchor.end());
        assertThat(text.substring(from, to)).isEqualTo(anchor.exact());
    }

    /** Any range sent through the API gives the anchor of exactly those code points, or a 400. */
    @FuzzTest(maxDuration = "10s")
    void range_anyStartAndEnd_anchorOrBadRequest(FuzzedDataProvider data) {
        int start = data.consumeInt();
        int end = data.consumeInt();
        String text = data.consumeRemainingAsString();
        try {
            Anchor anchor = Selections.range(text, start, end);
            assertThat(anchor.start()).isEqualTo(start);
            assertThat(anchor.end()).isEqualTo(end);
        } catch (StudioException e) {
            assertThat(e.status()).isEqualTo(400);
        }
    }
}
