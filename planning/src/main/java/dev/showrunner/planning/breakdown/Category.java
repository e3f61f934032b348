package dev.showrunner.planning.breakdown;

/** The kinds of element a breakdown sheet lists besides the cast, in sheet order. */
public enum Category {
    EXTRAS,
    PROPS,
    VEHICLES,
    WARDROBE,
    STUNTS,
    EFFECTS
}
