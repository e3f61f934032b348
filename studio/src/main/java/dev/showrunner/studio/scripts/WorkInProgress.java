package dev.showrunner.studio.scripts;

/** A writer's unsaved text for an episode, kept so a closed tab or a restart loses nothing. */
public record WorkInProgress(long episodeId, long userId, int baseNumber, String body, long updatedAt) {}
