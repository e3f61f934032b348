package dev.showrunner.studio.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.studio.scripts.Draft;
import dev.showrunner.studio.series.Episode;
import dev.showrunner.studio.store.Database;
import dev.showrunner.studio.web.Services;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoSeedTest {

    @TempDir
    Path dir;

    @Test
    void seedIfEmpty_freshStudio_makesASeasonOfThreeAndAPilotWithDraftsOnce() {
        try (Database db = Database.sqlite(dir)) {
            Services services = Services.over(db, 4);
            assertThat(DemoSeed.seedIfEmpty(services)).isTrue();
            assertThat(DemoSeed.seedIfEmpty(services)).isFalse();

            var signIn = services.accounts().signIn(DemoSeed.SHOWRUNNER_EMAIL, DemoSeed.PASSWORD, "test");
            assertThat(signIn.session().user().admin()).isTrue();
            var series = services.catalog().seriesFor(signIn.session().user().id(), false);
            assertThat(series).singleElement().extracting(s -> s.title()).isEqualTo("Brick & Steel");
            var episodes = services.catalog().episodes(series.getFirst().id(), false);
            assertThat(episodes).extracting(Episode::title).containsExactly("Full Retired", "Second Wind", "Cold Case");
            var drafts = services.scripts().drafts(episodes.getFirst().id());
            assertThat(drafts).extracting(Draft::number).containsExactly(4, 3, 2, 1);
            assertThat(drafts.getFirst().name()).isEqualTo("Blue pages");
            var issues = services.revisions().issues(episodes.getFirst().id());
            assertThat(issues).extracting(i -> i.title()).containsExactly("White (locked) — Production Draft", "Blue revision");
            assertThat(issues.get(1).pagesText()).contains("Blue Revision").contains("Neither");
            assertThat(services.scripts().draft(episodes.getFirst().id(), 4).body()).contains("EXT. BRICK'S PATIO - DAY");
        }
    }
}
