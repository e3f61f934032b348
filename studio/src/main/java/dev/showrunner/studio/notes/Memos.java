package dev.showrunner.studio.notes;

import dev.showrunner.planning.breakdown.Csv;
import dev.showrunner.print.ReportDocument;
import dev.showrunner.screenplay.layout.Paper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/*
 * The papers notes go out on. One memo model (a title, a subtitle and numbered items, each a
 * heading line and paragraphs) is written three ways: Markdown (every character Markdown would
 * read as markup escaped, so a note cannot make a link, a heading or HTML), PDF (print's
 * ReportDocument, the project's fonts: any Latin, Greek or Cyrillic name prints) and, for the
 * notes, CSV through the shared Csv.row, which neutralises formulas.
 */

/** The notes memo (Markdown, PDF, CSV) and the response memo (Markdown, PDF) of a delivery. */
public final class Memos {

    /** One numbered item: its heading line and its paragraphs (a paragraph starting "- " or "+ " is a changed line). */
    record Item(String heading, List<String> paragraphs) {}

    record Memo(String title, String subtitle, List<Item> items) {}

    private Memos() {}

    /** The notes of a delivery as a numbered memo. */
    static Memo notes(String episode, Delivery delivery, List<Note> notes) {
        List<Item> items = new ArrayList<>();
        for (Note n : notes) {
            List<String> paragraphs = new ArrayList<>();
            if (n.anchor() != null && n.kind() == Note.Kind.PAGE) {
                paragraphs.add("On: \u201c" + n.anchor().exact().strip() + "\u201d");
            }
            paragraphs.add(n.body());
            items.add(new Item(heading(n), paragraphs));
        }
        return new Memo("Notes on " + episode + ": " + delivery.title(), subtitle(delivery, notes.size()), items);
    }

    /** "Response to notes": each note with its quote, status, reply and the change made. */
    static Memo response(String episode, Delivery delivery, List<Note> notes, Map<Long, List<Places.ChangedLine>> changes) {
        List<Item> items = new ArrayList<>();
        for (Note n : notes) {
            List<String> paragraphs = new ArrayList<>();
            if (n.anchor() != null && n.kind() == Note.Kind.PAGE) {
                paragraphs.add("On: \u201c" + n.anchor().exact().strip() + "\u201d");
            }
            paragraphs.add("Note: " + n.body());
            String status = n.status().label() + (n.addressedDraft() != null ? " in draft " + n.addressedDraft() : "");
            paragraphs.add("Status: " + status);
            if (!n.answer().isBlank()) {
                paragraphs.add("Reply: " + n.answer());
            }
            for (Places.ChangedLine line : changes.getOrDefault(n.id(), List.of())) {
                paragraphs.add(line.sign() + " " + line.text());
            }
            items.add(new Item(heading(n), paragraphs));
        }
        return new Memo("Response to notes: " + episode + ", " + delivery.title(), subtitle(delivery, notes.size()), items);
    }

    private static String heading(Note n) {
        String where = switch (n.kind()) {
            case PAGE -> "page note" + (n.scene() != null && n.scene() > 0 ? ", scene " + n.scene() : "");
            case SCENE -> "scene " + n.scene();
            case OVERALL -> "overall";
        };
        return n.number() + ". " + n.source().label() + " \u00b7 " + n.category().label() + " \u00b7 " + where + " \u00b7 "
                + n.authorName() + (n.roomOnly() ? " \u00b7 room only" : "");
    }

    private static String subtitle(Delivery d, int count) {
        return "Draft " + d.draftNumber() + " delivered by " + d.deliveredByName()
                + (d.notesDue() == null ? "" : ", notes due " + d.notesDue()) + " \u00b7 " + count
                + (count == 1 ? " note" : " notes");
    }

    // ---- Markdown

