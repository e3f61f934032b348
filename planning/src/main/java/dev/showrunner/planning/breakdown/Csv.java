package dev.showrunner.planning.breakdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CSV the breakdown and the schedule reports write (RFC 4180): comma-separated cells, a
 * cell with a comma, a quote or a line break quoted, quotes doubled, one row a line. Every
 * CSV the command line and the studio write goes through {@link #row}, so that a cell taken
 * from a script can never run as a spreadsheet formula ({@link #cell}).
 */
public final class Csv {

    private Csv() {}

    /** Appends one row of {@code cells} (null as empty) and its line break to {@code out}. */
    public static void row(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            String c = cell(cells[i]);
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                out.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                out.append(c);
            }
        }
        out.append('\n');
    }

    /**
     * The cell as written, before quoting: a cell that begins with {@code = + - @}, a tab or a
     * carriage return gets a leading apostrophe, so that a spreadsheet shows it as text rather
     * than running it (OWASP's rule against CSV injection: a scene heading
     * {@code =HYPERLINK(...)} or an element {@code =cmd|' /C calc'!A0} comes from the script,
     * whoever wrote it). Null is empty.
     */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }

    /** The breakdown as CSV: a header, then one row per scene, elements a column per category. */
    public static String of(Breakdown breakdown) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("scene", "int_ext", "set", "time_of_day", "light",
                "eighths", "pages", "speaking_cast", "non_speaking_cast", "voice_over"));
        for (Category c : Category.values()) {
            header.add(c.name().toLowerCase(Locale.ROOT));
        }
        header.add("line");
        row(out, header.toArray(String[]::new));
        for (Sheet s : breakdown.sheets()) {
            List<String> cells = new ArrayList<>(List.of(s.displayNumber(), s.setting().name(), s.set(),
                    s.timeOfDay(), s.light().name(), s.eighths() == null ? "" : s.eighths().toString(), s.pages(),
                    String.join("; ", s.speakingCast()), String.join("; ", s.nonSpeakingCast()),
                    String.join("; ", s.voiceOver())));
            for (Category c : Category.values()) {
                cells.add(String.join("; ", s.elements().getOrDefault(c, List.of())));
            }
            cells.add(Integer.toString(s.line()));
            row(out, cells.toArray(String[]::new));
        }
        return out.toString();
    }
}
