package dev.showrunner.screenplay.model;

import java.util.List;
import java.util.Objects;

/**
 * A character cue: the name above a speech.
 *
 * @param name the character's name as written ({@code MRS. DALLOWAY}), without extensions
 * @param extensions the parenthesised extensions in order, without parentheses
 *     ({@code V.O.}, {@code O.S.}, {@code CONT'D})
 * @param dual true for the second speaker of a dual dialogue ({@code ^} in Fountain)
 * @param forced written with a leading {@code @} (a name with lower-case letters)
 */
public record Cue(String name, List<String> extensions, boolean dual, boolean forced, Span span) {
    public Cue {
        Objects.requireNonNull(name, "name");
        extensions = List.copyOf(extensions);
        Objects.requireNonNull(span, "span");
    }

    public static Cue of(String name, String... extensions) {
        return new Cue(name, List.of(extensions), false, false, Span.NONE);
    }

    /** The cue as printed: the name and each extension in parentheses. */
    public String display() {
        if (extensions.isEmpty()) {
            return name;
        }
        StringBuilder out = new StringBuilder(name);
        for (String extension : extensions) {
            out.append(" (").append(extension).append(')');
        }
        return out.toString();
    }

    public boolean hasExtension(String extension) {
        return extensions.stream().anyMatch(e -> e.equalsIgnoreCase(extension));
    }

    public Cue withoutSpans() {
        return new Cue(name, extensions, dual, forced, Span.NONE);
    }
}
