package dev.showrunner.planning.schedule;

/**
 * The colour of a strip on the stripboard. One rule ({@link Reports#stripColour}) picks it;
 * the CSV writes its {@link #label()} and the PDF fills the strip with its {@link #rgb()}.
 *
 * <p>The convention (R. S. Singleton, <i>Film Scheduling</i>, 2nd ed. 1991, as tabulated in
 * Wikipedia's "Production board" article): white interior day, yellow exterior day, blue
 * interior night, green exterior night, black day breaks. The printed shades are light enough
 * for black text to stay legible, as the coloured card stock of paper strips was.
 */
public enum StripColour {
    WHITE(1f, 1f, 1f),
    YELLOW(1f, 0.93f, 0.40f),
    BLUE(0.62f, 0.78f, 1f),
    GREEN(0.60f, 0.88f, 0.56f),
    BLACK(0f, 0f, 0f);

    private final float red;
    private final float green;
    private final float blue;

    StripColour(float red, float green, float blue) {
        this.red = red;
        this.green = green;
        this.blue = blue;
    }

    /** The colour's name as the CSV writes it: "white", "yellow", ... */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Red, green and blue, each from 0 to 1, as the PDF fills the strip. */
    public float[] rgb() {
        return new float[] {red, green, blue};
    }
}
