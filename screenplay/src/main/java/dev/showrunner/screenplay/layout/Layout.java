package dev.showrunner.screenplay.layout;

import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.model.TitlePage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Lays a screenplay out on pages by Final Draft's rules (docs/pagination.md).
 *
 * <p>{@link #paginate(Screenplay)} gives the whole {@link Pages} value; {@link #stream} hands
 * each page to a consumer as soon as it is finished, for scripts too long to hold twice.
 * Layout is total: every screenplay, the empty one included, gives at least one page.
 */
public final class Layout {

    private Layout() {}

    /** Lays the script out in the format its title page asks for, with Final Draft's default options. */
    public static Pages paginate(Screenplay script) {
        return paginate(script, PageFormat.forScript(script), LayoutOptions.DEFAULTS);
    }

    public static Pages paginate(Screenplay script, PageFormat format, LayoutOptions options) {
        List<Page> pages = new ArrayList<>();
        Summary summary = stream(script, format, options, pages::add);
        return new Pages(format, options, summary.titlePage(), pages, summary.scenes());
    }

    /**
     * Lays the script out and hands each body page to {@code sink} in order, as it is finished.
     *
     * @return the page count, the title page to print and the scene lengths
     */
    public static Summary stream(Screenplay script, PageFormat format, LayoutOptions options, Consumer<Page> sink) {
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(sink, "sink");
        Paginator paginator = new Paginator(format, options, sink);
        paginator.run(Blocks.of(script.elements(), format, options));
        TitlePage title = options.titlePage() ? script.titlePage() : TitlePage.EMPTY;
        return new Summary(paginator.pageCount(), title, List.copyOf(paginator.scenes()));
    }

    /**
     * What a streamed layout reports at its end.
     *
     * @param pageCount body pages handed to the sink
     * @param titlePage the title page to print, empty when none
     * @param scenes every scene's length
     */
    public record Summary(int pageCount, TitlePage titlePage, List<SceneLength> scenes) {}
}
