package dev.showrunner.screenplay.revision;

import dev.showrunner.screenplay.ScriptFormatException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little JSON the lock sidecar needs, since the engine has no runtime dependency: objects
 * read as {@code LinkedHashMap<String, Object>}, arrays as {@code ArrayList<Object>}, strings,
 * {@code Long} or {@code Double}, {@code Boolean} and {@code null}. RFC 8259, strict: no
 * comments, no trailing commas, no duplicate keys; nesting deeper than 64 is refused. Errors
 * name the line and column. The reader remembers where each object and array began, so that
 * a caller checking the content can say where a wrong value is.
 */
final class Json {

    private static final int MAX_DEPTH = 64;

    private final String text;
    private final String source;
    private int at;
    private int line = 1;
    private int lineStart;
    private final IdentityHashMap<Object, int[]> positions = new IdentityHashMap<>();

    private Json(String text, String source) {
        this.text = text;
        this.source = source;
    }

    /** A parsed document and where its objects and arrays began. */
    record Document(Object root, IdentityHashMap<Object, int[]> positions, String source) {
        ScriptFormatException error(Object near, String problem) {
            int[] where = positions.getOrDefault(near, new int[] {0, 0, -1});
            return new ScriptFormatException(source, where[0], where[1], where[2], problem);
        }
    }

    static Document parse(String text, String source) throws ScriptFormatException {
        Json json = new Json(text, source);
        json.space();
        Object root = json.value(0);
        json.space();
        if (json.at < text.length()) {
            throw json.error("unexpected text after the JSON value");
        }
        return new Document(root, json.positions, source);
    }

    private Object value(int depth) throws ScriptFormatException {
        if (depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH + " levels");
        }
        if (at >= text.length()) {
            throw error("unexpected end of input");
        }
        char c = text.charAt(at);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw error("unexpected character '" + printable(c) + "'");
            }
        };
    }

    private Map<String, Object> object(int depth) throws ScriptFormatException {
        Map<String, Object> out = new LinkedHashMap<>();
        positions.put(out, here());
        at++;
        space();
        if (peek() == '}') {
            at++;
            return out;
        }
        while (true) {
            space();
            if (peek() != '"') {
                throw error("expected a key in double quotes");
            }
            int[] keyAt = here();
            String key = string();
            space();
            expect(':');
            space();
            Object value = value(depth + 1);
            if (out.containsKey(key)) {
                throw new ScriptFormatException(source, keyAt[0], keyAt[1], keyAt[2], "duplicate key \"" + key + "\"");
            }
            out.put(key, value);
            space();
            char c = peek();
            at++;
            if (c == '}') {
                return out;
            }
            if (c != ',') {
                at--;
                throw error("expected ',' or '}'");
            }
        }
    }

    private List<Object> array(int depth) throws ScriptFormatException {
        List<Object> out = new ArrayList<>();
        positions.put(out, here());
        at++;
        space();
        if (peek() == ']') {
            at++;
            return out;
        }
        while (true) {
            space();
            out.add(value(depth + 1));
            space();
            char c = peek();
            at++;
            if (c == ']') {
                return out;
            }
            if (c != ',') {
                at--;
                throw error("expected ',' or ']'");
            }
        }
    }

    private String string() throws ScriptFormatException {
        at++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (at >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                at--;
                throw error("control character in a string (write it as an escape)");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (at >= text.length()) {
                throw error("unterminated string");
            }
            char e = text.charAt(at++);
            switch (e) {
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case '/' -> out.append('/');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (at + 4 > text.length()) {
                        throw error("incomplete \\u escape");
                    }
                    int code = 0;
                    for (int k = 0; k < 4; k++) {
                        int digit = Character.digit(text.charAt(at + k), 16);
                        if (digit < 0) {
                            throw error("bad hex digit in \\u escape");
                        }
                        code = code * 16 + digit;
                    }
                    at += 4;
                    out.append((char) code);
                }
                default -> {
                    at--;
                    throw error("unknown escape '\\" + printable(e) + "'");
                }
            }
        }
    }

    private Object number() throws ScriptFormatException {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        int digits = at;
        while (at < text.length() && Character.isDigit(text.charAt(at))) {
            at++;
        }
        if (at == digits) {
            throw error("a number needs digits");
        }
        boolean integral = true;
        if (at < text.length() && text.charAt(at) == '.') {
            integral = false;
            at++;
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
        }
        if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            integral = false;
            at++;
            if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
                at++;
            }
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
        }
        String number = text.substring(start, at);
        try {
            return integral ? (Object) Long.parseLong(number) : (Object) Double.parseDouble(number);
        } catch (NumberFormatException tooLarge) {
            at = start;
            throw error("number out of range: " + number);
        }
    }

    private Object literal(String word, Object value) throws ScriptFormatException {
        if (!text.startsWith(word, at)) {
            throw error("unexpected word (expected " + word + ")");
        }
        at += word.length();
        return value;
    }

    private void space() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '\n') {
                line++;
                lineStart = at + 1;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            at++;
        }
    }

    private char peek() throws ScriptFormatException {
        if (at >= text.length()) {
            throw error("unexpected end of input");
        }
        return text.charAt(at);
    }

    private void expect(char c) throws ScriptFormatException {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        at++;
    }

    private int[] here() {
        return new int[] {line, at - lineStart + 1, at};
    }

    private ScriptFormatException error(String problem) {
        return new ScriptFormatException(source, line, at - lineStart + 1, at, problem);
    }

    private static String printable(char c) {
        return c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    /** Appends {@code value} as a JSON string. */
    static void quote(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
