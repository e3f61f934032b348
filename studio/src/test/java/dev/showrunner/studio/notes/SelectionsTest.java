package dev.showrunner.studio.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.showrunner.screenplay.notes.Anchor;
import dev.showrunner.studio.errors.StudioException;
import org.junit.jupiter.api.Test;

class SelectionsTest {

    static final String TEXT = "INT. ROOM - DAY\n\nShe says _yes_.\n\nINT. HALL - NIGHT\n\nShe says yes.\n\n🎬 Cut to black.\n";

    @Test
    void locate_aQuoteThatRecurs_takesTheOccurrenceFromTheLineTheSelectionBeganOn() {
        Anchor first = Selections.locate(TEXT, "She says yes.", 3);
        Anchor second = Selections.locate(TEXT, "She says yes.", 7);
        assertThat(first.exact()).isEqualTo("She says _yes_.");
        assertThat(second.exact()).isEqualTo("She says yes.");
        assertThat(second.start()).isGreaterThan(first.start());
        // a line past both occurrences: the nearest one before it
        assertThat(Selections.locate(TEXT, "She says yes.", 9).start()).isEqualTo(second.start());
    }

    @Test
    void locate_afterAnAstralCharacter_countsCodePointsNotCharUnits() {
        Anchor cut = Selections.locate(TEXT, "Cut to black.", 9);
        int utf16 = TEXT.indexOf("Cut to black.");
        assertThat(cut.start()).isEqualTo(TEXT.codePointCount(0, utf16)).isEqualTo(utf16 - 1);
        assertThat(cut.exact()).isEqualTo("Cut to black.");
    }

    @Test
    void locate_blankOrMissingOrTooLong_isRefusedNamingTheQuote() {
        assertThatThrownBy(() -> Selections.locate(TEXT, "  \n", 1)).isInstanceOf(StudioException.class)
                .hasMessageContaining("quote:");
        assertThatThrownBy(() -> Selections.locate(TEXT, "***", 1)).hasMessageContaining("quote: holds no words");
        assertThatThrownBy(() -> Selections.locate(TEXT, "x".repeat(Selections.MAX_QUOTE + 1), 1))
                .hasMessageContaining("quote: longer than");
    }
}
