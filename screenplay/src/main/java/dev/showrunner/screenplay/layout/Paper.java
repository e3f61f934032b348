package dev.showrunner.screenplay.layout;

/** A sheet of paper, measured in inches. */
public enum Paper {
    /** US Letter, 8.5 x 11 in. */
    LETTER(8.5, 11.0),
    /** ISO A4, 210 x 297 mm. */
    A4(210 / 25.4, 297 / 25.4);

    private final double width;
    private final double height;

    Paper(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** Width in inches. */
    public double width() {
        return width;
    }

    /** Height in inches. */
    public double height() {
        return height;
    }
}
