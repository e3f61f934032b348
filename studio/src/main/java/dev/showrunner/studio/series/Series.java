package dev.showrunner.studio.series;

/** A series. */
public record Series(long id, String title, String logline, boolean archived, long createdAt) {}
