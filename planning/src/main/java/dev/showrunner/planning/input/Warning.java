package dev.showrunner.planning.input;

/**
 * Something in an input that is probably a mistake but does not stop it being read (a set or
 * a cast member the script does not have). Reported to the user, not thrown.
 *
 * @param source the input's name
 * @param line 1-based line
 * @param column 1-based column
 * @param message what looks wrong
 */
public record Warning(String source, int line, int column, String message) {

    /** A warning at {@code field}. */
    public static Warning at(Field field, String message) {
        return new Warning(field.source(), field.line(), field.column(), message);
    }

    /** {@code file:line:column: warning: message}, the way compilers print them. */
    @Override
    public String toString() {
        return source + ":" + line + ":" + column + ": warning: " + message;
    }
}
