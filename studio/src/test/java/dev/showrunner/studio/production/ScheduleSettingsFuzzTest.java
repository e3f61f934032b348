package dev.showrunner.studio.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.production.ScheduleSettings;

class ScheduleSettingsFuzzTest {

    /**
     * Any day's hours and costs (the schedule page's query and form carry them as typed) give
     * settings in range whose address reads back to the same settings, or a 400 saying what is
     * wrong; nothing else escapes.
     */
    @FuzzTest(maxDuration = "20s")
    void hoursAndCosts_anyText_settingsOrBadRequest(FuzzedDataProvider data) {
        int eighths = data.consumeInt(-5, 900);
        String hours = data.consumeString(30);
        String moveCost = data.consumeString(24);
        String dayCost = data.consumeRemainingAsString();
        ScheduleSettings settings;
        try {
            settings = ScheduleParams.settings(eighths, "2027-03-01", hours, moveCost, dayCost);
        } catch (StudioException e) {
            assertThat(e.status()).isEqualTo(400);
            return;
        }
        assertThat(settings.minutesPerDay()).isBetween(0, 24 * 60);
        assertThat(settings.moveCost()).isBetween(0L, ScheduleSettings.MAX_COST);
        assertThat(settings.dayCost()).isBetween(0L, ScheduleSettings.MAX_COST);
        // what the address carries reads back to the same days
        assertThat(ScheduleParams.settings(settings.eighths(), settings.start().toString(), settings.hours(),
                String.valueOf(settings.moveCost()), String.valueOf(settings.dayCost()))).isEqualTo(settings);
    }
}
