package dev.showrunner.studio.notes;

import dev.showrunner.screenplay.Html;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where an episode's notes stand: counts by status, source and category, each delivery's answered
 * count, and a chart of the notes over the delivered drafts, drawn here as SVG (no chart library,
 * nothing from another site).
 */
public record Standing(List<Count> byStatus, List<Count> bySource, List<Count> byCategory, List<PerDelivery> deliveries,
        int total, int answered) {

    /** A key ({@code partly_addressed}), its label and how many notes have it. */
    public record Count(String key, String label, int notes) {}

    /** One delivery: its title, draft, how many notes it took and how many are answered. */
    public record PerDelivery(long id, String title, int draft, int notes, int answered) {}

    /** The standing of {@code notes} (those the reader may see) over {@code deliveries}, oldest delivery first. */
    public static Standing of(List<Delivery> deliveries, List<Note> notes) {
        List<Delivery> oldestFirst = new ArrayList<>(deliveries);
        oldestFirst.sort((a, b) -> a.deliveredAt() != b.deliveredAt() ? Long.compare(a.deliveredAt(), b.deliveredAt())
                : Long.compare(a.id(), b.id()));
        List<PerDelivery> per = new ArrayList<>();
        for (Delivery d : oldestFirst) {
            int count = 0;
            int answered = 0;
            for (Note n : notes) {
                if (n.deliveryId() == d.id()) {
                    count++;
                    answered += n.status().answered() ? 1 : 0;
                }
            }
            per.add(new PerDelivery(d.id(), d.title(), d.draftNumber(), count, answered));
        }
        int answered = (int) notes.stream().filter(n -> n.status().answered()).count();
        return new Standing(count(Note.Status.class, notes, Note::status), count(Note.Source.class, notes, Note::source),
                count(Note.Category.class, notes, Note::category), List.copyOf(per), notes.size(), answered);
    }

    private static <E extends Enum<E> & Note.Keyed> List<Count> count(Class<E> type, List<Note> notes,
            java.util.function.Function<Note, E> key) {
        Map<E, Integer> counts = new EnumMap<>(type);
        for (Note n : notes) {
            counts.merge(key.apply(n), 1, Integer::sum);
        }
        List<Count> out = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            out.add(new Count(e.key(), e.label(), counts.getOrDefault(e, 0)));
        }
        return List.copyOf(out);
    }

    /** A bar chart: for each delivery, its notes (grey) and how many are answered (dark), scaled to the largest. */
    public String chartSvg() {
        int width = 600;
        int height = 220;
        int left = 36;
        int bottom = 40;
        int top = 16;
        int max = Math.max(1, deliveries.stream().mapToInt(PerDelivery::notes).max().orElse(1));
        int n = Math.max(1, deliveries.size());
        double slot = (width - left - 8) / (double) n;
        double bar = Math.min(48, slot * 0.35);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"notes-chart\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" role=\"img\" aria-label=\"Notes over the delivered drafts\">");
        svg.append("<title>Notes over the delivered drafts</title>");
        double plot = height - bottom - top;
        svg.append(line(left, top, left, height - bottom)).append(line(left, height - bottom, width - 4, height - bottom));
        svg.append(text(left - 6, top + 4, "end", Integer.toString(max)));
        svg.append(text(left - 6, height - bottom + 4, "end", "0"));
        for (int i = 0; i < deliveries.size(); i++) {
            PerDelivery d = deliveries.get(i);
            double x = left + slot * i + slot / 2 - bar;
            double all = plot * d.notes() / max;
            double done = plot * d.answered() / max;
            svg.append(rect(x, height - bottom - all, bar, all, "bar-notes", d.notes() + " notes"));
            svg.append(rect(x + bar, height - bottom - done, bar, done, "bar-answered", d.answered() + " answered"));
            svg.append(text(x + bar, height - bottom + 14, "middle", "Draft " + d.draft()));
            svg.append(text(x + bar, height - bottom + 28, "middle", shorten(d.title())));
        }
        svg.append("<g class=\"legend\">").append(rect(width - 190, 4, 10, 10, "bar-notes", "notes"))
                .append(text(width - 175, 13, "start", "notes"))
                .append(rect(width - 110, 4, 10, 10, "bar-answered", "answered"))
                .append(text(width - 95, 13, "start", "answered")).append("</g>");
        return svg.append("</svg>").toString();
    }

    private static String shorten(String title) {
        return title.length() > 18 ? title.substring(0, 17) + "\u2026" : title;
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888\"/>", x1, y1, x2, y2);
    }

    private static String rect(double x, double y, double w, double h, String css, String title) {
        return String.format(Locale.ROOT, "<rect class=\"%s\" fill=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s</title></rect>",
                css, css.equals("bar-answered") ? "#2c5d8a" : "#b9b9b9", x, y, w, h, Html.escape(title));
    }

    private static String text(double x, double y, String anchor, String text) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"11\">%s</text>", x, y, anchor,
                Html.escape(text));
    }
}
