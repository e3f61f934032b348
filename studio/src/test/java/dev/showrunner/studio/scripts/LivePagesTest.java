package dev.showrunner.studio.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.layout.Eighths;
import org.junit.jupiter.api.Test;

class LivePagesTest {

    @Test
    void render_shortScript_givesPagesScenesAndTheHeaderLabel() {
        LivePages.Result r = LivePages.render("Title: Night Shift\n\nINT. LAB - NIGHT\n\nMara types.\n\nEXT. ROOF - NIGHT\n\nWind.\n");
        assertThat(r.pageCount()).isEqualTo(1);
        assertThat(r.scenes()).extracting(LivePages.Scene::heading).containsExactly("INT. LAB - NIGHT", "EXT. ROOF - NIGHT");
        assertThat(r.scenes()).extracting(LivePages.Scene::line).containsExactly(3, 7);
        assertThat(r.length()).isEqualTo(Eighths.of(r.scenes().stream().mapToInt(s -> Eighths.parse(s.length()).value()).sum()));
        assertThat(r.pagesLabel()).isEqualTo("1 page · scenes " + r.length());
        assertThat(r.minutes()).isEqualTo(1);
        assertThat(r.html()).contains("<section class=\"page title-page\"", "NIGHT SHIFT", "id=\"page-1\"", "id=\"scene-2\" data-line=\"7\"");
        assertThat(r.problem()).isNull();
    }

    @Test
    void render_noScenes_countsPagesOnly() {
        LivePages.Result r = LivePages.render("Just some action.\n");
        assertThat(r.scenes()).isEmpty();
        assertThat(r.pagesLabel()).isEqualTo("1 page");
        assertThat(r.length()).isEqualTo(Eighths.ZERO);
    }

    @Test
    void failed_engineMessage_isShownEscapedInPlaceOfThePages() {
        LivePages.Result r = LivePages.failed(new IllegalStateException("line 12, column 1: pagination did not progress <here>"));
        assertThat(r.html()).isEqualTo("<div class=\"engine-error\" role=\"alert\"><p>The pages could not be laid out: "
                + "line 12, column 1: pagination did not progress &lt;here&gt;</p></div>");
        assertThat(r.html()).doesNotContain("at dev.showrunner");
        assertThat(r.pageCount()).isZero();
        assertThat(r.scenes()).isEmpty();
        assertThat(r.problem()).startsWith("line 12, column 1:");
    }
}
