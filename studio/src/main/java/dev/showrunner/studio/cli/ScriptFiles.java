package dev.showrunner.studio.cli;

import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.fdx.Fdx;
import dev.showrunner.screenplay.fdx.FdxDocument;
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
            return name(path).endsWith(".fdx") ? FDX : FOUNTAIN;
        }

        /** True when the file name says which format it is in ({@code .fountain}, {@code .spmd}, {@code .txt}, {@code .fdx}). */
        static boolean named(Path path) {
            String name = name(path);
            return name.endsWith(".fdx") || name.endsWith(".fountain") || name.endsWith(".spmd") || name.endsWith(".txt");
        }

        private static String name(Path path) {
            return path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        }
    }

    /** Reads {@code path} ({@code -} is standard input, read as Fountain). */
    static Screenplay read(Path path) throws IOException, ScriptFormatException {
        String name = path.toString();
        byte[] bytes = bytes(path);
        return switch (Format.of(path)) {
            case FOUNTAIN -> Fountain.read(bytes, name);
            case FDX -> Fdx.read(bytes, name).screenplay();
        };
    }

    /** Reads a Final Draft file with what it carries beyond the script: layout, revisions, warnings. */
    static FdxDocument readFdx(Path path) throws IOException, ScriptFormatException {
        return Fdx.read(bytes(path), path.toString());
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
