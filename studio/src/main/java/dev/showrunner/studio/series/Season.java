package dev.showrunner.studio.series;

/** A season of a series; {@code position} is 1-based. */
public record Season(long id, long seriesId, int position, String title, boolean archived) {}
