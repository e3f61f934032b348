package dev.showrunner.studio.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.notes.Anchor;
import dev.showrunner.screenplay.notes.Carried;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Notes as W3C Web Annotations (https://www.w3.org/TR/annotation-model/): a JSON array of
 * annotation objects, each with an optional {@code id}, a {@code body} (kept as it is) and a
 * {@code target} whose {@code selector} (one object or an array) holds a
 * {@code TextQuoteSelector} ({@code exact}, optional {@code prefix} and {@code suffix}) and/or a
 * {@code TextPositionSelector} ({@code start}, {@code end}: Unicode code points of the script's
 * Fountain text, end exclusive). Reading checks every field the notes need and names the note
 * and the field of anything wrong; everything else in the file, known to the model or not, is
 * written back as it came. Writing sets both selectors to the carried anchor and adds a
 * {@code status} to each note.
 */
public final class WebAnnotations {

    /** Nesting deeper than this is refused: no annotation comes near, and deep input is an attack. */
    static final int MAX_DEPTH = 64;

    private static final ObjectMapper JSON = JsonMapper.builder(
                    JsonFactory.builder()
                            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                            .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private static final String QUOTE = "TextQuoteSelector";
    private static final String POSITION = "TextPositionSelector";

    private WebAnnotations() {}

    /**
     * One note as read: its JSON (written back with its anchor updated) and what its selectors
     * say; the quote or the position may be missing (not both), and is then taken from the draft.
     */
    public record Note(int index, String id, ObjectNode json, String exact, String prefix, String suffix, Integer start, Integer end) {

        public Note {
            Objects.requireNonNull(json, "json");
        }

        /** How messages name the note: its id, and its place in the list. */
        public String name() {
            return (id == null ? "note" : "note \"" + id + "\"") + " (" + ordinal(index + 1) + " in the list)";
        }
    }

    /** Reads a NOTES.json; {@code source} names it in messages. */
    public static List<Note> read(Reader in, String source) throws ScriptFormatException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            throw new ScriptFormatException(source, where == null ? 0 : Math.max(0, where.getLineNr()),
                    where == null ? 0 : Math.max(0, where.getColumnNr()), where == null ? -1 : Math.max(-1, where.getCharOffset()),
                    "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ScriptFormatException(source, 0, 0, -1, "empty; expected a JSON array of Web Annotations");
        }
        if (!root.isArray()) {
            throw new ScriptFormatException(source, 0, 0, -1, "expected a JSON array of Web Annotations, found " + kind(root));
        }
        List<Note> notes = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            notes.add(note(root.get(i), i, source));
        }
        return notes;
    }

    private static Note note(JsonNode node, int index, String source) throws ScriptFormatException {
        String label = "note (" + ordinal(index + 1) + " in the list)";
        if (!node.isObject()) {
            throw bad(source, label, "", "expected an annotation object, found " + kind(node));
        }
        ObjectNode json = (ObjectNode) node;
        String id = null;
        JsonNode idNode = json.get("id");
        if (idNode != null) {
            if (!idNode.isTextual()) {
                throw bad(source, label, "id", "expected a string, found " + kind(idNode));
            }
            id = idNode.textValue();
            label = new Note(index, id, json, null, null, null, null, null).name();
        }
        JsonNode target = json.get("target");
        if (target == null) {
            throw bad(source, label, "target", "missing; a note needs a target with a TextQuoteSelector or a TextPositionSelector");
        }
        if (!target.isObject()) {
            throw bad(source, label, "target", "expected an object with a selector, found " + kind(target));
        }
        JsonNode selector = target.get("selector");
        if (selector == null) {
            throw bad(source, label, "target.selector", "missing; expected a TextQuoteSelector and/or a TextPositionSelector");
        }
        List<JsonNode> selectors = new ArrayList<>();
        if (selector.isArray()) {
            selector.forEach(selectors::add);
        } else {
            selectors.add(selector);
        }
        JsonNode quote = null;
        JsonNode position = null;
        for (int k = 0; k < selectors.size(); k++) {
            JsonNode one = selectors.get(k);
            String field = selector.isArray() ? "target.selector[" + k + "]" : "target.selector";
            if (!one.isObject()) {
                throw bad(source, label, field, "expected a selector object, found " + kind(one));
            }
            JsonNode type = one.get("type");
            if (type == null || !type.isTextual()) {
                throw bad(source, label, field + ".type", type == null ? "missing" : "expected a string, found " + kind(type));
            }
            if (type.textValue().equals(QUOTE)) {
                if (quote != null) {
                    throw bad(source, label, field, "a second TextQuoteSelector; a note has one");
                }
                quote = one;
            } else if (type.textValue().equals(POSITION)) {
                if (position != null) {
                    throw bad(source, label, field, "a second TextPositionSelector; a note has one");
                }
                position = one;
            }
        }
        if (quote == null && position == null) {
            throw bad(source, label, "target.selector", "no TextQuoteSelector or TextPositionSelector");
        }
        String exact = quote == null ? null : text(quote, "exact", true, source, label);
        String prefix = quote == null ? null : text(quote, "prefix", false, source, label);
        String suffix = quote == null ? null : text(quote, "suffix", false, source, label);
        Integer start = position == null ? null : offset(position, "start", source, label);
        Integer end = position == null ? null : offset(position, "end", source, label);
        if (start != null && end < start) {
            throw bad(source, label, POSITION + ".end", "%d is before start %d".formatted(end, start));
        }
        return new Note(index, id, json, exact, prefix, suffix, start, end);
    }

    private static String text(JsonNode selector, String field, boolean required, String source, String label) throws ScriptFormatException {
        JsonNode value = selector.get(field);
        if (value == null) {
            if (required) {
                throw bad(source, label, QUOTE + "." + field, "missing");
            }
            return "";
        }
        if (!value.isTextual()) {
            throw bad(source, label, QUOTE + "." + field, "expected a string, found " + kind(value));
        }
        return value.textValue();
    }

    private static Integer offset(JsonNode selector, String field, String source, String label) throws ScriptFormatException {
        JsonNode value = selector.get(field);
        if (value == null) {
            throw bad(source, label, POSITION + "." + field, "missing");
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
            throw bad(source, label, POSITION + "." + field, "expected a whole number from 0 up, found " + value);
        }
        return value.intValue();
    }

    /**
     * The note's anchor in the old draft's text: both selectors as given, or the missing one
     * taken from the text. A position past the text's end, or a position without a quote whose
     * range is not in the text, is an error naming the note and the field.
     */
    public static Anchor anchor(Note note, String oldText, String oldName, String source) throws ScriptFormatException {
        int length = oldText.codePointCount(0, oldText.length());
        if (note.start() != null && note.end() > length) {
            throw bad(source, note.name(), POSITION + ".end",
                    "%d is past the end of %s (%d code points)".formatted(note.end(), oldName, length));
        }
        if (note.exact() == null) {
            return Anchor.in(oldText, note.start(), note.end());
        }
        int start = note.start() == null ? 0 : note.start();
        int end = note.end() == null ? start : note.end();
        return new Anchor(start, end, note.exact(), note.prefix(), note.suffix());
    }

    /** The notes as JSON (an array, as read), each with its carried anchor and its {@code status}. */
    public static String write(List<Note> notes, List<Carried> carried) {
        if (notes.size() != carried.size()) {
            throw new IllegalArgumentException(notes.size() + " notes but " + carried.size() + " carried anchors");
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < notes.size(); i++) {
            out.add(updated(notes.get(i).json().deepCopy(), carried.get(i)));
        }
        try {
            return JSON.writeValueAsString(out) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that was read could not be written", e);
        }
    }

    private static ObjectNode updated(ObjectNode json, Carried carried) {
        Anchor anchor = carried.anchor();
        ObjectNode target = (ObjectNode) json.get("target");
        JsonNode selector = target.get("selector");
        ArrayNode selectors;
        if (selector.isArray()) {
            selectors = (ArrayNode) selector;
        } else {
            selectors = target.putArray("selector");
            selectors.add(selector);
        }
        ObjectNode quote = null;
        ObjectNode position = null;
        for (JsonNode one : selectors) {
            String type = one.get("type").textValue();
            if (type.equals(QUOTE)) {
                quote = (ObjectNode) one;
            } else if (type.equals(POSITION)) {
                position = (ObjectNode) one;
            }
        }
        if (quote == null) {
            quote = selectors.addObject().put("type", QUOTE);
        }
        if (position == null) {
            position = selectors.addObject().put("type", POSITION);
        }
        quote.put("exact", anchor.exact()).put("prefix", anchor.prefix()).put("suffix", anchor.suffix());
        position.put("start", anchor.start()).put("end", anchor.end());
        json.put("status", carried.status().label());
        return json;
    }

    private static ScriptFormatException bad(String source, String note, String field, String problem) {
        return new ScriptFormatException(source, 0, 0, -1, note + (field.isEmpty() ? "" : ": " + field) + ": " + problem);
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "the number " + node;
            case BOOLEAN -> node.asText();
            case NULL -> "null";
            default -> node.getNodeType().toString().toLowerCase(Locale.ROOT);
        };
    }

    private static String ordinal(int n) {
        String suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
