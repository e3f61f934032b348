package dev.showrunner.studio.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Where a command's result goes: standard output, or a file written whole or not at all. */
final class Output {

    private Output() {}

    /** Writes a result to an output stream; the stream is closed by the caller. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /**
     * Writes to standard output when {@code target} is null or {@code -}; otherwise beside the
     * target, then moves the file into place, so that an interrupted run never leaves half a file.
     * The file gets the permissions any new file of the user gets (not a temporary file's, which
     * only the owner may read): scripts and PDFs are for sharing.
     */
    static void write(Path target, Content content) throws IOException {
        if (target == null || target.toString().equals("-")) {
            OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
            content.writeTo(out);
            out.flush();
            return;
        }
        Path absolute = target.toAbsolutePath();
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid()
                + "." + System.nanoTime() + ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                content.writeTo(out);
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
