package dev.showrunner.planning.breakdown;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
        if (sceneIndex < 1) {
            throw new IllegalArgumentException("scene index is 1-based: " + sceneIndex);
        }
        String name = Objects.requireNonNull(item, "item").strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("empty element");
        }
        Map<Integer, Map<Category, List<String>>> copy = new HashMap<>();
        byScene.forEach((k, v) -> {
            Map<Category, List<String>> inner = new EnumMap<>(Category.class);
            v.forEach((c, l) -> inner.put(c, new ArrayList<>(l)));
            copy.put(k, inner);
        });
        List<String> list = copy.computeIfAbsent(sceneIndex, k -> new EnumMap<>(Category.class))
                .computeIfAbsent(category, c -> new ArrayList<>());
        if (!list.contains(name)) {
            list.add(name);
        }
        Map<Integer, Map<Category, List<String>>> frozen = new HashMap<>();
        copy.forEach((k, v) -> {
            Map<Category, List<String>> inner = new EnumMap<>(Category.class);
            v.forEach((c, l) -> inner.put(c, List.copyOf(l)));
            frozen.put(k, java.util.Collections.unmodifiableMap(inner));
        });
        return new Elements(Map.copyOf(frozen));
    }

    /** The elements of one scene by category, in {@link Category} order; empty categories left out. */
    public Map<Category, List<String>> of(int sceneIndex) {
        return byScene.getOrDefault(sceneIndex, Map.of());
    }
}
