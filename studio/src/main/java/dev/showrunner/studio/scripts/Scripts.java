package dev.showrunner.studio.scripts;

import dev.showrunner.studio.errors.Fields;
import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.scripts.merge.MergeResult;
import dev.showrunner.studio.scripts.merge.ThreeWayMerge;
import dev.showrunner.studio.store.Database;
import dev.showrunner.studio.store.Dialect;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.core.mapper.RowMapper;

/** Drafts and work in progress of episodes' scripts. Callers check access first. */
public final class Scripts {

    /** The longest script text accepted, in characters (a feature is about 200 000). */
    public static final int MAX_TEXT = 2_000_000;
    static final int MAX_NAME = Fields.NAME;

    private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.removingComments();
    private static final RowMapper<Draft> DRAFT = (rs, ctx) -> new Draft(
            rs.getLong("id"), rs.getLong("episode_id"), rs.getInt("number"), rs.getString("name"),
            rs.getLong("author_id"), rs.getString("author_name"), rs.getLong("created_at"),
            rs.getInt("base_number"), rs.getString("body"));

    /** The storage a series' drafts may take unless the server is told otherwise: 1 GB. */
    public static final long DEFAULT_SERIES_QUOTA = 1024L * 1024 * 1024;

    private final Jdbi jdbi;
    private final boolean rowLocks;
    private final LongSupplier clock;
    private final long seriesQuota;

    public Scripts(Database database) {
        this(database, DEFAULT_SERIES_QUOTA);
    }

    /** With {@code seriesQuota}: the bytes of text a series' drafts may take in all; a save beyond it is refused. */
    public Scripts(Database database, long seriesQuota) {
        if (seriesQuota <= 0) {
            throw new IllegalArgumentException("series quota must be positive: " + seriesQuota);
        }
        this.jdbi = database.jdbi();
        // SQLite transactions here begin IMMEDIATE and so already run one at a time.
        this.rowLocks = database.dialect() == Dialect.POSTGRESQL;
        this.clock = System::currentTimeMillis;
        this.seriesQuota = seriesQuota;
    }

    /** The episode's drafts, newest first, without their text. */
    public List<Draft> drafts(long episodeId) {
        return jdbi.withHandle(h -> h.createQuery(SQL.locate(Scripts.class, "draft-list"))
                .bind("episode", episodeId).map(DRAFT).list());
    }

    public Draft draft(long episodeId, int number) {
        return jdbi.withHandle(h -> find(h, episodeId, number))
                .orElseThrow(() -> StudioException.notFound("no draft " + number + " of this episode"));
    }

    /** Draft {@code number}, or the latest when it is null; 404 when there is no such draft, or none yet. */
    public Draft draftOrLatest(long episodeId, Integer number) {
        return number != null ? draft(episodeId, number)
                : latest(episodeId).orElseThrow(() -> StudioException.notFound("no draft saved yet"));
    }

    public Optional<Draft> latest(long episodeId) {
        return jdbi.withHandle(h -> {
            int number = latestNumber(h, episodeId);
            return number == 0 ? Optional.empty() : find(h, episodeId, number);
        });
    }

    /**
     * Saves {@code text} as a new draft, started from draft {@code base} (0 when there was none).
     * When other drafts were saved since, merges them in; clashes come back unsaved.
     */
    public SaveOutcome save(long episodeId, long authorId, int base, String text, String name) {
        String body = checkText(text);
        String label = checkName(name);
        if (MergeResult.hasMarkers(body)) {
            throw StudioException.badRequest("text: still holds conflict markers (<<<<<<<, =======, >>>>>>>); resolve them first");
        }
        SaveOutcome outcome = jdbi.inTransaction(h -> {
            if (rowLocks) {
                // Saves of one episode queue here, so two never both take the same next number.
                h.createQuery(SQL.locate(Scripts.class, "episode-lock")).bind("episode", episodeId)
                        .mapTo(Long.class).findOne();
            }
            int latest = latestNumber(h, episodeId);
            if (base < 0 || base > latest) {
                throw StudioException.badRequest("base: no draft " + base + " of this episode (latest is " + latest + ")");
            }
            if (base == latest) {
                return new SaveOutcome.Saved(insert(h, episodeId, authorId, latest + 1, base, body, label), List.of());
            }
            String baseText = base == 0 ? "" : find(h, episodeId, base).orElseThrow().body();
            Draft newest = find(h, episodeId, latest).orElseThrow();
            MergeResult merge = ThreeWayMerge.merge(baseText, body, newest.body());
            if (!merge.clean()) {
                return new SaveOutcome.Conflicted(base, newest, merge);
            }
            List<Integer> merged = new ArrayList<>();
            for (int n = base + 1; n <= latest; n++) {
                merged.add(n);
            }
            Draft saved = insert(h, episodeId, authorId, latest + 1, latest, merge.text("", ""), label);
            return new SaveOutcome.Saved(saved, merged);
        });
        if (outcome instanceof SaveOutcome.Saved) {
            discardWork(episodeId, authorId);
        } else {
            keepWork(episodeId, authorId, base, body);
        }
        return outcome;
    }

