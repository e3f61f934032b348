package dev.showrunner.studio.production;

import java.util.Objects;

/**
 * A schedule saved by name: its number in the episode (1, 2, ...), the board and what priced
 * it, who saved it and when ({@code savedAt}, epoch milliseconds).
 */
public record SavedSchedule(long episodeId, int number, String name, Board board, String authorName, long savedAt) {

    /**
     * A board as priced when it was saved: the draft and the production files' version it keeps
     * to, the shooting days, each scene's day in script order ({@code days}, as a schedule's
     * address carries it: {@code 2.1.2.3}), the strips locked to their days ({@code 3.7}, or
     * empty), and its number of shooting days, cost and lower bound.
     */
    public record Board(int draft, int files, ScheduleSettings settings, String days, String locks, int shootingDays,
            long cost, long lowerBound) {

        public Board {
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(days, "days");
            locks = locks == null ? "" : locks;
        }
    }

    public SavedSchedule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(board, "board");
        authorName = authorName == null ? "" : authorName;
    }
}
