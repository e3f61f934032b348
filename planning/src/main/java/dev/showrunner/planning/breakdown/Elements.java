package dev.showrunner.planning.breakdown;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Elements the user adds to scenes by hand (extras, props, vehicles, ...), keyed by the
 * scene's 1-based index in the script. Immutable; build with {@link #with}.
 */
public final class Elements {

    private static final Elements NONE = new Elements(Map.of());

    private final Map<Integer, Map<Category, List<String>>> byScene;

    private Elements(Map<Integer, Map<Category, List<String>>> byScene) {
        this.byScene = byScene;
    }

    public static Elements none() {
        return NONE;
    }

    /** These elements plus {@code item} in {@code category} of scene {@code sceneIndex} (1-based). */
    public Elements with(int sceneIndex, Category category, String item) {
        Objects.requireNonNull(category, "category");
        return withAll(Map.of(sceneIndex, Map.of(category, List.of(Objects.requireNonNull(item, "item")))));
    }

    /**
     * These elements plus every item of {@code added} (scene index, 1-based → category →
     * items), in one copy. Items are stripped; an item a scene's category already has is
     * not added again.
     *
     * @throws IllegalArgumentException for a scene index below 1 or an empty item
     */
    public Elements withAll(Map<Integer, ? extends Map<Category, ? extends Collection<String>>> added) {
        Map<Integer, Map<Category, Set<String>>> merged = new HashMap<>();
        byScene.forEach((scene, categories) -> categories.forEach((c, items) -> merged
                .computeIfAbsent(scene, k -> new EnumMap<>(Category.class))
                .computeIfAbsent(c, k -> new LinkedHashSet<>()).addAll(items)));
        added.forEach((scene, categories) -> {
            if (scene < 1) {
                throw new IllegalArgumentException("scene index is 1-based: " + scene);
            }
            categories.forEach((c, items) -> {
                Set<String> set = merged.computeIfAbsent(scene, k -> new EnumMap<>(Category.class))
                        .computeIfAbsent(Objects.requireNonNull(c, "category"), k -> new LinkedHashSet<>());
                for (String item : items) {
                    String name = item.strip();
                    if (name.isEmpty()) {
                        throw new IllegalArgumentException("empty element");
                    }
                    set.add(name);
                }
            });
        });
        Map<Integer, Map<Category, List<String>>> frozen = new HashMap<>();
        merged.forEach((scene, categories) -> {
            Map<Category, List<String>> inner = new EnumMap<>(Category.class);
            categories.forEach((c, items) -> {
                if (!items.isEmpty()) {
                    inner.put(c, List.copyOf(items));
                }
            });
            if (!inner.isEmpty()) {
                frozen.put(scene, Collections.unmodifiableMap(inner));
            }
        });
        return new Elements(Map.copyOf(frozen));
    }

    /** The elements of one scene by category, in {@link Category} order; empty categories left out. */
    public Map<Category, List<String>> of(int sceneIndex) {
        return byScene.getOrDefault(sceneIndex, Map.of());
    }
}
