package dev.showrunner.studio.series;

import dev.showrunner.studio.accounts.Role;
import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.store.Database;
import java.util.List;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.core.mapper.RowMapper;

/** The series → seasons → episodes tree. Callers check access first. */
public final class Catalog {

    static final int MAX_TITLE = 200;

    private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.removingComments();
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
            long id = h.createQuery(SQL.locate(Catalog.class, "series-insert"))
                    .bind("title", t).bind("logline", l).bind("now", now).mapTo(Long.class).one();
            h.createUpdate(SQL.locate(Catalog.class, "membership-insert"))
                    .bind("series", id).bind("user", ownerId).bind("role", Role.SHOWRUNNER.key()).execute();
            return new Series(id, t, l, false, now);
        });
    }

    public List<Series> seriesFor(long userId, boolean includeArchived) {
        return jdbi.withHandle(h -> h.createQuery(SQL.locate(Catalog.class, "series-for-user"))
                .bind("user", userId).bind("all", includeArchived).map(SERIES).list());
    }

    public Series series(long id) {
        return jdbi.withHandle(h -> h.createQuery(SQL.locate(Catalog.class, "series")).bind("id", id)
                .map(SERIES).findOne()).orElseThrow(() -> StudioException.notFound("no such series"));
    }

    public void updateSeries(long id, String title, String logline, Boolean archived) {
        jdbi.useTransaction(h -> {
            if (title != null) {
                h.createUpdate(SQL.locate(Catalog.class, "series-title")).bind("title", title("title", title)).bind("id", id).execute();
            }
            if (logline != null) {
                h.createUpdate(SQL.locate(Catalog.class, "series-logline")).bind("logline", logline.strip()).bind("id", id).execute();
            }
            if (archived != null) {
                h.createUpdate(SQL.locate(Catalog.class, "series-archived")).bind("archived", archived).bind("id", id).execute();
            }
        });
    }

    // ---- seasons

    public Season createSeason(long seriesId, String title) {
        String t = title("title", title);
        return jdbi.inTransaction(h -> {
            int position = h.createQuery(SQL.locate(Catalog.class, "season-next-position"))
                    .bind("series", seriesId).mapTo(Integer.class).one();
            long id = h.createQuery(SQL.locate(Catalog.class, "season-insert"))
                    .bind("series", seriesId).bind("position", position).bind("title", t).mapTo(Long.class).one();
            return new Season(id, seriesId, position, t, false);
        });
    }

    public List<Season> seasons(long seriesId, boolean includeArchived) {
        return jdbi.withHandle(h -> h.createQuery(SQL.locate(Catalog.class, "seasons"))
                .bind("series", seriesId).bind("all", includeArchived).map(SEASON).list());
    }

    public Season season(long id) {
        return jdbi.withHandle(h -> h.createQuery(SQL.locate(Catalog.class, "season")).bind("id", id)
                .map(SEASON).findOne()).orElseThrow(() -> StudioException.notFound("no such season"));
    }

    /** A season and the user's role on its series. */
    public record SeasonAccess(Season season, Role role) {}

    /**
     * The season and the user's role in one query; 404 "no such season" both when there is none
     * and when the user is not on its series, so that the answer tells nothing of what exists.
     */
    public SeasonAccess seasonFor(long seasonId, long userId) {
        return jdbi.withHandle(h -> h.createQuery(SQL.locate(Catalog.class, "season-access"))
                        .bind("id", seasonId).bind("user", userId)
                        .map((rs, ctx) -> {
                            String role = rs.getString("role");
                            return new SeasonAccess(SEASON.map(rs, ctx), role == null ? null : Role.parse(role));
                        })
                        .findOne())
                .filter(a -> a.role() != null)
                .orElseThrow(() -> StudioException.notFound("no such season"));
    }

    public void updateSeason(long id, String title, Boolean archived, Integer position) {
        jdbi.useTransaction(h -> {
            if (title != null) {
                h.createUpdate(SQL.locate(Catalog.class, "season-title")).bind("title", title("title", title)).bind("id", id).execute();
            }
            if (archived != null) {
                h.createUpdate(SQL.locate(Catalog.class, "season-archived")).bind("archived", archived).bind("id", id).execute();
            }
            if (position != null) {
                long seriesId = h.createQuery(SQL.locate(Catalog.class, "season-series")).bind("id", id).mapTo(Long.class).one();
                List<Long> order = h.createQuery(SQL.locate(Catalog.class, "seasons-order"))
                        .bind("series", seriesId).mapTo(Long.class).list();
                renumber(h, "season-position", order, id, position);
            }
        });
    }

    // ---- episodes

    public Episode createEpisode(long seasonId, String title) {
        String t = title("title", title);
        Season season = season(seasonId);
        return jdbi.inTransaction(h -> {
            int position = h.createQuery(SQL.locate(Catalog.class, "episode-next-position"))
                    .bind("season", seasonId).mapTo(Integer.class).one();
            long id = h.createQuery(SQL.locate(Catalog.class, "episode-insert"))
                    .bind("season", seasonId).bind("position", position).bind("title", t).mapTo(Long.class).one();
            return new Episode(id, seasonId, season.seriesId(), position, t, false);
        });
    }

    /** The series' episodes in season, then episode order. */
    public List<Episode> episodes(long seriesId, boolean includeArchived) {
        return jdbi.withHandle(h -> h.createQuery(SQL.locate(Catalog.class, "episodes"))
                .bind("series", seriesId).bind("all", includeArchived).map(EPISODE).list());
    }

    public Episode episode(long id) {
        return jdbi.withHandle(h -> h.createQuery(SQL.locate(Catalog.class, "episode")).bind("id", id)
                .map(EPISODE).findOne()).orElseThrow(() -> StudioException.notFound("no such episode"));
    }

    /** An episode and the user's role on its series (null when not a member). */
    public record EpisodeAccess(Episode episode, Role role) {}

    /**
     * The episode and the user's role in one query: the hot path of the script page's calls.
     * 404 when there is no such episode or the user is not on its series.
     */
    public EpisodeAccess episodeFor(long episodeId, long userId) {
        return jdbi.withHandle(h -> h.createQuery(SQL.locate(Catalog.class, "episode-access"))
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
                h.createUpdate(SQL.locate(Catalog.class, "episode-title")).bind("title", title("title", title)).bind("id", id).execute();
            }
            if (archived != null) {
                h.createUpdate(SQL.locate(Catalog.class, "episode-archived")).bind("archived", archived).bind("id", id).execute();
            }
            if (position != null) {
                long seasonId = h.createQuery(SQL.locate(Catalog.class, "episode-season")).bind("id", id).mapTo(Long.class).one();
                List<Long> order = h.createQuery(SQL.locate(Catalog.class, "episodes-order"))
                        .bind("season", seasonId).mapTo(Long.class).list();
                renumber(h, "episode-position", order, id, position);
            }
        });
    }

    /**
     * Moves {@code id} to the 1-based {@code position} (clamped) and renumbers the rest densely
     * with the statement {@code update} (season-position or episode-position).
     */
    private static void renumber(Handle h, String update, List<Long> order, long id, int position) {
        List<Long> ids = new java.util.ArrayList<>(order);
        ids.remove(id);
        int at = Math.max(0, Math.min(position - 1, ids.size()));
        ids.add(at, id);
        for (int i = 0; i < ids.size(); i++) {
            h.createUpdate(SQL.locate(Catalog.class, update))
                    .bind("position", i + 1).bind("id", ids.get(i)).execute();
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
