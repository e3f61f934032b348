package dev.showrunner.studio.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.showrunner.studio.errors.StudioException;
import java.util.ArrayList;
import java.util.List;

class BoardFormFuzzTest {

    /**
     * Any strips' form and any locks (the schedule page's query carries them) give a board and
     * a set of scenes in range, or a 400 saying what is wrong; nothing else escapes.
     */
    @FuzzTest(maxDuration = "20s")
    void movesAndLocks_anyQuery_boardOrBadRequest(FuzzedDataProvider data) {
        int scenes = data.consumeInt(1, 400);
        List<String> days = new ArrayList<>();
        int count = data.consumeInt(0, 8);
        for (int i = 0; i < count; i++) {
            days.add(data.consumeString(24));
        }
        try {
            int[] board = BoardForm.moved(days, scenes);
            assertThat(board).hasSize(scenes);
        } catch (StudioException e) {
            assertThat(e.status()).isEqualTo(400);
        }
        try {
            assertThat(BoardForm.locks(data.consumeRemainingAsString(), scenes))
                    .allSatisfy(scene -> assertThat(scene).isBetween(1, scenes));
        } catch (StudioException e) {
            assertThat(e.status()).isEqualTo(400);
        }
    }
}
