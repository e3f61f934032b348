package dev.showrunner.print;

import java.awt.geom.GeneralPath;
import java.util.List;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * A PDFBox font mapper for a process that only writes PDFs. PDFBox looks up a system font to
 * render each standard-14 font with as soon as one is created, which scans the machine's fonts;
 * writing never renders, and the standard fonts' metrics come from PDFBox's own AFM files, so
 * the lookup is skipped. Glyph outlines from this mapper are empty. The Liberation fonts that
 * stand in for characters WinAnsi lacks ({@link FallbackFonts}) are embedded from this module's
 * resources and never looked up through a mapper, so they are the same with this one or without.
 */
final class WriteOnlyFonts implements FontMapper {

    private static final FontBoxFont NONE = new FontBoxFont() {
        @Override
        public String getName() {
            return "none";
        }

        @Override
        public BoundingBox getFontBBox() {
            return new BoundingBox(0, 0, 600, 1000);
        }

        @Override
        public List<Number> getFontMatrix() {
            return List.of(0.001f, 0f, 0f, 0.001f, 0f, 0f);
        }

        @Override
        public GeneralPath getPath(String name) {
            return new GeneralPath();
        }

        @Override
        public float getWidth(String name) {
            return 600;
        }

        @Override
        public boolean hasGlyph(String name) {
            return true;
        }
    };

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(null, true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(NONE, false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping((OpenTypeFont) null, NONE, true);
    }
}
