package dev.showrunner.screenplay;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Text for HTML: the one escaping rule every page Showrunner writes (print, diffs, the studio) uses. */
public final class Html {

    private Html() {}

    /** {@code text} with the five characters that matter in HTML text and attribute values escaped. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        try {
            escape(text, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return out.toString();
    }

    /** Appends {@code text} to {@code out} with the five characters that matter in HTML escaped. */
    public static void escape(String text, Appendable out) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
