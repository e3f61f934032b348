package dev.showrunner.screenplay.notes;

import dev.showrunner.screenplay.notes.Carried.Status;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Seeded pairs of drafts with notes on the first and the truth about each note in the second.
 * A draft is built as scenes of paragraphs of words and written as Fountain, so that every word's
 * place in the text is known; the second draft is the first with edits of six kinds (scenes
 * inserted, cut and moved, words rewritten inside and outside the notes' anchors, speeches and
 * actions cut); each note on the first draft says where its words are in the second, and
 * whether they should be kept, changed or orphaned.
 */
final class DraftPairs {

    /** Where a note is anchored. */
    enum Place { ACTION, DIALOGUE, HEADING, DUAL_DIALOGUE }

    /** What happened to a note's words, the kinds the accuracy is measured on. */
    enum Fate { UNTOUCHED, SCENE_MOVED, EDITED_NEARBY, EDITED_INSIDE, SCENE_CUT, TEXT_CUT }

    /** One note: its anchor in the old text, and where and how it should land in the new one. */
    record Note(Place place, Fate fate, Anchor anchor, Status expected, int expectedStart, int expectedEnd) {}

    record Pair(String oldText, String newText, List<Note> notes) {}

    private static final String[] NAMES = {"MARY", "JOHN", "ALMA", "BEN", "CORA", "DEV", "NINA", "OSCAR"};
    private static final String[] STOCK = {"yes", "what", "i know", "not now", "where is it", "go"};
    private static final String[] COMMON = {"the", "a", "and", "to", "of", "in", "you", "it", "is", "on"};

    private final Random random;
    private final List<String> words = new ArrayList<>();
    private final List<String> places = new ArrayList<>();

