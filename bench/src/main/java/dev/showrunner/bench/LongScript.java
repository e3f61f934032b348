package dev.showrunner.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a long Fountain script for the memory measurement: Big Fish's body repeated
 * {@code copies} times (16 copies is about 2,000 pages). Usage: {@code LongScript OUT COPIES}.
 */
public final class LongScript {

    private LongScript() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int copies = Integer.parseInt(args[1]);
        String text;
        try (InputStream in = LongScript.class.getResourceAsStream("/corpus/big-fish.fountain")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int body = text.indexOf("\n\n") + 2;
        StringBuilder all = new StringBuilder(text);
        for (int i = 1; i < copies; i++) {
            all.append("\n\n===\n\n").append(text, body, text.length());
        }
        Files.writeString(out, all);
    }
}
