package dev.showrunner.studio.series;

/** An episode of a season; {@code position} is 1-based within the season. */
public record Episode(long id, long seasonId, long seriesId, int position, String title, boolean archived) {}
