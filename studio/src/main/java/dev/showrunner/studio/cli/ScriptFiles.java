package dev.showrunner.studio.cli;

import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.model.Screenplay;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a script file named on the command line, choosing the format by its extension. */
final class ScriptFiles {

    /** Larger inputs are refused rather than read: no real script comes near. */
    static final long MAX_BYTES = 256L * 1024 * 1024;

    private ScriptFiles() {}

    /** The formats a script file may be in. */
    enum Format {
        FOUNTAIN,
        FDX;

        static Format of(Path path) {
            String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".fdx") ? FDX : FOUNTAIN;
        }
    }

    /** Reads {@code path} ({@code -} is standard input, read as Fountain). */
    static Screenplay read(Path path) throws IOException, ScriptFormatException {
        String name = path.toString();
        byte[] bytes = bytes(path);
        return switch (Format.of(path)) {
            case FOUNTAIN -> Fountain.read(bytes, name);
            case FDX -> throw new ScriptFormatException(name, 0, 0, -1,
                    "Final Draft (.fdx) files cannot be read by this build yet");
        };
    }

    static byte[] bytes(Path path) throws IOException, ScriptFormatException {
        if (path.toString().equals("-")) {
            return limited(System.in, "-");
        }
        if (Files.isDirectory(path)) {
            throw new ScriptFormatException(path.toString(), 0, 0, -1, "is a directory, not a script file");
        }
        long size = Files.size(path);
        if (size > MAX_BYTES) {
            throw new ScriptFormatException(path.toString(), 0, 0, -1,
                    "file is %,d bytes; scripts larger than %,d bytes are refused".formatted(size, MAX_BYTES));
        }
        try (InputStream in = Files.newInputStream(path)) {
            return limited(in, path.toString());
        }
    }

    private static byte[] limited(InputStream in, String name) throws IOException, ScriptFormatException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES + 1));
        if (bytes.length > MAX_BYTES) {
            throw new ScriptFormatException(name, 0, 0, -1,
                    "input is larger than %,d bytes and is refused".formatted(MAX_BYTES));
        }
        return bytes;
    }
}
