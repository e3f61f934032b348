package dev.showrunner.screenplay.stats;

import dev.showrunner.screenplay.layout.Layout;
import dev.showrunner.screenplay.layout.LayoutOptions;
import dev.showrunner.screenplay.layout.PageFormat;
import dev.showrunner.screenplay.layout.SceneLengths;
import dev.showrunner.screenplay.model.Action;
import dev.showrunner.screenplay.model.DialogueBlock;
import dev.showrunner.screenplay.model.DialoguePart;
import dev.showrunner.screenplay.model.DualDialogue;
import dev.showrunner.screenplay.model.Element;
import dev.showrunner.screenplay.model.SceneHeading;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.model.Setting;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The statistics of one script.
 *
 * @param scenes every scene heading, once, in order
 * @param characters speaking characters, most speeches first (ties by name)
 * @param locations locations, most scenes first (ties by first appearance)
 * @param settings how many scenes per setting (INT, EXT, ...)
 * @param light how many scenes per time of day (DAY, NIGHT, ...)
 * @param pageCount body pages, or empty when the script was not paginated
 * @param eighths the sum of the scenes' eighths, or empty when not paginated
 * @param actionWords words of action, a rough measure of how dense the script reads
 * @param dialogueWords words of dialogue
 */
public record ScriptStatistics(
        List<SceneStat> scenes, List<CharacterStat> characters, List<LocationStat> locations,
        Map<Setting, Integer> settings, Map<TimeOfDay, Integer> light, Optional<Integer> pageCount,
        Optional<Integer> eighths, int actionWords, int dialogueWords) {

    public ScriptStatistics {
        scenes = List.copyOf(scenes);
        characters = List.copyOf(characters);
        locations = List.copyOf(locations);
        settings = java.util.Collections.unmodifiableMap(new EnumMap<>(settings));
        light = java.util.Collections.unmodifiableMap(new EnumMap<>(light));
        Objects.requireNonNull(pageCount, "pageCount");
        Objects.requireNonNull(eighths, "eighths");
    }

    /** Statistics from the model alone: lengths are unknown. */
    public static ScriptStatistics of(Screenplay screenplay) {
        return compute(screenplay, null);
    }

    /**
     * Statistics with page count and scene lengths, laying the script out in {@code format}
     * with Final Draft's default options. The pages themselves are not kept.
     */
    public static ScriptStatistics paginated(Screenplay screenplay, PageFormat format) {
        Layout.Summary layout = Layout.stream(screenplay, format, LayoutOptions.DEFAULTS, page -> { });
        return of(screenplay, SceneLengths.of(layout));
    }

    /** Statistics with the page count and scene lengths that pagination gave. */
    public static ScriptStatistics of(Screenplay screenplay, SceneLengths lengths) {
        return compute(screenplay, Objects.requireNonNull(lengths, "lengths"));
    }

    /** True when page count and eighths are known. */
    public boolean paginated() {
        return pageCount.isPresent();
    }

    private static ScriptStatistics compute(Screenplay screenplay, SceneLengths lengths) {
        List<SceneStat> scenes = new ArrayList<>();
        Map<String, CharacterTally> characters = new LinkedHashMap<>();
        Map<String, LocationTally> locations = new LinkedHashMap<>();
        Map<Setting, Integer> settings = new EnumMap<>(Setting.class);
        Map<TimeOfDay, Integer> light = new EnumMap<>(TimeOfDay.class);

        SceneHeading current = null;
        int sceneIndex = 0; // 1-based index of the current scene; 0 before the first heading
        LinkedHashSet<String> speakers = new LinkedHashSet<>();
        int actionWords = 0;
        int dialogueWords = 0;

        List<Element> elements = screenplay.elements();
        for (int i = 0; i <= elements.size(); i++) {
            Element element = i < elements.size() ? elements.get(i) : null;
            if (element == null || element instanceof SceneHeading) {
                if (current != null) {
                    scenes.add(sceneStat(current, sceneIndex, speakers, lengths));
                }
                if (element == null) {
                    break;
                }
                current = (SceneHeading) element;
                sceneIndex++;
                speakers = new LinkedHashSet<>();
                settings.merge(current.setting(), 1, Integer::sum);
                light.merge(TimeOfDay.classify(current.timeOfDay()), 1, Integer::sum);
                String location = current.location().toUpperCase(Locale.ROOT);
                if (!location.isEmpty()) {
                    locations.computeIfAbsent(location, LocationTally::new).add(current.setting());
                }
                continue;
            }
            switch (element) {
                case DialogueBlock block -> dialogueWords += tallySpeech(block, sceneIndex, characters, speakers);
                case DualDialogue dual -> {
                    dialogueWords += tallySpeech(dual.left(), sceneIndex, characters, speakers);
                    dialogueWords += tallySpeech(dual.right(), sceneIndex, characters, speakers);
                }
                case Action action -> actionWords += Words.count(action.text().plain());
                default -> { }
            }
        }

        List<CharacterStat> characterStats = characters.values().stream()
                .map(CharacterTally::toStat)
                .sorted((a, b) -> a.speeches() != b.speeches()
                        ? Integer.compare(b.speeches(), a.speeches())
                        : a.name().compareTo(b.name()))
                .toList();
        List<LocationStat> locationStats = locations.values().stream()
                .sorted((a, b) -> Integer.compare(b.scenes, a.scenes)) // stable: first appearance breaks ties
                .map(LocationTally::toStat)
                .toList();

        Optional<Integer> pageCount = Optional.empty();
        Optional<Integer> eighths = Optional.empty();
        if (lengths != null) {
            pageCount = Optional.of(lengths.pageCount());
            eighths = Optional.of(scenes.stream().mapToInt(s -> s.eighths() == null ? 0 : s.eighths()).sum());
        }
        return new ScriptStatistics(scenes, characterStats, locationStats, settings, light, pageCount, eighths,
                actionWords, dialogueWords);
    }

    private static SceneStat sceneStat(SceneHeading heading, int index, LinkedHashSet<String> speakers, SceneLengths lengths) {
        Integer eighths = lengths == null ? null : lengths.eighths(index - 1);
        String startPage = lengths == null ? null : lengths.startPage(index - 1);
        return new SceneStat(index, heading.sceneNumber(), heading.text().plain(), heading.setting(),
                heading.location(), heading.timeOfDay(), TimeOfDay.classify(heading.timeOfDay()),
                List.copyOf(speakers), eighths, startPage, heading.span().line());
    }

    private static int tallySpeech(DialogueBlock block, int sceneIndex, Map<String, CharacterTally> characters,
            LinkedHashSet<String> speakers) {
        String name = characterName(block.cue().name());
        if (name.isEmpty()) {
            return 0;
        }
        int words = 0;
        for (DialoguePart part : block.parts()) {
            if (part instanceof dev.showrunner.screenplay.model.Dialogue dialogue) {
                words += Words.count(dialogue.text().plain());
            }
        }
        characters.computeIfAbsent(name, CharacterTally::new).speak(sceneIndex, words);
        speakers.add(name);
        return words;
    }

    /**
     * The name a cue's speaker is counted under: upper case, spaces folded, and the extensions
     * the reader did not split off (an unclosed "(V.O." for one) removed.
     */
    public static String characterName(String cueName) {
        String name = cueName.strip();
        int paren = name.indexOf('(');
        if (paren > 0) {
            name = name.substring(0, paren).strip();
        }
        return name.replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    private static final class CharacterTally {
        final String name;
        int speeches;
        int words;
        final LinkedHashSet<Integer> scenes = new LinkedHashSet<>();

        CharacterTally(String name) {
            this.name = name;
        }

        void speak(int sceneIndex, int spokenWords) {
            speeches++;
            words += spokenWords;
            if (sceneIndex > 0) {
                scenes.add(sceneIndex);
            }
        }

        CharacterStat toStat() {
            return new CharacterStat(name, speeches, words, List.copyOf(scenes));
        }
    }

    private static final class LocationTally {
        final String name;
        int scenes;
        final LinkedHashSet<Setting> settings = new LinkedHashSet<>();

        LocationTally(String name) {
            this.name = name;
        }

        void add(Setting setting) {
            scenes++;
            settings.add(setting);
        }

        LocationStat toStat() {
            return new LocationStat(name, scenes, List.copyOf(settings));
        }
    }
}
