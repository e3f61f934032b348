package dev.showrunner.studio.cli;

import dev.showrunner.planning.input.Warning;
import dev.showrunner.screenplay.ScriptFormatException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the first AD's text files (unavailable dates, constraints, cast costs, locations,
 * elements) with the planning library's readers: UTF-8, errors as {@code file:line:column:
 * message}, warnings printed as {@code showrunner: file:line:column: warning: message}.
 */
final class InputFiles {

    private InputFiles() {}

    /** One of the planning library's readers: text and a name for messages in, a value out. */
    @FunctionalInterface
    interface Reading<T> {
        T read(Reader in, String source) throws ScriptFormatException;
    }

    static <T> T read(Path file, Reading<T> reading) throws IOException, ScriptFormatException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return reading.read(in, file.toString());
        } catch (MalformedInputException e) {
            throw notUtf8(file);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof MalformedInputException) {
                throw notUtf8(file);
            }
            throw e;
        }
    }

    private static ScriptFormatException notUtf8(Path file) {
        return new ScriptFormatException(file.toString(), 0, 0, -1, "not UTF-8 text");
    }

    static void warn(PrintWriter err, List<Warning> warnings) {
        warnings.forEach(w -> err.println("showrunner: " + w));
        err.flush();
    }
}
