package dev.showrunner.screenplay.stats;

/**
 * What pagination knows about length: the page count and each scene's length in eighths of a
 * page. Scenes are indexed in order of their headings, from 0.
 */
public interface SceneLengths {

    /** Body pages, title page excluded. */
    int pageCount();

    /** The scene's length in eighths (a page is 8; anything under an eighth counts as 1). */
    int eighths(int sceneIndex);

    /** The body page the scene's heading is printed on, as printed ("12", "23A"). */
    String startPage(int sceneIndex);
}
