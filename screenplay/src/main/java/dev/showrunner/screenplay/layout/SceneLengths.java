package dev.showrunner.screenplay.layout;

import java.util.List;

/**
 * What pagination knows about length: the page count and each scene's length in eighths of a
 * page. Scenes are indexed in order of their headings, from 0.
 */
public interface SceneLengths {

    /** Body pages, title page excluded. */
    int pageCount();

    /** The scene's length in eighths (a page is 8; anything under an eighth counts as 1). */
    int eighths(int sceneIndex);

    /** The scene's length as a value: {@code Eighths.of(eighths(sceneIndex))}. */
    default Eighths length(int sceneIndex) {
        return Eighths.of(eighths(sceneIndex));
    }

    /** The body page the scene's heading is printed on, as printed ("12", "23A"). */
    String startPage(int sceneIndex);

    /** The lengths a layout measured. */
    static SceneLengths of(Layout.Summary layout) {
        List<SceneLength> scenes = layout.scenes();
        return new SceneLengths() {
            @Override
            public int pageCount() {
                return layout.pageCount();
            }

            @Override
            public int eighths(int sceneIndex) {
                return scenes.get(sceneIndex).eighths();
            }

            @Override
            public String startPage(int sceneIndex) {
                return Integer.toString(scenes.get(sceneIndex).firstPage());
            }
        };
    }
}
