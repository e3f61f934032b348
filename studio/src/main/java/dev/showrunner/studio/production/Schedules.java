package dev.showrunner.studio.production;

import dev.showrunner.studio.errors.Fields;
import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.store.Database;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * An episode's saved schedules: boards kept by name (the one sent to the network, the one the
 * crew shoots), each with what priced it, so it opens as it was saved whatever was saved
 * since. Nothing saved is changed or removed: a new board is saved under a new number.
 */
public final class Schedules {

    /** Longest name: a line of the schedule page's list. */
    public static final int MAX_NAME = 120;

    private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.removingComments();
    private static final RowMapper<SavedSchedule> SCHEDULE = (rs, ctx) -> new SavedSchedule(rs.getLong("episode_id"),
            rs.getInt("number"), rs.getString("name"), new SavedSchedule.Board(rs.getInt("draft_number"),
                    rs.getInt("files_version"), new ScheduleSettings(rs.getInt("eighths"),
                            LocalDate.parse(rs.getString("start_date")), rs.getInt("minutes_per_day"),
                            rs.getLong("move_cost"), rs.getLong("day_cost")),
                    rs.getString("board"), rs.getString("locks"), rs.getInt("days"), rs.getLong("cost"),
                    rs.getLong("lower_bound")),
            rs.getString("author_name"), rs.getLong("created_at"));

    private final Jdbi jdbi;

    public Schedules(Database database) {
        this.jdbi = database.jdbi();
    }

    /** The episode's saved schedules, the latest first. */
    public List<SavedSchedule> list(long episodeId) {
        return jdbi.withHandle(h -> h.createQuery(SQL.locate(Schedules.class, "list")).bind("episode", episodeId)
                .map(SCHEDULE).list());
    }

    /** Schedule {@code number} of the episode; 404 when there is none. */
    public SavedSchedule get(long episodeId, int number) {
        return jdbi.withHandle(h -> h.createQuery(SQL.locate(Schedules.class, "one")).bind("episode", episodeId)
                        .bind("number", number).map(SCHEDULE).findOne())
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
            int number = jdbi.withHandle(h -> h.createQuery(SQL.locate(Schedules.class, "next-number"))
                    .bind("episode", episodeId).mapTo(Integer.class).one());
            try {
                jdbi.useHandle(h -> h.createUpdate(SQL.locate(Schedules.class, "insert"))
                        .bind("episode", episodeId).bind("number", number).bind("name", named).bind("draft", board.draft())
                        .bind("files", board.files()).bind("eighths", board.settings().eighths())
                        .bind("start", board.settings().start().toString())
                        .bind("minutes", board.settings().minutesPerDay()).bind("move", board.settings().moveCost())
                        .bind("day", board.settings().dayCost()).bind("board", board.days()).bind("locks", board.locks())
                        .bind("days", board.shootingDays()).bind("cost", board.cost()).bind("bound", board.lowerBound())
                        .bind("author", authorId).bind("now", System.currentTimeMillis()).execute());
                return get(episodeId, number);
            } catch (RuntimeException e) {
                boolean taken = jdbi.withHandle(h -> h.createQuery(SQL.locate(Schedules.class, "number-taken"))
                        .bind("episode", episodeId).bind("number", number).mapTo(Integer.class).one()) > 0;
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
        return Fields.optionalLine("name", named, MAX_NAME);
    }
}
