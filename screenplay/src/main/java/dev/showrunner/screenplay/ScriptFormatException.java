package dev.showrunner.screenplay;

/**
 * Input that cannot be read as a script: the message says what is wrong, and where.
 *
 * <p>Readers of outside input throw only this (checked) exception; anything else escaping a
 * reader is a bug.
 */
public final class ScriptFormatException extends Exception {

    private final String source;
    private final int line;
    private final int column;
    private final long offset;

    /**
     * @param source a name for the input, such as a file name ({@code "-"} when unknown)
     * @param line 1-based line, or 0 when not known
     * @param column 1-based column, or 0 when not known
     * @param offset 0-based byte or character offset, or -1 when not known
     * @param problem what is wrong, without the location
     */
    public ScriptFormatException(String source, int line, int column, long offset, String problem) {
        super(format(source, line, column, offset, problem));
        this.source = source;
        this.line = line;
        this.column = column;
        this.offset = offset;
    }

    public ScriptFormatException(String source, int line, int column, long offset, String problem, Throwable cause) {
        this(source, line, column, offset, problem);
        initCause(cause);
    }

    private static String format(String source, int line, int column, long offset, String problem) {
        StringBuilder where = new StringBuilder(source == null ? "-" : source);
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        if (offset >= 0) {
            where.append(" (offset ").append(offset).append(')');
        }
        return where + ": " + problem;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public long offset() {
        return offset;
    }
}
