package dev.showrunner.planning.breakdown;

import dev.showrunner.screenplay.layout.PageFormat;
import dev.showrunner.screenplay.layout.SceneLengths;
import dev.showrunner.screenplay.model.Action;
import dev.showrunner.screenplay.model.DialogueBlock;
import dev.showrunner.screenplay.model.DualDialogue;
import dev.showrunner.screenplay.model.Element;
import dev.showrunner.screenplay.model.SceneHeading;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.stats.SceneStat;
import dev.showrunner.screenplay.stats.ScriptStatistics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The breakdown of a script: one {@link Sheet} per scene, in script order.
 *
 * <p>Cast: the speaking cast of a scene is everyone with a cue in it. The non-speaking cast is
 * everyone written in capitals in the scene's action who does not speak there: a speaking
 * character of the script named in capitals anywhere in the action, or a new name introduced
 * the way screenplays introduce characters -- one to three capitalised words at the start of
 * a sentence or after an article, followed by lower-case text or an age in brackets
 * ("A WAITRESS pours", "JOHN SMITH (40s) leans"). Capitalised runs are split at joining words
 * ("MARY and JOHN"); words capitalised for other reasons (sounds, camera directions, see
 * {@link #NOT_CAST}) never count.
 */
public record Breakdown(List<Sheet> sheets) {

    /** Capitalised words in action that are not people. */
    static final Set<String> NOT_CAST = Set.of(
            "INT", "EXT", "CONTINUOUS", "LATER", "CUT", "CUT TO", "FADE", "FADE IN", "FADE OUT", "DISSOLVE",
            "SMASH CUT", "MATCH CUT", "BACK TO", "INTERCUT", "POV", "CLOSE ON", "CLOSE UP", "ANGLE ON", "INSERT",
            "WIDE", "WIDE SHOT", "SUPER", "TITLE", "TITLES", "THE END", "END", "MONTAGE", "SERIES OF SHOTS",
            "FLASHBACK", "BACK TO PRESENT", "V.O", "O.S", "O.C", "BANG", "BOOM", "CRASH", "SLAM", "THUD", "RING",
            "BEEP", "CLICK", "SNAP", "WHAM", "BAM", "POP", "CRACK", "SCREAM", "SCREAMS", "THE", "A", "AN", "I",
            "OK", "TV", "DVD", "CD", "USA", "US", "FBI", "CIA", "NYPD", "LAPD", "ER", "ICU", "DNA", "AM", "PM",
            "NO", "YES", "STOP", "HELP", "HEY", "WHAT", "MOS",
            // sounds and music, which scripts capitalise as they do new characters
            "LAUGH", "LAUGHS", "LAUGHTER", "GASP", "GASPS", "TITTER", "GIGGLE", "GIGGLES", "APPLAUSE", "CHEERS",
            "MUSIC", "MUSIC BUILDS", "SONG", "FLUTE", "PIANO", "DRUM ROLL", "DRUMS", "RADIO", "BLAST", "CLANG",
            "ROAR", "ROARS", "HISS", "HISSES", "WHIRR", "KNOCK", "KNOCKS", "RUMBLE", "RUMBLES", "THUNDER", "WHISTLE",
            "WHISTLES", "CHIRP", "CHIRPS", "SIREN", "SIRENS", "HONK", "HONKS", "BUZZ", "CREAK", "CREAKS", "SPLASH",
            "THUMP", "CLATTER", "ENGINE", "ENGINES", "KEYS", "GUNSHOT", "GUNSHOTS", "EXPLOSION", "SHOT", "SHOTS",
            "ECHO", "ECHOES", "SILENCE",
            // camera and editing
            "REVERSE", "REVERSE ANGLE", "QUICK MONTAGE", "CLOSE", "SLOW MOTION", "FREEZE FRAME", "CAST");

    /**
     * Things scripts capitalise when they matter to a scene (props, doors, vehicles, weapons):
     * a new capitalised run ending in one of these is an object, not a character ("The SCREEN
     * DOOR slides open", "A POLICE CAR pulls up"). A character who speaks still counts.
     */
    static final Set<String> THINGS = Set.of(
            "DOOR", "DOORS", "WINDOW", "WINDOWS", "GATE", "GATES", "PHONE", "PHONES", "TELEPHONE", "CELLPHONE",
            "CAR", "CARS", "TRUCK", "TRUCKS", "VAN", "BUS", "TRAIN", "PLANE", "HELICOPTER", "BOAT", "SHIP", "BIKE",
            "MOTORCYCLE", "GUN", "GUNS", "PISTOL", "REVOLVER", "RIFLE", "SHOTGUN", "KNIFE", "SWORD", "BOMB", "BOTTLE",
            "TABLE", "CHAIR", "DESK", "BED", "LAMP", "LIGHT", "LIGHTS", "CLOCK", "ALARM", "BELL", "DOORBELL",
            "TELEVISION", "MONITOR", "COMPUTER", "LAPTOP", "CAMERA", "ELEVATOR", "BRIEFCASE", "SUITCASE", "ENVELOPE",
            "LETTER", "PHOTO", "PHOTOGRAPH", "MAP", "KEY", "FIRE", "SMOKE");

    /** A capitalised run ending in a word like this is an action or a sound, not a name. */
    private static final Pattern GERUND = Pattern.compile("(?<!\\p{L})\\p{Lu}{3,}ING(?!\\p{L})");

    private static final Pattern CAPS = Pattern.compile(
            "(?<![\\p{L}'])(\\p{Lu}[\\p{Lu}'\\-.]*(?:\\s+\\p{Lu}[\\p{Lu}'\\-.]*){0,2})(?![\\p{L}'])");

    public Breakdown {
        sheets = List.copyOf(sheets);
    }

    /**
     * Breaks {@code screenplay} down with scene lengths from the screenplay engine's page
     * layout, in the script's own page format.
     */
    public static Breakdown of(Screenplay screenplay, Elements elements) {
        return build(screenplay, ScriptStatistics.paginated(screenplay, PageFormat.forScript(screenplay)), elements);
    }

    /**
     * Breaks {@code screenplay} down with scene lengths from its own page format, elements added
     * and the first AD's corrections to the cast (see {@link CastList}).
     */
    public static Breakdown of(Screenplay screenplay, Elements elements, CastList corrections) {
        return build(screenplay, ScriptStatistics.paginated(screenplay, PageFormat.forScript(screenplay)), elements,
                corrections);
    }

    /** Breaks {@code screenplay} down with the given scene lengths (scene index from 0 → eighths). */
    public static Breakdown of(Screenplay screenplay, SceneLengths lengths, Elements elements) {
        return build(screenplay, ScriptStatistics.of(screenplay, lengths), elements);
    }

    /** Breaks {@code screenplay} down without lengths: every sheet's eighths is {@code null}. */
    public static Breakdown withoutLengths(Screenplay screenplay, Elements elements) {
        return build(screenplay, ScriptStatistics.of(screenplay), elements);
    }

    /**
     * Breaks {@code screenplay} down with the given scene lengths and the first AD's
     * corrections to the cast (see {@link CastList}).
     */
    public static Breakdown of(Screenplay screenplay, SceneLengths lengths, Elements elements, CastList corrections) {
        return build(screenplay, ScriptStatistics.of(screenplay, lengths), elements, corrections);
    }

    private static Breakdown build(Screenplay screenplay, ScriptStatistics stats, Elements elements) {
        return build(screenplay, stats, elements, CastList.none());
    }

    private static Breakdown build(Screenplay screenplay, ScriptStatistics stats, Elements elements,
            CastList corrections) {
        Objects.requireNonNull(elements, "elements");
        Objects.requireNonNull(corrections, "corrections");
        Set<String> speakers = new LinkedHashSet<>();
        stats.characters().forEach(c -> speakers.add(c.name().toUpperCase(Locale.ROOT)));
        List<String> actionText = actionPerScene(screenplay);
        List<Set<String>> onCamera = new ArrayList<>();
        List<Set<String>> heard = new ArrayList<>();
        voicesPerScene(screenplay, onCamera, heard);
        List<Sheet> sheets = new ArrayList<>();
        for (SceneStat scene : stats.scenes()) {
            String action = scene.index() - 1 < actionText.size() ? actionText.get(scene.index() - 1) : "";
            int at = scene.index() - 1;
            Set<String> seen = at < onCamera.size() ? onCamera.get(at) : Set.of();
            Set<String> voices = at < heard.size() ? heard.get(at) : Set.of();
            // a speaker heard only in voice-over is not on set for this scene
            List<String> voiceOver = new ArrayList<>();
            List<String> onSet = new ArrayList<>();
            for (String name : scene.speakingCharacters()) {
                String key = name.toUpperCase(Locale.ROOT);
                (voices.contains(key) && !seen.contains(key) ? voiceOver : onSet).add(name);
            }
            List<String> speaking = together(onSet, speakers);
            List<String> silent = new ArrayList<>();
            for (String name : capitalised(action, speakers)) {
                if (!speaking.contains(name) && !silent.contains(name)) {
                    voiceOver.remove(name); // heard, and seen in the action too
                    silent.add(name);
                }
            }
            List<String> extras = new ArrayList<>();
            speaking = corrected(speaking, corrections, extras, List.of());
            silent = corrected(silent, corrections, extras, speaking);
            List<String> both = new ArrayList<>(speaking);
            both.addAll(silent);
            voiceOver = corrected(voiceOver, corrections, extras, both);
            sheets.add(new Sheet(scene.index(), scene.number(), scene.heading(), scene.setting(), scene.location(),
                    scene.timeOfDay(), scene.light(), scene.eighths(), speaking, silent, voiceOver,
                    withExtras(elements.of(scene.index()), extras), scene.line()));
        }
        return new Breakdown(sheets);
    }

    /**
     * Last words that make a name a group of people ("THE CROWD", "OFFICE LADIES", "ARMED
     * GUARDS"): background, which a first AD books as extras, not cast for the day out of
     * days. A {@link CastList} can say otherwise for any name.
     */
    static final Set<String> GROUP_WORDS = Set.of(
            "CROWD", "CROWDS", "MOB", "AUDIENCE", "TOWNSFOLK", "TOWNFOLK", "TOWNSPEOPLE", "PEOPLE", "FOLK", "FOLKS",
            "PASSENGERS", "NURSES", "STUDENTS", "KIDS", "CHILDREN", "MEN", "WOMEN", "GUARDS", "SOLDIERS", "COPS",
            "WORKERS", "LADIES", "GIRLS", "BOYS", "DANCERS", "PATRONS", "CUSTOMERS", "DINERS", "GUESTS",
            "ONLOOKERS", "SPECTATORS", "FANS", "REPORTERS", "PHOTOGRAPHERS", "FARMERS", "VILLAGERS", "TOURISTS",
            "WAITERS", "WAITRESSES", "PEDESTRIANS", "SHOPPERS", "PERFORMERS", "MUSICIANS", "BAND", "ORCHESTRA",
            "CHOIR", "PATIENTS", "EXTRAS", "TROOPS", "SAILORS", "PRISONERS", "INMATES", "MOURNERS", "PROTESTERS",
            "PARTYGOERS", "CLASSMATES", "TEENAGERS", "NEIGHBORS", "NEIGHBOURS", "VISITORS", "SERVANTS",
            "EMPLOYEES", "BYSTANDERS", "LOCALS", "RESIDENTS", "SHOWGIRLS", "ACROBATS", "CLOWNS");

    /** Whether {@code name} names a group of people rather than a person (see {@link #GROUP_WORDS}). */
    static boolean group(String name) {
        return GROUP_WORDS.contains(lastWord(name));
    }

    /** Whether {@code name} names an object rather than a person (see {@link #THINGS}). */
    static boolean thing(String name) {
        return THINGS.contains(lastWord(name));
    }

    private static String lastWord(String name) {
        String[] words = name.strip().toUpperCase(Locale.ROOT).split("\\s+");
        return words[words.length - 1];
    }

    /**
     * {@code names} as the cast list and the group rule have them: aliases replaced by the
     * name they stand for, names that are not people dropped, groups moved to {@code extras};
     * names already in {@code earlier} (a more important list of the scene) left out.
     */
    private static List<String> corrected(List<String> names, CastList corrections, List<String> extras,
            List<String> earlier) {
        List<String> kept = new ArrayList<>();
        for (String name : names) {
            String listed = corrections.aliases().containsKey(CastList.key(name)) ? corrections.resolve(name) : name;
            boolean extra = switch (corrections.treatment(name)) {
                case NOT_CAST -> {
                    listed = null;
                    yield false;
                }
                case EXTRAS -> true;
                case CAST -> false;
                case UNSAID -> group(listed);
            };
            if (listed == null) {
                continue;
            }
            if (extra) {
                listed = listed.replaceFirst("^(?i)(THE|A|AN)\\s+(?=\\S)", ""); // "THE CROWD" is the crowd
            }
            List<String> into = extra ? extras : kept;
            if (!into.contains(listed) && (extra || !earlier.contains(listed))) {
                into.add(listed);
            }
        }
        return kept;
    }

    private static Map<Category, List<String>> withExtras(Map<Category, List<String>> given,
            List<String> extras) {
        if (extras.isEmpty()) {
            return given;
        }
        Map<Category, List<String>> all = new EnumMap<>(Category.class);
        all.putAll(given);
        List<String> merged = new ArrayList<>(given.getOrDefault(Category.EXTRAS, List.of()));
        for (String name : extras) {
            if (!merged.contains(name)) {
                merged.add(name);
            }
        }
        all.put(Category.EXTRAS, merged);
        return all;
    }

    /**
     * Speakers with a cue like "EDWARD AND WILL" or "WILL & JOSEPHINE" (lines said together)
     * stand for each of them when every one speaks alone somewhere in the script: the cast
     * are the people, not the cue.
     */
    static List<String> together(List<String> cues, Set<String> speakers) {
        List<String> cast = new ArrayList<>();
        for (String cue : cues) {
            String[] people = cue.toUpperCase(Locale.ROOT).split("\\s*(?:\\bAND\\b|&|/|,)\\s*");
            boolean split = people.length > 1 && Arrays.stream(people).allMatch(speakers::contains);
            for (String name : split ? List.of(people) : List.of(cue)) {
                if (!cast.contains(name)) {
                    cast.add(name);
                }
            }
        }
        return cast;
    }

    /**
     * For each scene, in heading order: who speaks on camera (any cue without V.O.) and who
     * is heard in voice-over (a cue with V.O.), by the names statistics count them under.
     */
    private static void voicesPerScene(Screenplay screenplay, List<Set<String>> onCamera, List<Set<String>> heard) {
        for (Element element : screenplay.elements()) {
            if (element instanceof SceneHeading) {
                onCamera.add(new HashSet<>());
                heard.add(new HashSet<>());
            } else if (!onCamera.isEmpty()) {
                List<DialogueBlock> blocks = element instanceof DialogueBlock block ? List.of(block)
                        : element instanceof DualDialogue dual ? List.of(dual.left(), dual.right()) : List.of();
                for (DialogueBlock block : blocks) {
                    String name = ScriptStatistics.characterName(block.cue().name());
                    boolean voiceOver = block.cue().extensions().stream()
                            .anyMatch(x -> x.replace(".", "").strip().equalsIgnoreCase("VO"));
                    (voiceOver ? heard : onCamera).get(onCamera.size() - 1).add(name);
                }
            }
        }
    }

    /** The action text of each scene, in heading order (text before the first heading dropped). */
    private static List<String> actionPerScene(Screenplay screenplay) {
        List<String> result = new ArrayList<>();
        StringBuilder current = null;
        for (Element element : screenplay.elements()) {
            if (element instanceof SceneHeading) {
                if (current != null) {
                    result.add(current.toString());
                }
                current = new StringBuilder();
            } else if (element instanceof Action action && current != null) {
                current.append(action.text().plain()).append('\n');
            }
        }
        if (current != null) {
            result.add(current.toString());
        }
        return result;
    }

    /** Words that join or direct, never part of a name: a capitalised run is split at them. */
    static final Set<String> JOINERS = Set.of("ON", "AND", "OF", "TO", "IN", "AT", "WITH", "FROM", "OVER", "INTO", "BY",
            "FOR", "OFF", "UP", "OUT", "BACK", "AS", "OR", "IS", "ARE", "HIS", "HER", "THEIR");

    /** Names written in capitals, in order of appearance (see the class comment for the rule). */
    static List<String> capitalised(String text) {
        return capitalised(text, Set.of());
    }

    /**
     * Known speakers named in capitals count wherever they appear; a new name counts only
     * where a character is introduced: at the start of a sentence or after an article, and
     * followed by lower-case text or an age in brackets -- "The phone RINGS" is a sound.
     */
    static List<String> capitalised(String text, Set<String> speakers) {
        List<String> names = new ArrayList<>();
        Matcher m = CAPS.matcher(text);
        while (m.find()) {
            String run = m.group(1);
            int runStart = m.start(1);
            String[] words = run.split("\\s+");
            List<String> part = new ArrayList<>();
            List<List<String>> parts = new ArrayList<>();
            for (String w : words) {
                if (JOINERS.contains(w)) {
                    if (!part.isEmpty()) {
                        parts.add(part);
                    }
                    part = new ArrayList<>();
                } else {
                    part.add(w);
                }
            }
            if (!part.isEmpty()) {
                parts.add(part);
            }
            boolean single = parts.size() == 1 && parts.get(0).size() == words.length;
            for (List<String> p : parts) {
                String name = String.join(" ", p).replaceAll("[.\\-']+$", "").strip();
                // "A WAITRESS", "THE SHERIFF": the article is not part of the name, unless a cue
                // has it too ("THE TWINS")
                if (!speakers.contains(name.toUpperCase(Locale.ROOT))) {
                    name = name.replaceFirst("^(A|AN|THE) (?=\\S)", "");
                }
                String key = name.toUpperCase(Locale.ROOT);
                long letters = name.chars().filter(Character::isLetter).count();
                // "HACKING", "GRABBING THE SNAKE": a verb in capitals is an action or a sound (a
                // name ending in -ING, rare, still counts where that character speaks)
                boolean verb = GERUND.matcher(key).find() && !speakers.contains(key);
                boolean object = thing(key) && !speakers.contains(key);
                if (letters < 2 || NOT_CAST.contains(key) || verb || object || names.contains(name)) {
                    continue;
                }
                if (speakers.contains(key) || (single && introduced(text, runStart, m.end(1)) && !run.endsWith("."))) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static boolean introduced(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 6), start);
        boolean sentenceStart = start == 0 || before.matches("(?s).*([.!?]\\s+|\\n\\s*)$")
                || before.matches("(?s).*\\b(a|an|the|A|An|The)\\s+$");
        String after = text.substring(end, Math.min(text.length(), end + 3));
        boolean followed = after.matches("(?s)\\s*\\(.*") || after.matches("(?s),?\\s+\\p{Ll}.*");
        return sentenceStart && followed;
    }

    /**
     * The sheet's place in script order, counted from 1: how boards and rules name a scene
     * whatever its printed number.
     *
     * @throws IllegalArgumentException when the sheet is not one of this breakdown's
     */
    public int position(Sheet sheet) {
        for (int i = 0; i < sheets.size(); i++) {
            if (sheets.get(i) == sheet) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("scene " + sheet.displayNumber() + " is not in this breakdown");
    }

    /** Everyone in the cast of any scene, speaking, seen or heard, in capitals, in order of first appearance. */
    public Set<String> cast() {
        Set<String> names = new LinkedHashSet<>();
        for (Sheet s : sheets) {
            s.speakingCast().forEach(name -> names.add(name.toUpperCase(Locale.ROOT)));
            s.nonSpeakingCast().forEach(name -> names.add(name.toUpperCase(Locale.ROOT)));
            s.voiceOver().forEach(name -> names.add(name.toUpperCase(Locale.ROOT)));
        }
        return names;
    }

    /**
     * Someone in the breakdown and the scenes they are in, by the number each scene prints.
     *
     * @param name in capitals
     * @param scenes scene numbers, in script order
     */
    public record Appearances(String name, List<String> scenes) {

        public Appearances {
            scenes = List.copyOf(scenes);
        }
    }

    /**
     * Everyone on set in any scene (speaking or seen) with the scenes they are on set for,
     * most scenes first, ties in order of first appearance: the cast list a first AD reads.
     */
    public List<Appearances> castOnSet() {
        Map<String, List<String>> scenes = new LinkedHashMap<>();
        for (Sheet s : sheets) {
            for (String name : s.cast()) {
                scenes.computeIfAbsent(name, k -> new ArrayList<>()).add(s.displayNumber());
            }
        }
        return byMostScenes(scenes);
    }

    /** Everyone only ever heard (voice-over in every scene they are in), as {@link #castOnSet()}. */
    public List<Appearances> heardOnly() {
        Map<String, List<String>> scenes = new LinkedHashMap<>();
        for (Sheet s : sheets) {
            for (String name : s.voiceOver()) {
                scenes.computeIfAbsent(name.toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(s.displayNumber());
            }
        }
        for (Sheet s : sheets) {
            s.cast().forEach(scenes::remove);
        }
        return byMostScenes(scenes);
    }

    private static List<Appearances> byMostScenes(Map<String, List<String>> scenes) {
        return scenes.entrySet().stream().map(e -> new Appearances(e.getKey(), e.getValue()))
                .sorted((x, y) -> Integer.compare(y.scenes().size(), x.scenes().size())) // stable: ties keep their order
                .toList();
    }

    /** Total length in eighths, or {@code null} when any scene's length is unknown. */
    public Integer totalEighths() {
        int total = 0;
        for (Sheet s : sheets) {
            if (s.eighths() == null) {
                return null;
            }
            total += s.eighths();
        }
        return total;
    }
}
