package dev.showrunner.screenplay.layout;

/** How a line sits between its element's left and right indents. */
public enum Alignment {
    LEFT,
    CENTER,
    RIGHT
}