    static String markdown(Memo memo) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(md(memo.title())).append("\n\n").append(md(memo.subtitle())).append("\n");
        for (Item item : memo.items()) {
            out.append("\n## ").append(md(item.heading())).append("\n\n");
            for (String p : item.paragraphs()) {
                if (p.startsWith("- ") || p.startsWith("+ ")) {
                    // a changed line, as a diff reads: in a code span its text is shown, never read as markup
                    out.append("    ").append(p.replace("\n", " ")).append('\n');
                } else {
                    out.append(md(p)).append("\n\n");
                }
            }
        }
        return out.toString();
    }

    /** Text that Markdown shows as written: each character it could read as markup escaped, line breaks kept as breaks. */
    static String md(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (String line : text.strip().split("\r?\n", -1)) {
            if (!out.isEmpty()) {
                out.append("  \n");
            }
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if ("\\`*_{}[]()<>#+-.!|~&\"'".indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    // ---- CSV

    static String csv(List<Note> notes) {
        StringBuilder out = new StringBuilder();
        Csv.row(out, "number", "source", "category", "kind", "scene", "visibility", "author", "quote", "note", "status",
                "answer", "addressed_draft");
        for (Note n : notes) {
            Csv.row(out, Integer.toString(n.number()), n.source().key(), n.category().key(), n.kind().key(),
                    n.scene() == null ? "" : n.scene().toString(), n.visibility().key(), n.authorName(),
                    n.anchor() == null ? "" : n.anchor().exact(), n.body(), n.status().key(), n.answer(),
                    n.addressedDraft() == null ? "" : n.addressedDraft().toString());
        }
        return out.toString();
    }

    // ---- PDF

    private static final float SIZE = 10f;
    private static final float LEADING = 13f;

    static byte[] pdf(Memo memo) {
        try (ReportDocument doc = new ReportDocument(Paper.LETTER)) {
            float max = doc.usableWidth();
            List<List<ReportDocument.Piece>> pages = new ArrayList<>();
            List<ReportDocument.Piece> page = new ArrayList<>();
            float room = doc.bodyBottom() - ReportDocument.BODY_TOP;
            float used = 0;
            List<ReportDocument.Piece> pieces = new ArrayList<>();
            if (memo.items().isEmpty()) {
                pieces.add(line(doc, doc.regular, "No notes.", LEADING));
            }
            for (Item item : memo.items()) {
                pieces.add(gap(LEADING / 2));
                for (String l : doc.wrap(doc.bold, SIZE, item.heading(), max)) {
                    pieces.add(line(doc, doc.bold, l, LEADING));
                }
                for (String p : item.paragraphs()) {
                    for (String para : p.split("\r?\n")) {
                        for (String l : doc.wrap(doc.regular, SIZE, para.isBlank() ? " " : para, max - 12)) {
                            pieces.add(indented(doc, l, LEADING));
                        }
                    }
                }
            }
            for (ReportDocument.Piece piece : pieces) {
                if (used + piece.height() > room && !page.isEmpty()) {
                    pages.add(page);
                    page = new ArrayList<>();
                    used = 0;
                }
                page.add(piece);
                used += piece.height();
            }
            pages.add(page);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.writePages(memo.title(), memo.subtitle(), pages, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ReportDocument.Piece line(ReportDocument doc, ReportDocument.Face face, String text, float height) {
        return piece(height, top -> doc.text(face, SIZE, ReportDocument.MARGIN, top + SIZE, text));
    }

    private static ReportDocument.Piece indented(ReportDocument doc, String text, float height) {
        return piece(height, top -> doc.text(doc.regular, SIZE, ReportDocument.MARGIN + 12, top + SIZE, text));
    }

    private static ReportDocument.Piece gap(float height) {
        return piece(height, top -> {});
    }

    private static ReportDocument.Piece piece(float height, ReportDocument.Draw draw) {
        return new ReportDocument.Piece() {
            @Override
            public float height() {
                return height;
            }

            @Override
            public ReportDocument.Draw draw() {
                return draw;
            }
        };
    }
}
