package dev.showrunner.screenplay.model;

/** A character style. Bold italic is a run carrying both {@link #BOLD} and {@link #ITALIC}. */
public enum Style {
    BOLD,
    ITALIC,
    UNDERLINE
}