    private Draft insert(Handle h, long episodeId, long authorId, int number, int base, String body, String name) {
        long bytes = body.getBytes(StandardCharsets.UTF_8).length;
        int counted = h.createUpdate(SQL.locate(Scripts.class, "series-storage-add"))
                .bind("bytes", bytes).bind("episode", episodeId).bind("quota", seriesQuota).execute();
        if (counted == 0) {
            long stored = h.createQuery(SQL.locate(Scripts.class, "series-storage")).bind("episode", episodeId)
                    .mapTo(Long.class).one();
            throw new StudioException(413, "over_quota", String.format(
                    "text: this series' drafts take %s of its %s of storage, and this draft (%s) does not fit;"
                            + " ask the studio's administrator to raise the quota (serve --series-quota)",
                    megabytes(stored), megabytes(seriesQuota), megabytes(bytes)));
        }
        long now = clock.getAsLong();
        h.createUpdate(SQL.locate(Scripts.class, "draft-insert"))
                .bind("episode", episodeId).bind("number", number).bind("name", name).bind("author", authorId)
                .bind("now", now).bind("base", base).bind("body", body).execute();
        return find(h, episodeId, number).orElseThrow();
    }

    // ---- work in progress

    /** Keeps a writer's unsaved text; the newest call wins. */
    public void keepWork(long episodeId, long userId, int base, String text) {
        String body = checkText(text);
        jdbi.useTransaction(h -> {
            if (rowLocks) {
                // Work in progress is not a saved draft: on PostgreSQL it need not wait for the
                // disk (a crash of the database itself may lose the last second of it).
                h.execute(SQL.locate(Scripts.class, "wip-unsynchronised"));
            }
            h.createUpdate(SQL.locate(Scripts.class, "wip-upsert"))
                    .bind("episode", episodeId).bind("user", userId).bind("base", base).bind("body", body)
                    .bind("now", clock.getAsLong()).execute();
        });
    }

    public Optional<WorkInProgress> work(long episodeId, long userId) {
        return jdbi.withHandle(h -> h.createQuery(SQL.locate(Scripts.class, "wip"))
                .bind("episode", episodeId).bind("user", userId)
                .map((rs, ctx) -> new WorkInProgress(rs.getLong("episode_id"), rs.getLong("user_id"),
                        rs.getInt("base_number"), rs.getString("body"), rs.getLong("updated_at")))
                .findOne());
    }

    public void discardWork(long episodeId, long userId) {
        jdbi.useHandle(h -> h.createUpdate(SQL.locate(Scripts.class, "wip-delete"))
                .bind("episode", episodeId).bind("user", userId).execute());
    }

    private static Optional<Draft> find(Handle h, long episodeId, int number) {
        return h.createQuery(SQL.locate(Scripts.class, "draft-one"))
                .bind("episode", episodeId).bind("number", number).map(DRAFT).findOne();
    }

    private static int latestNumber(Handle h, long episodeId) {
        return h.createQuery(SQL.locate(Scripts.class, "draft-latest-number"))
                .bind("episode", episodeId).mapTo(Integer.class).one();
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    static String checkText(String text) {
        if (text == null) {
            throw StudioException.badRequest("text: missing");
        }
        if (text.length() > MAX_TEXT) {
            throw StudioException.tooLarge("text: longer than " + MAX_TEXT + " characters");
        }
        if (text.indexOf('\0') >= 0) {
            throw StudioException.badRequest("text: holds a NUL character; is this a script file?");
        }
        Fields.characters("text", text, true);
        return text;
    }

    static String checkName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return Fields.optionalLine("name", name, MAX_NAME);
    }
}