    DraftPairs(long seed) {
        random = new Random(seed);
        String[] syllables = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "be", "da", "fu", "go", "pi", "te", "zo"};
        while (words.size() < 600) {
            StringBuilder word = new StringBuilder();
            for (int k = 1 + random.nextInt(3); k >= 0; k--) {
                word.append(syllables[random.nextInt(syllables.length)]);
            }
            words.add(word.toString());
        }
        for (int k = 0; k < 15; k++) {
            places.add(words.get(random.nextInt(words.size())).toUpperCase() + " " + words.get(random.nextInt(words.size())).toUpperCase());
        }
    }

    /** A run of words of a paragraph; edits replace words in place, so a note's word indexes hold. */
    private static final class Words {
        final List<String> list;
        final Set<Integer> edited = new java.util.HashSet<>();

        Words(List<String> list) {
            this.list = new ArrayList<>(list);
        }

        Words copy() {
            Words copy = new Words(list);
            copy.edited.addAll(edited);
            return copy;
        }
    }

    private record Para(Place kind, String name, Words text, String other, Words otherText) {
        String reads() {
            return (kind == Place.ACTION ? "" : name) + ": " + text.list + (otherText == null ? "" : " / " + other + ": " + otherText.list);
        }

        Para copy(Map<Words, Words> copies) {
            return new Para(kind, name, copy(text, copies), other, otherText == null ? null : copy(otherText, copies));
        }

        private static Words copy(Words words, Map<Words, Words> copies) {
            Words copy = words.copy();
            copies.put(words, copy);
            return copy;
        }
    }

    private static final class SceneModel {
        final String inOut;
        final Words place;
        final String time;
        final List<Para> paras = new ArrayList<>();
        boolean touched;

        SceneModel(String inOut, Words place, String time) {
            this.inOut = inOut;
            this.place = place;
            this.time = time;
        }

        SceneModel copy(Map<Words, Words> copies) {
            Words placeCopy = place.copy();
            copies.put(place, placeCopy);
            SceneModel copy = new SceneModel(inOut, placeCopy, time);
            for (Para para : paras) {
                copy.paras.add(para.copy(copies));
            }
            return copy;
        }
    }

    /** Where a note points: a run of words [from, to) of one paragraph, and the fate given it. */
    private record Target(Place place, Words words, int from, int to) {}

    /** A pair of drafts of {@code scenes} scenes, {@code edits} edits apart, with {@code notes} notes. */
    Pair next(int scenes, int edits, int notes) {
        List<SceneModel> old = new ArrayList<>();
        for (int k = 0; k < scenes; k++) {
            old.add(scene());
        }
        List<Target> targets = new ArrayList<>();
        for (int k = 0; k < notes; k++) {
            targets.add(target(old));
        }
        Map<Words, Words> copies = new IdentityHashMap<>();
        List<SceneModel> now = new ArrayList<>();
        for (SceneModel scene : old) {
            now.add(scene.copy(copies));
        }
        Map<Words, Fate> fates = new IdentityHashMap<>();
        for (int k = 0; k < edits; k++) {
            edit(now, targets, copies, fates);
        }
        Map<Words, int[]> oldAt = new IdentityHashMap<>();
        Map<Words, int[]> newAt = new IdentityHashMap<>();
        String oldText = write(old, oldAt);
        String newText = write(now, newAt);
        List<Note> out = new ArrayList<>();
        for (Target target : targets) {
            int[] starts = oldAt.get(target.words());
            Anchor anchor = Anchor.in(oldText, starts[target.from()], end(target.words(), starts, target.to()));
            Words copy = copies.get(target.words());
            int[] moved = newAt.get(copy);
            Fate fate = fates.getOrDefault(target.words(), Fate.UNTOUCHED);
            if (moved == null) {
                out.add(new Note(target.place(), fate, anchor, Status.ORPHANED, -1, -1));
                continue;
            }
            boolean inside = false;
            for (int i = target.from(); i < target.to(); i++) {
                inside |= copy.edited.contains(i) && !target.words().edited.contains(i);
            }
            if (inside) {
                fate = Fate.EDITED_INSIDE;
            }
            out.add(new Note(target.place(), fate, anchor, inside ? Status.CHANGED : Status.KEPT,
                    moved[target.from()], end(copy, moved, target.to())));
        }
        return new Pair(oldText, newText, out);
    }

    private static int end(Words words, int[] starts, int to) {
        return starts[to - 1] + words.list.get(to - 1).length();
    }

    private void edit(List<SceneModel> now, List<Target> targets, Map<Words, Words> copies, Map<Words, Fate> fates) {
        int kind = random.nextInt(6);
        switch (kind) {
            case 0 -> now.add(random.nextInt(now.size() + 1), scene());
            case 1 -> {
                SceneModel cut = untouched(now);
                if (cut != null) {
                    now.remove(cut);
                    for (Target target : targets) {
                        if (inScene(cut, copies.get(target.words()))) {
                            fates.put(target.words(), Fate.SCENE_CUT);
                        }
                    }
                }
            }
            case 2 -> {
                SceneModel moved = untouched(now);
                if (moved != null) {
                    now.remove(moved);
                    now.add(random.nextInt(now.size() + 1), moved);
                    moved.touched = true;
                    for (Target target : targets) {
                        if (inScene(moved, copies.get(target.words()))) {
                            fates.putIfAbsent(target.words(), Fate.SCENE_MOVED);
                        }
                    }
                }
            }
            case 3 -> {
                // A word inside a note's anchor rewritten.
                Target target = targets.get(random.nextInt(targets.size()));
                Words words = copies.get(target.words());
                SceneModel scene = sceneOf(now, words);
                if (scene != null && !scene.touched) {
                    int i = target.from() + random.nextInt(target.to() - target.from());
                    rewrite(words, i, target.place() == Place.HEADING);
                    scene.touched = true;
                }
            }
            case 4 -> {
                // A word outside every anchor rewritten.
                SceneModel scene = untouched(now);
                if (scene != null && !scene.paras.isEmpty()) {
                    Para para = scene.paras.get(random.nextInt(scene.paras.size()));
                    int i = random.nextInt(para.text().list.size());
                    boolean free = true;
                    for (Target target : targets) {
                        Words words = copies.get(target.words());
                        free &= words != para.text() || i < target.from() || i >= target.to();
                    }
                    if (free) {
                        rewrite(para.text(), i, false);
                        scene.touched = true;
                        for (Target target : targets) {
                            if (inScene(scene, copies.get(target.words()))) {
                                fates.putIfAbsent(target.words(), Fate.EDITED_NEARBY);
                            }
                        }
                    }
                }
            }
            default -> {
                // A paragraph cut (one holding a note, or any), leaving its scene most of its words.
                Target noted = targets.get(random.nextInt(targets.size()));
                SceneModel scene = random.nextBoolean() ? sceneOf(now, copies.get(noted.words())) : untouched(now);
                if (scene != null && !scene.touched && scene.paras.size() >= 4) {
                    int index = random.nextInt(scene.paras.size());
                    for (int k = 0; k < scene.paras.size(); k++) {
                        Words words = copies.get(noted.words());
                        if (scene.paras.get(k).text() == words || scene.paras.get(k).otherText() == words) {
                            index = k;
                        }
                    }
                    Para candidate = scene.paras.get(index);
                    // Which of two paragraphs reading the same was cut is not in the texts: no
                    // tool could know, so the generator never asks.
                    if (scene.paras.stream().filter(p -> p != candidate && p.reads().equals(candidate.reads())).count() > 0) {
                        return;
                    }
                    Para cut = scene.paras.remove(index);
                    scene.touched = true;
                    for (Target target : targets) {
                        Words words = copies.get(target.words());
                        if (words == cut.text() || words == cut.otherText()) {
                            fates.put(target.words(), Fate.TEXT_CUT);
                        }
                    }
                }
            }
        }
    }

    private void rewrite(Words words, int i, boolean upper) {
        String word;
        do {
            word = this.words.get(random.nextInt(this.words.size()));
            word = upper ? word.toUpperCase() : word;
        } while (word.equals(words.list.get(i)));
        words.list.set(i, word);
        words.edited.add(i);
    }

    private SceneModel untouched(List<SceneModel> scenes) {
        for (int tries = 0; tries < 20; tries++) {
            SceneModel scene = scenes.get(random.nextInt(scenes.size()));
            if (!scene.touched) {
                return scene;
            }
        }
        return null;
    }

    private static boolean inScene(SceneModel scene, Words words) {
        if (scene.place == words) {
            return true;
        }
        for (Para para : scene.paras) {
            if (para.text() == words || para.otherText() == words) {
                return true;
            }
        }
        return false;
    }

    private static SceneModel sceneOf(List<SceneModel> scenes, Words words) {
        for (SceneModel scene : scenes) {
            if (inScene(scene, words)) {
                return scene;
            }
        }
        return null;
    }

    private Target target(List<SceneModel> scenes) {
        while (true) {
            SceneModel scene = scenes.get(random.nextInt(scenes.size()));
            Place place = Place.values()[random.nextInt(Place.values().length)];
            if (place == Place.HEADING) {
                return new Target(place, scene.place, 0, scene.place.list.size());
            }
            List<Para> fit = scene.paras.stream().filter(p -> p.kind() == (place == Place.DUAL_DIALOGUE ? Place.DUAL_DIALOGUE
                    : place)).toList();
            if (fit.isEmpty()) {
                continue;
            }
            Para para = fit.get(random.nextInt(fit.size()));
            Words words = place == Place.DUAL_DIALOGUE && random.nextBoolean() ? para.otherText() : para.text();
            int length = Math.min(words.list.size(), 2 + random.nextInt(5));
            int from = random.nextInt(words.list.size() - length + 1);
            return new Target(place, words, from, from + length);
        }
    }

    private SceneModel scene() {
        String place = places.get(random.nextInt(places.size()));
        SceneModel scene = new SceneModel(random.nextBoolean() ? "INT." : "EXT.", new Words(List.of(place.split(" "))),
                random.nextBoolean() ? "DAY" : "NIGHT");
        int paras = 3 + random.nextInt(6);
        EnumSet<Place> kinds = EnumSet.of(Place.ACTION, Place.DIALOGUE, Place.DUAL_DIALOGUE);
        for (int k = 0; k < paras; k++) {
            Place kind = List.copyOf(kinds).get(random.nextInt(8) < 4 ? 0 : random.nextInt(8) < 6 ? 1 : 2);
            String name = NAMES[random.nextInt(NAMES.length)];
            String other = NAMES[(List.of(NAMES).indexOf(name) + 1 + random.nextInt(NAMES.length - 1)) % NAMES.length];
            scene.paras.add(new Para(kind, name, sentence(), kind == Place.DUAL_DIALOGUE ? other : null,
                    kind == Place.DUAL_DIALOGUE ? sentence() : null));
        }
        return scene;
    }

    private Words sentence() {
        if (random.nextInt(10) == 0) {
            // The lines every script says many times: a note on one of them must not land on another.
            return new Words(List.of(STOCK[random.nextInt(STOCK.length)].split(" ")));
        }
        List<String> out = new ArrayList<>();
        for (int k = 4 + random.nextInt(18); k > 0; k--) {
            out.add(random.nextInt(4) == 0 ? COMMON[random.nextInt(COMMON.length)] : words.get(random.nextInt(words.size())));
        }
        return new Words(out);
    }

    /** The draft as Fountain, noting where each paragraph's words start. */
    private static String write(List<SceneModel> scenes, Map<Words, int[]> at) {
        StringBuilder out = new StringBuilder("Title: Carry Test\nAuthor: DraftPairs\n\n");
        for (SceneModel scene : scenes) {
            out.append(scene.inOut).append(' ');
            words(out, scene.place, at);
            out.append(" - ").append(scene.time).append("\n\n");
            for (Para para : scene.paras) {
                if (para.kind() != Place.ACTION) {
                    out.append(para.name()).append('\n');
                }
                words(out, para.text(), at);
                out.append(".\n\n");
                if (para.kind() == Place.DUAL_DIALOGUE) {
                    out.append(para.other()).append(" ^\n");
                    words(out, para.otherText(), at);
                    out.append(".\n\n");
                }
            }
        }
        return out.toString();
    }

    private static void words(StringBuilder out, Words words, Map<Words, int[]> at) {
        int[] starts = new int[words.list.size()];
        for (int i = 0; i < starts.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            starts[i] = out.length();
            out.append(words.list.get(i));
        }
        at.put(words, starts);
    }
}
