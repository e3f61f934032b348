package dev.showrunner.screenplay.revision;

import dev.showrunner.screenplay.model.Element;
import java.util.List;
import java.util.Objects;

/** What became of one element between two drafts of a scene. */
public sealed interface ElementChange {

    /** The same element in both drafts (spans aside). */
    record Kept(Element before, Element after) implements ElementChange {
        public Kept {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    /** An element only the new draft has. */
    record Inserted(Element after) implements ElementChange {
        public Inserted {
            Objects.requireNonNull(after, "after");
        }
    }

    /** An element only the old draft has. */
    record Deleted(Element before) implements ElementChange {
        public Deleted {
            Objects.requireNonNull(before, "before");
        }
    }

    /**
     * An element of the same kind rewritten in place; {@code words} is the word-level difference
     * of their texts (all EQUAL when only styling changed).
     */
    record Edited(Element before, Element after, List<TextEdit> words) implements ElementChange {
        public Edited {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            words = List.copyOf(words);
        }
    }

    /** False only for {@link Kept}. */
    default boolean isChange() {
        return !(this instanceof Kept);
    }
}
