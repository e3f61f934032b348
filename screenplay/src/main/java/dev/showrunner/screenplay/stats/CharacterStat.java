package dev.showrunner.screenplay.stats;

import java.util.List;

/**
 * One speaking character.
 *
 * @param name the cue's name without extensions, in upper case
 * @param speeches how many times the character speaks (each cue once; each side of a dual
 *     dialogue counts for its speaker)
 * @param words words spoken (dialogue only; parentheticals excluded)
 * @param scenes 1-based indexes of the scenes the character speaks in; speech before the first
 *     heading belongs to no scene
 */
public record CharacterStat(String name, int speeches, int words, List<Integer> scenes) {
    public CharacterStat {
        scenes = List.copyOf(scenes);
    }
}
