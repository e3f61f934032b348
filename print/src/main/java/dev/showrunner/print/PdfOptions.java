package dev.showrunner.print;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How a PDF is written.
 *
 * @param font a TrueType font file to embed (e.g. Courier Prime) instead of the standard
 *     Courier family; empty for Courier. The layout assumes 10 characters to the inch: a
 *     proportional font prints, but its lines will not fill the columns as designed.
 */
public record PdfOptions(Optional<Path> font) {

    public static final PdfOptions DEFAULTS = new PdfOptions(Optional.empty());

    public PdfOptions {
        java.util.Objects.requireNonNull(font, "font");
    }

    public static PdfOptions withFont(Path trueType) {
        return new PdfOptions(Optional.of(trueType));
    }
}
