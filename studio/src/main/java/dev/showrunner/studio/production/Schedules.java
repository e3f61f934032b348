package dev.showrunner.studio.production;

import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.store.Database;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * An episode's saved schedules: boards kept by name (the one sent to the network, the one the
 * crew shoots), each with what priced it, so it opens as it was saved whatever was saved
 * since. Nothing saved is changed or removed: a new board is saved under a new number.
 */
public final class Schedules {

    /** Longest name: a line of the schedule page's list. */
    public static final int MAX_NAME = 120;

    private static final RowMapper<SavedSchedule> SCHEDULE = (rs, ctx) -> new SavedSchedule(rs.getLong("episode_id"),
            rs.getInt("number"), rs.getString("name"), new SavedSchedule.Board(rs.getInt("draft_number"),
                    rs.getInt("files_version"), new ScheduleSettings(rs.getInt("eighths"),
                            LocalDate.parse(rs.getString("start_date")), rs.getInt("minutes_per_day"),
                            rs.getLong("move_cost"), rs.getLong("day_cost")),
                    rs.getString("board"), rs.getString("locks"), rs.getInt("days"), rs.getLong("cost"),
                    rs.getLong("lower_bound")),
            rs.getString("author_name"), rs.getLong("created_at"));

    private static final String SELECT = "SELECT s.*, u.name AS author_name FROM schedules s"
            + " JOIN users u ON u.id = s.author_id WHERE s.episode_id = :e";

    private final Jdbi jdbi;

    public Schedules(Database database) {
        this.jdbi = database.jdbi();
    }

    /** The episode's saved schedules, the latest first. */
    public List<SavedSchedule> list(long episodeId) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " ORDER BY s.number DESC").bind("e", episodeId)
                .map(SCHEDULE).list());
    }

    /** Schedule {@code number} of the episode; 404 when there is none. */
    public SavedSchedule get(long episodeId, int number) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " AND s.number = :n").bind("e", episodeId)
                        .bind("n", number).map(SCHEDULE).findOne())
                .orElseThrow(() -> StudioException.notFound("no saved schedule " + number + " in this episode"));
    }

    /**
     * Saves {@code board} (priced by the caller under its draft, files and settings) as the
     * episode's next schedule, named {@code name}; 400 when the name is empty, longer than
     * {@value #MAX_NAME} characters or more than one line.
     */
    public SavedSchedule save(long episodeId, String name, SavedSchedule.Board board, long authorId) {
        String named = name(name);
        // two saves at the same moment may both take the next number; the second tries the one after
        for (int attempt = 0; ; attempt++) {
            int number = jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(number), 0) + 1 FROM schedules"
                    + " WHERE episode_id = :e").bind("e", episodeId).mapTo(Integer.class).one());
            try {
                jdbi.useHandle(h -> h.createUpdate("INSERT INTO schedules (episode_id, number, name, draft_number,"
                                + " files_version, eighths, start_date, minutes_per_day, move_cost, day_cost, board, locks,"
                                + " days, cost, lower_bound, author_id, created_at) VALUES (:e, :n, :name, :draft, :files,"
                                + " :eighths, :start, :minutes, :move, :day, :board, :locks, :days, :cost, :bound, :a, :t)")
                        .bind("e", episodeId).bind("n", number).bind("name", named).bind("draft", board.draft())
                        .bind("files", board.files()).bind("eighths", board.settings().eighths())
                        .bind("start", board.settings().start().toString())
                        .bind("minutes", board.settings().minutesPerDay()).bind("move", board.settings().moveCost())
                        .bind("day", board.settings().dayCost()).bind("board", board.days()).bind("locks", board.locks())
                        .bind("days", board.shootingDays()).bind("cost", board.cost()).bind("bound", board.lowerBound())
                        .bind("a", authorId).bind("t", System.currentTimeMillis()).execute());
                return get(episodeId, number);
            } catch (RuntimeException e) {
                boolean taken = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM schedules WHERE episode_id = :e"
                        + " AND number = :n").bind("e", episodeId).bind("n", number).mapTo(Integer.class).one()) > 0;
                if (!taken || attempt == 2) {
                    throw e;
                }
            }
        }
    }

    /** The name as kept: stripped, one line, 1 to {@value #MAX_NAME} characters. */
    static String name(String name) {
        String named = name == null ? "" : name.strip();
        if (named.isEmpty()) {
            throw StudioException.badRequest("name: give the schedule a name (such as \"Network draft\" or \"Shooting schedule\")");
        }
        if (named.codePoints().anyMatch(Character::isISOControl)) {
            throw StudioException.badRequest("name: one line, without tabs or line breaks");
        }
        if (named.length() > MAX_NAME) {
            throw StudioException.badRequest("name: at most " + MAX_NAME + " characters, not " + named.length());
        }
        return named;
    }
}
