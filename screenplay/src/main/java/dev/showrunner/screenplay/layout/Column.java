package dev.showrunner.screenplay.layout;

/** Where a line stands: across the page, or in one column of dual dialogue. */
public enum Column {
    FULL,
    LEFT,
    RIGHT
}
