package dev.showrunner.studio.production;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One saved version of an episode's production files. Version 0, with every file empty, is an
 * episode whose files were never saved. {@code authorName} and {@code savedAt} (epoch
 * milliseconds) are empty and 0 then.
 */
public record ProductionFiles(long episodeId, int version, Texts texts, String authorName, long savedAt) {

    /**
     * The seven files' text, each in the form of the command line's file of the same name
     * (see the scheduling guide, "The first AD's files"); {@code timings} is the first AD's
     * time to shoot scenes, read when days are capped by hours.
     */
    public record Texts(String cast, String elements, String places, String castCosts, String unavailable,
            String rules, String timings) {

        public static final Texts EMPTY = new Texts("", "", "", "", "", "", "");

        public Texts {
            cast = normalise(cast);
            elements = normalise(elements);
            places = normalise(places);
            castCosts = normalise(castCosts);
            unavailable = normalise(unavailable);
            rules = normalise(rules);
            timings = normalise(timings);
        }

        /** Each file's text by its name in forms and JSON ({@code cast}, {@code castCosts}, ...); null is empty. */
        public static Texts of(Function<String, String> byName) {
            return new Texts(byName.apply("cast"), byName.apply("elements"), byName.apply("places"),
                    byName.apply("castCosts"), byName.apply("unavailable"), byName.apply("rules"),
                    byName.apply("timings"));
        }

        /** Line ends as typed in a browser's text box ({@code \r\n}) become {@code \n}; a missing file is empty. */
        private static String normalise(String text) {
            return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        }

        /** The file's text by its name in forms and JSON ({@code cast}, {@code castCosts}, ...). */
        public String named(String name) {
            return switch (name) {
                case "cast" -> cast;
                case "elements" -> elements;
                case "places" -> places;
                case "castCosts" -> castCosts;
                case "unavailable" -> unavailable;
                case "rules" -> rules;
                case "timings" -> timings;
                default -> throw new IllegalArgumentException("no production file " + name);
            };
        }
    }

    /** The files' names in forms and JSON, in the order they are read. */
    public static final List<String> NAMES = List.of("cast", "elements", "places", "castCosts",
            "unavailable", "rules", "timings");

    public ProductionFiles {
        Objects.requireNonNull(texts, "texts");
        authorName = authorName == null ? "" : authorName;
    }

    /** An episode whose files were never saved. */
    public static ProductionFiles none(long episodeId) {
        return new ProductionFiles(episodeId, 0, Texts.EMPTY, "", 0);
    }
}
