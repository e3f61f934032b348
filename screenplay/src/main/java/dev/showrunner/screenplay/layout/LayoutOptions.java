package dev.showrunner.screenplay.layout;

/**
 * Final Draft's print options.
 *
 * @param automaticContd add {@code (CONT'D)} to a cue when the same character speaks again in
 *     the same scene with only action between
 * @param moreAndContd split a speech across pages with {@code (MORE)} at the foot and the cue
 *     repeated with {@code (CONT'D)} at the head of the next page
 * @param sceneNumbers which scene numbers to print, in both margins
 * @param continuedMarkers print {@code (CONTINUED)} at the foot and {@code CONTINUED:} at the head
 *     of a page when a scene runs across the break (outside the body: no effect on the breaks)
 * @param titlePage print the title page, when the script has one
 */
public record LayoutOptions(
        boolean automaticContd, boolean moreAndContd, SceneNumbers sceneNumbers, boolean continuedMarkers,
        boolean titlePage) {

    /** Final Draft's defaults: automatic (CONT'D), (MORE)/(CONT'D), numbers as written, no CONTINUED, title page. */
    public static final LayoutOptions DEFAULTS = new LayoutOptions(true, true, SceneNumbers.AS_WRITTEN, false, true);

    public LayoutOptions {
        java.util.Objects.requireNonNull(sceneNumbers, "sceneNumbers");
    }

    /** Which scene numbers are printed. */
    public enum SceneNumbers {
        /** None. */
        NONE,
        /** Those written in the script ({@code #12A#} in Fountain). */
        AS_WRITTEN,
        /** Every scene: the written number, else the next in sequence. */
        ALL
    }

    public LayoutOptions withAutomaticContd(boolean on) {
        return new LayoutOptions(on, moreAndContd, sceneNumbers, continuedMarkers, titlePage);
    }

    public LayoutOptions withMoreAndContd(boolean on) {
        return new LayoutOptions(automaticContd, on, sceneNumbers, continuedMarkers, titlePage);
    }

    public LayoutOptions withSceneNumbers(SceneNumbers which) {
        return new LayoutOptions(automaticContd, moreAndContd, which, continuedMarkers, titlePage);
    }

    public LayoutOptions withContinuedMarkers(boolean on) {
        return new LayoutOptions(automaticContd, moreAndContd, sceneNumbers, on, titlePage);
    }

    public LayoutOptions withTitlePage(boolean on) {
        return new LayoutOptions(automaticContd, moreAndContd, sceneNumbers, continuedMarkers, on);
    }
}
