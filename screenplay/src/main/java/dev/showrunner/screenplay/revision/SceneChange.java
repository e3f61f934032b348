package dev.showrunner.screenplay.revision;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one scene between two drafts. A scene that stands in another place in the new
 * draft is {@link Moved} (perhaps edited as well), never a removal and an addition.
 */
public sealed interface SceneChange {

    /** The scene in the old draft, empty for {@link Added}. */
    Optional<Scene> before();

    /** The scene in the new draft, empty for {@link Removed}. */
    Optional<Scene> after();

    /** The element-by-element alignment, kept elements included; empty for added and removed scenes. */
    default List<ElementChange> elements() {
        return List.of();
    }

    /** False only for {@link Unchanged}. */
    default boolean isChange() {
        return !(this instanceof Unchanged);
    }

    /** The same scene, in the same order, saying the same thing. */
    record Unchanged(Scene old, Scene now) implements SceneChange {
        public Unchanged {
            Objects.requireNonNull(old, "old");
            Objects.requireNonNull(now, "now");
        }

        @Override
        public Optional<Scene> before() {
            return Optional.of(old);
        }

        @Override
        public Optional<Scene> after() {
            return Optional.of(now);
        }
    }

    /** A scene only the new draft has. */
    record Added(Scene now) implements SceneChange {
        public Added {
            Objects.requireNonNull(now, "now");
        }

        @Override
        public Optional<Scene> before() {
            return Optional.empty();
        }

        @Override
        public Optional<Scene> after() {
            return Optional.of(now);
        }
    }

    /** A scene only the old draft has. */
    record Removed(Scene old) implements SceneChange {
        public Removed {
            Objects.requireNonNull(old, "old");
        }

        @Override
        public Optional<Scene> before() {
            return Optional.of(old);
        }

        @Override
        public Optional<Scene> after() {
            return Optional.empty();
        }
    }

    /** The same scene in its place, rewritten. */
    record Changed(Scene old, Scene now, List<ElementChange> elements) implements SceneChange {
        public Changed {
            Objects.requireNonNull(old, "old");
            Objects.requireNonNull(now, "now");
            elements = List.copyOf(elements);
        }

        @Override
        public Optional<Scene> before() {
            return Optional.of(old);
        }

        @Override
        public Optional<Scene> after() {
            return Optional.of(now);
        }
    }

    /** The same scene in another place in the story; {@link #isEdited()} when also rewritten. */
    record Moved(Scene old, Scene now, List<ElementChange> elements) implements SceneChange {
        public Moved {
            Objects.requireNonNull(old, "old");
            Objects.requireNonNull(now, "now");
            elements = List.copyOf(elements);
        }

        @Override
        public Optional<Scene> before() {
            return Optional.of(old);
        }

        @Override
        public Optional<Scene> after() {
            return Optional.of(now);
        }

        public boolean isEdited() {
            return elements.stream().anyMatch(ElementChange::isChange);
        }
    }
}
