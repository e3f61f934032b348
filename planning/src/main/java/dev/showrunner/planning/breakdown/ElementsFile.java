package dev.showrunner.planning.breakdown;

import dev.showrunner.planning.input.Field;
import dev.showrunner.planning.input.InputLines;
import dev.showrunner.screenplay.ScriptFormatException;
import java.io.Reader;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Breakdown elements written by hand, one scene per line:
 *
 * <pre>
 * # scene number: category: items; category: items
 * 12: props: pocket watch, fishing rod; vehicles: 1959 Chevy; extras: 40 circus crowd
 * 12A: wardrobe: wedding dress
 * 14: stunts: fall from the tree
 * </pre>
 *
 * The scene number is the one the script prints ({@code 12A}; a scene without one by its
 * position). Categories are those of {@link Category}, in any case, singular or plural
 * ({@code prop}, {@code Props}). A scene may have several lines; an item named twice is kept
 * once. Errors name the line and column; the input is bounded as {@link InputLines} says.
 */
public final class ElementsFile {

    private static final String EXPECTED = "expected SCENE: CATEGORY: ITEM, ITEM; CATEGORY: ITEM"
            + " (e.g. 12: props: pocket watch; extras: 40 circus crowd)";

    private ElementsFile() {}

    /**
     * Reads elements for the scenes of a script.
     *
     * @param in the text; read to its end, not closed
     * @param source a name for error messages, such as the file name
     * @param scenes the script's scene numbers
     * @throws ScriptFormatException naming the line and column of the first problem
     */
    public static Elements read(Reader in, String source, SceneNumbers scenes) throws ScriptFormatException {
        InputLines lines = new InputLines(in, source);
        Map<Integer, Map<Category, Set<String>>> byScene = new HashMap<>();
        for (Field line; (line = lines.next()) != null; ) {
            int colon = line.text().indexOf(':');
            if (colon < 0) {
                throw line.error(EXPECTED);
            }
            Field number = line.before(colon);
            if (number.words().size() == 2 && number.words().get(0).is("scene")) {
                number = number.words().get(1);
            }
            int scene = scenes.position(number);
            for (Field group : line.after(colon, 1).split(';')) {
                if (group.isEmpty()) {
                    continue; // "12: props: watch;" -- a trailing separator
                }
                int groupColon = group.text().indexOf(':');
                if (groupColon < 0) {
                    throw group.error("expected CATEGORY: ITEMS here, the category one of " + categories());
                }
                Category category = category(group.before(groupColon));
                Set<String> items = byScene.computeIfAbsent(scene, k -> new EnumMap<>(Category.class))
                        .computeIfAbsent(category, k -> new LinkedHashSet<>());
                for (Field item : group.after(groupColon, 1).split(',')) {
                    if (item.isEmpty()) {
                        throw item.error("missing item after \"" + group.before(groupColon).text()
                                + ":\" (items separated by commas)");
                    }
                    items.add(item.text().replaceAll("\\s+", " "));
                }
            }
        }
        return Elements.none().withAll(byScene);
    }

    private static Category category(Field name) throws ScriptFormatException {
        String key = name.name();
        for (Category c : Category.values()) {
            String plural = c.name();
            if (key.equals(plural) || (plural.endsWith("S") && key.equals(plural.substring(0, plural.length() - 1)))) {
                return c;
            }
        }
        throw name.error((name.isEmpty() ? "missing category" : "unknown category \"" + name.text() + "\"")
                + ": expected one of " + categories());
    }

    private static String categories() {
        return Arrays.stream(Category.values()).map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
