package dev.showrunner.print;

import dev.showrunner.screenplay.layout.PageFormat;
import dev.showrunner.screenplay.model.Run;
import dev.showrunner.screenplay.model.Style;
import dev.showrunner.screenplay.model.StyledText;
import dev.showrunner.screenplay.model.TitleField;
import dev.showrunner.screenplay.model.TitlePage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Places the title page's fields as Final Draft does (measured on big-fish/reference.pdf, see
 * docs/pagination.md §11): the title centred on row 18 in bold underlined capitals, the credit three blank rows below it,
 * the authors one blank row below that, the source four blank rows further; contact details
 * and copyright at the foot on the left (the writer's Notes are not printed), the draft date at the foot on the right. Keys that
 * only steer the layout ({@code Format}, {@code fmt}) are not printed.
 */
final class TitleLayout {

    /** One placed line: row on the body grid, inches from the left edge, styled text. */
    record TitleLine(int row, double x, List<Run> runs) {}

    static final int TITLE_ROW = 18;

    private TitleLayout() {}

    static List<TitleLine> lines(TitlePage page, PageFormat format) {
        List<TitleLine> out = new ArrayList<>();
        double center = 4.25;
        int row = TITLE_ROW;
        Optional<TitleField> title = page.field("title");
        if (title.isPresent()) {
            // Final Draft prints the title in capitals, bold and underlined.
            List<StyledText> shown = new ArrayList<>();
            for (StyledText line : title.get().lines()) {
                shown.add(emphasised(line.toUpperCase()));
            }
            row = centered(out, shown, row, center);
            row += 3;
        }
        Optional<TitleField> credit = page.field("credit");
        if (credit.isPresent()) {
            row = centered(out, credit.get().lines(), row, center) + 1;
        }
        Optional<TitleField> authors = page.field("author").or(() -> page.field("authors"));
        if (authors.isPresent()) {
            row = centered(out, authors.get().lines(), row, center);
        }
        Optional<TitleField> source = page.field("source");
        if (source.isPresent()) {
            centered(out, source.get().lines(), row + 4, center);
        }
        int last = format.linesPerPage() - 1;
        List<StyledText> left = new ArrayList<>();
        for (String key : List.of("contact", "copyright")) {
            page.field(key).ifPresent(f -> {
                if (!left.isEmpty()) {
                    left.add(StyledText.EMPTY);
                }
                left.addAll(f.lines());
            });
        }
        List<StyledText> right = new ArrayList<>();
        for (String key : List.of("draft date", "date", "revision")) {
            page.field(key).ifPresent(f -> right.addAll(f.lines()));
        }
        int leftRow = last - left.size() + 1;
        for (StyledText text : left) {
            if (!text.isEmpty()) {
                out.add(new TitleLine(leftRow, 1.5, text.runs()));
            }
            leftRow++;
        }
        int rightRow = last - right.size() + 1;
        for (StyledText text : right) {
            if (!text.isEmpty()) {
                out.add(new TitleLine(rightRow, 7.5 - text.plain().strip().length() / 10.0, text.runs()));
            }
            rightRow++;
        }
        return out;
    }

    private static int centered(List<TitleLine> out, List<StyledText> lines, int row, double center) {
        for (StyledText text : lines) {
            String plain = text.plain().strip();
            if (!plain.isEmpty()) {
                out.add(new TitleLine(row, center - plain.length() / 20.0, strip(text)));
            }
            row++;
        }
        return row;
    }

    private static StyledText emphasised(StyledText text) {
        List<Run> runs = new ArrayList<>();
        for (Run run : text.runs()) {
            java.util.EnumSet<Style> styles = java.util.EnumSet.of(Style.BOLD, Style.UNDERLINE);
            styles.addAll(run.styles());
            runs.add(new Run(run.text(), styles));
        }
        return new StyledText(runs);
    }

    private static List<Run> strip(StyledText text) {
        List<Run> runs = new ArrayList<>(text.runs());
        if (!runs.isEmpty() && runs.getFirst().text().isBlank() && runs.size() > 1) {
            runs.removeFirst();
        }
        return runs;
    }
}
