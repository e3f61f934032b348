package dev.showrunner.screenplay.layout;

import dev.showrunner.screenplay.model.TitlePage;
import java.util.List;
import java.util.Objects;

/**
 * A script laid out on pages: the one layout that PDF, HTML preview, page counts and eighths
 * all read, so that a page number means the same page everywhere.
 *
 * @param format the page format used
 * @param options the print options used
 * @param titlePage the title page to print, {@link TitlePage#EMPTY} when none is printed
 * @param pages the body pages, numbered from 1
 * @param scenes every scene's length, in order
 */
public record Pages(PageFormat format, LayoutOptions options, TitlePage titlePage, List<Page> pages, List<SceneLength> scenes)
        implements SceneLengths {

    public Pages {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(titlePage, "titlePage");
        pages = List.copyOf(pages);
        scenes = List.copyOf(scenes);
    }

    /** Body pages (the title page not counted); at least 1. */
    public int count() {
        return pages.size();
    }

    public Page page(int number) {
        return pages.get(number - 1);
    }

    @Override
    public int pageCount() {
        return count();
    }

    @Override
    public int eighths(int sceneIndex) {
        return scenes.get(sceneIndex).eighths();
    }

    @Override
    public String startPage(int sceneIndex) {
        return Integer.toString(scenes.get(sceneIndex).firstPage());
    }

    /** Whether a title page is printed before the body. */
    public boolean hasTitlePage() {
        return !titlePage.isEmpty();
    }
}
