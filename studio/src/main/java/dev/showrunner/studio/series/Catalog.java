package dev.showrunner.studio.series;

import dev.showrunner.studio.accounts.Role;
import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.store.Database;
import dev.showrunner.studio.store.Sql;
import java.util.List;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** The series → seasons → episodes tree. Callers check access first. */
public final class Catalog {

    static final int MAX_TITLE = 200;

    private static final RowMapper<Series> SERIES = (rs, ctx) -> new Series(
            rs.getLong("id"), rs.getString("title"), rs.getString("logline"), rs.getBoolean("archived"),
            rs.getLong("created_at"));
    private static final RowMapper<Season> SEASON = (rs, ctx) -> new Season(
            rs.getLong("id"), rs.getLong("series_id"), rs.getInt("position"), rs.getString("title"),
            rs.getBoolean("archived"));
    private static final RowMapper<Episode> EPISODE = (rs, ctx) -> new Episode(
            rs.getLong("id"), rs.getLong("season_id"), rs.getLong("series_id"), rs.getInt("position"),
            rs.getString("title"), rs.getBoolean("archived"));

    private final Jdbi jdbi;
    private final LongSupplier clock;

    public Catalog(Database database) {
        this.jdbi = database.jdbi();
        this.clock = System::currentTimeMillis;
    }

    // ---- series

    /** Makes a series with {@code ownerId} as its showrunner. */
    public Series createSeries(long ownerId, String title, String logline) {
        String t = title("title", title);
        String l = logline == null ? "" : logline.strip();
        long now = clock.getAsLong();
        return jdbi.inTransaction(h -> {
            long id = h.createQuery("INSERT INTO series (title, logline, archived, created_at) VALUES (:t, :l, FALSE, :c) RETURNING id")
                    .bind("t", t).bind("l", l).bind("c", now).mapTo(Long.class).one();
            h.createUpdate("INSERT INTO memberships (series_id, user_id, role) VALUES (:s, :u, :r)")
                    .bind("s", id).bind("u", ownerId).bind("r", Role.SHOWRUNNER.key()).execute();
            return new Series(id, t, l, false, now);
        });
    }

    public List<Series> seriesFor(long userId, boolean includeArchived) {
        return jdbi.withHandle(h -> h.createQuery(Sql.of(Catalog.class, "series-for-user"))
                .bind("user", userId).bind("all", includeArchived).map(SERIES).list());
    }

