package dev.showrunner.studio.scripts.merge;

import java.util.ArrayList;
import java.util.List;

/** The outcome of a three-way merge: clean runs of lines and the conflicts between them. */
public record MergeResult(List<Chunk> chunks) {

    public static final String MINE = "<<<<<<< ";
    public static final String SEPARATOR = "=======";
    public static final String THEIRS = ">>>>>>> ";

    public MergeResult {
        chunks = List.copyOf(chunks);
    }

    /** A part of the merged text. */
    public sealed interface Chunk permits Clean, Conflict {}

    /** Lines both sides agree on (or that only one side changed). */
    public record Clean(List<String> lines) implements Chunk {
        public Clean {
            lines = List.copyOf(lines);
        }
    }

    /**
     * Lines both sides changed differently.
     *
     * @param scene the scene heading the conflict falls under, or "" before the first scene
     */
    public record Conflict(List<String> base, List<String> mine, List<String> theirs, String scene) implements Chunk {
        public Conflict {
            base = List.copyOf(base);
            mine = List.copyOf(mine);
            theirs = List.copyOf(theirs);
        }
    }

    public List<Conflict> conflicts() {
        return chunks.stream().filter(Conflict.class::isInstance).map(Conflict.class::cast).toList();
    }

    public boolean clean() {
        return conflicts().isEmpty();
    }

    /** The merged text; conflicts are written with markers, mine first. */
    public String text(String mineLabel, String theirsLabel) {
        List<String> lines = new ArrayList<>();
        for (Chunk chunk : chunks) {
            switch (chunk) {
                case Clean clean -> lines.addAll(clean.lines());
                case Conflict conflict -> {
                    lines.add(MINE + mineLabel);
                    lines.addAll(conflict.mine());
                    lines.add(SEPARATOR);
                    lines.addAll(conflict.theirs());
                    lines.add(THEIRS + theirsLabel);
                }
            }
        }
        return String.join("\n", lines);
    }

    /** True when a text still holds a conflict marker line. */
    public static boolean hasMarkers(String text) {
        for (String line : ThreeWayMerge.lines(text)) {
            if (line.startsWith(MINE) || line.equals(SEPARATOR) || line.startsWith(THEIRS)) {
                return true;
            }
        }
        return false;
    }
}
