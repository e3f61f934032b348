package dev.showrunner.studio.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Where a command's result goes: standard output, or a file written whole or not at all. */
final class Output {

    private Output() {}

    static void write(Path target, byte[] content) throws IOException {
        if (target == null || target.toString().equals("-")) {
            OutputStream out = System.out;
            out.write(content);
            out.flush();
            return;
        }
        // Write beside the target, then move: an interrupted run never leaves half a file.
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        try {
            Files.write(temp, content);
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