    public Series series(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM series WHERE id = :id").bind("id", id)
                .map(SERIES).findOne()).orElseThrow(() -> StudioException.notFound("no such series"));
    }

    public void updateSeries(long id, String title, String logline, Boolean archived) {
        jdbi.useTransaction(h -> {
            if (title != null) {
                h.createUpdate("UPDATE series SET title = :t WHERE id = :id").bind("t", title("title", title)).bind("id", id).execute();
            }
            if (logline != null) {
                h.createUpdate("UPDATE series SET logline = :l WHERE id = :id").bind("l", logline.strip()).bind("id", id).execute();
            }
            if (archived != null) {
                h.createUpdate("UPDATE series SET archived = :a WHERE id = :id").bind("a", archived).bind("id", id).execute();
            }
        });
    }

    // ---- seasons

    public Season createSeason(long seriesId, String title) {
        String t = title("title", title);
        return jdbi.inTransaction(h -> {
            int position = h.createQuery("SELECT COALESCE(MAX(position), 0) + 1 FROM seasons WHERE series_id = :s")
                    .bind("s", seriesId).mapTo(Integer.class).one();
            long id = h.createQuery("INSERT INTO seasons (series_id, position, title, archived) VALUES (:s, :p, :t, FALSE) RETURNING id")
                    .bind("s", seriesId).bind("p", position).bind("t", t).mapTo(Long.class).one();
            return new Season(id, seriesId, position, t, false);
        });
    }

    public List<Season> seasons(long seriesId, boolean includeArchived) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT * FROM seasons WHERE series_id = :s AND (:all OR archived = FALSE) ORDER BY position")
                .bind("s", seriesId).bind("all", includeArchived).map(SEASON).list());
    }

    public Season season(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM seasons WHERE id = :id").bind("id", id)
                .map(SEASON).findOne()).orElseThrow(() -> StudioException.notFound("no such season"));
    }

    public void updateSeason(long id, String title, Boolean archived, Integer position) {
        jdbi.useTransaction(h -> {
            if (title != null) {
                h.createUpdate("UPDATE seasons SET title = :t WHERE id = :id").bind("t", title("title", title)).bind("id", id).execute();
            }
            if (archived != null) {
                h.createUpdate("UPDATE seasons SET archived = :a WHERE id = :id").bind("a", archived).bind("id", id).execute();
            }
            if (position != null) {
                long seriesId = h.createQuery("SELECT series_id FROM seasons WHERE id = :id").bind("id", id).mapTo(Long.class).one();
                List<Long> order = h.createQuery("SELECT id FROM seasons WHERE series_id = :s ORDER BY position")
                        .bind("s", seriesId).mapTo(Long.class).list();
                renumber(h, "seasons", order, id, position);
            }
        });
    }

    // ---- episodes

    public Episode createEpisode(long seasonId, String title) {
        String t = title("title", title);
        Season season = season(seasonId);
        return jdbi.inTransaction(h -> {
            int position = h.createQuery("SELECT COALESCE(MAX(position), 0) + 1 FROM episodes WHERE season_id = :s")
                    .bind("s", seasonId).mapTo(Integer.class).one();
            long id = h.createQuery("INSERT INTO episodes (season_id, position, title, archived) VALUES (:s, :p, :t, FALSE) RETURNING id")
                    .bind("s", seasonId).bind("p", position).bind("t", t).mapTo(Long.class).one();
            return new Episode(id, seasonId, season.seriesId(), position, t, false);
        });
    }

    /** The series' episodes in season, then episode order. */
    public List<Episode> episodes(long seriesId, boolean includeArchived) {
        return jdbi.withHandle(h -> h.createQuery(Sql.of(Catalog.class, "episodes"))
                .bind("series", seriesId).bind("all", includeArchived).map(EPISODE).list());
    }

    public Episode episode(long id) {
        return jdbi.withHandle(h -> h.createQuery(Sql.of(Catalog.class, "episode")).bind("id", id)
                .map(EPISODE).findOne()).orElseThrow(() -> StudioException.notFound("no such episode"));
    }

    /** An episode and the user's role on its series (null when not a member). */
    public record EpisodeAccess(Episode episode, Role role) {}

    /**
     * The episode and the user's role in one query: the hot path of the script page's calls.
     * 404 when there is no such episode or the user is not on its series.
     */
    public EpisodeAccess episodeFor(long episodeId, long userId) {
        return jdbi.withHandle(h -> h.createQuery(Sql.of(Catalog.class, "episode-access"))
                        .bind("id", episodeId).bind("user", userId)
                        .map((rs, ctx) -> {
                            String role = rs.getString("role");
                            return new EpisodeAccess(EPISODE.map(rs, ctx), role == null ? null : Role.parse(role));
                        })
                        .findOne())
                .filter(a -> a.role() != null)
                .orElseThrow(() -> StudioException.notFound("no such episode"));
    }

    public void updateEpisode(long id, String title, Boolean archived, Integer position) {
        jdbi.useTransaction(h -> {
            if (title != null) {
                h.createUpdate("UPDATE episodes SET title = :t WHERE id = :id").bind("t", title("title", title)).bind("id", id).execute();
            }
            if (archived != null) {
                h.createUpdate("UPDATE episodes SET archived = :a WHERE id = :id").bind("a", archived).bind("id", id).execute();
            }
            if (position != null) {
                long seasonId = h.createQuery("SELECT season_id FROM episodes WHERE id = :id").bind("id", id).mapTo(Long.class).one();
                List<Long> order = h.createQuery("SELECT id FROM episodes WHERE season_id = :s ORDER BY position")
                        .bind("s", seasonId).mapTo(Long.class).list();
                renumber(h, "episodes", order, id, position);
            }
        });
    }

    /** Moves {@code id} to the 1-based {@code position} (clamped) and renumbers the rest densely. */
    private static void renumber(Handle h, String table, List<Long> order, long id, int position) {
        List<Long> ids = new java.util.ArrayList<>(order);
        ids.remove(id);
        int at = Math.max(0, Math.min(position - 1, ids.size()));
        ids.add(at, id);
        for (int i = 0; i < ids.size(); i++) {
            h.createUpdate("UPDATE " + table + " SET position = :p WHERE id = :id")
                    .bind("p", i + 1).bind("id", ids.get(i)).execute();
        }
    }

    static String title(String field, String value) {
        if (value == null || value.isBlank()) {
            throw StudioException.badRequest(field + ": must not be empty");
        }
        String t = value.strip();
        if (t.length() > MAX_TITLE) {
            throw StudioException.badRequest(field + ": at most " + MAX_TITLE + " characters");
        }
        return t;
    }
}
