package dev.showrunner.screenplay.revision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.revision.LineDiff.Kind;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void diff_oneWordReplaced_onlyThatWordChanges() {
        assertThat(WordDiff.diff("He walks to the door.", "He runs to the door.")).containsExactly(
                new TextEdit(Kind.EQUAL, "He ", "He "),
                new TextEdit(Kind.REPLACE, "walks", "runs"),
                new TextEdit(Kind.EQUAL, " to the door.", " to the door."));
    }

    @Test
    void diff_punctuationChanged_onlyThePunctuation() {
        assertThat(WordDiff.diff("Wait.", "Wait!")).containsExactly(
                new TextEdit(Kind.EQUAL, "Wait", "Wait"),
                new TextEdit(Kind.REPLACE, ".", "!"));
    }

    @Test
    void tokens_contraction_staysOneWord() {
        assertThat(WordDiff.tokens("Don't go!")).containsExactly("Don't", " ", "go", "!");
    }
}
