package dev.showrunner.studio.scripts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.revision.LayoutPages;
import dev.showrunner.screenplay.revision.Lock;
import dev.showrunner.screenplay.revision.LockFile;
import dev.showrunner.screenplay.revision.Revision;
import dev.showrunner.screenplay.revision.RevisionSet;
import dev.showrunner.screenplay.revision.SceneNumbers;
import dev.showrunner.studio.errors.Fields;
import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.store.Database;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.core.mapper.RowMapper;

/*
 * Production locks through the revision engine: locking a draft records its scene numbers and
 * pages (Revision.lock); issuing a revision from a later draft lays it out against the lock
 * (Revision.revise: A-pages, combined pages, marks in the margin, the next colour) and records
 * the next lock. Each issue is a new row; the lock JSON is the engine's LockFile format.
 */

/** Locks an episode's production draft and issues coloured revisions against it. */
public final class Revisions {

    private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.removingComments();
    private static final RowMapper<Issue> ISSUE = (rs, ctx) -> new Issue(rs.getLong("episode_id"), rs.getInt("level"),
            rs.getInt("draft_number"), rs.getString("color"), rs.getString("label"), rs.getString("author_name"),
            rs.getLong("created_at"), rs.getString("pages_text"));

    private final Jdbi jdbi;
    private final Scripts scripts;
    /**
     * Parsed locks by episode and level: an issue is never changed once written, so an entry
     * never goes stale; bounded, as every cache here, and a lock's JSON is read once, not on
     * every board priced.
     */
    private final Cache<LockKey, Lock> locks = Caffeine.newBuilder().maximumSize(256).build();

    public Revisions(Database database, Scripts scripts) {
        this.jdbi = database.jdbi();
        this.scripts = scripts;
    }

    /** The episode's issues, the lock first. */
    public List<Issue> issues(long episodeId) {
        return jdbi.withHandle(h -> h.createQuery(SQL.locate(Revisions.class, "issues"))
                .bind("episode", episodeId).map(ISSUE).list());
    }

    public Issue issue(long episodeId, int level) {
        return issues(episodeId).stream().filter(i -> i.level() == level).findFirst()
                .orElseThrow(() -> StudioException.notFound("no revision " + level + " of this episode"));
    }

    /**
     * The draft as production reads it (docs/revisions.md, rule 14): before the lock, as written;
     * from the lock on, numbered against the lock as it stood when the draft was written (the
     * latest issue from this draft or an earlier one), new scenes under A-numbers and omitted
     * scenes left out. Every breakdown, board and report of a draft reads this script, so scene
     * 12A is 12A on all of them.
     */
    public Screenplay shooting(Draft draft) {
        Screenplay script = Fountain.read(draft.body());
        Optional<StoredLock> stored = jdbi.withHandle(h -> h.createQuery(SQL.locate(Revisions.class, "lock-for-draft"))
                .bind("episode", draft.episodeId()).bind("draft", draft.number())
                .map((rs, ctx) -> new StoredLock(rs.getInt("level"), rs.getString("lock_json"))).findOne());
        return stored.map(s -> SceneNumbers.shooting(locks.get(new LockKey(draft.episodeId(), s.level()),
                k -> parse(s.json(), k.episodeId())), script)).orElse(script);
    }

    /** The episode's lock as it stands after its latest issue; null when it is not locked. */
    public Lock current(long episodeId) {
        List<Issue> issues = issues(episodeId);
        return issues.isEmpty() ? null : lock(episodeId, issues.getLast().level());
    }

    private record StoredLock(int level, String json) {}

    private record LockKey(long episodeId, int level) {}

    /** Locks draft {@code number} as the production draft; 409 when the episode is locked already. */
    public Issue lock(long episodeId, int number, long authorId, String label) {
        Fields.optionalLine("label", label, Fields.NAME);
        Screenplay script = Fountain.read(scripts.draft(episodeId, number).body());
        Lock lock = Revision.lock(script, LayoutPages.forScript(script), today(), label == null ? "" : label.strip());
        return insert(episodeId, 0, number, lock.current().color().displayName(), label, LockFile.write(lock), "", authorId);
    }

    /**
     * Issues the next revision from draft {@code number} against the current lock, in
     * {@code color} (the next in the industry's order when null, blank or "next"); 409 when not
     * locked, 400 naming the colour when it is none.
     */
    public Issue revise(long episodeId, int number, long authorId, String label, String color) {
        Fields.optionalLine("label", label, Fields.NAME);
        List<Issue> issues = issues(episodeId);
        if (issues.isEmpty()) {
            throw StudioException.conflict("lock a production draft first");
        }
        Lock lock = lock(episodeId, issues.getLast().level());
        RevisionSet next;
        try {
            next = RevisedPages.next(lock, today(), label, color, RevisionSet.ASTERISK);
        } catch (IllegalArgumentException e) {
            throw StudioException.badRequest("color: " + e.getMessage());
        }
        Revision.Revised revised = revised(lock, scripts.draft(episodeId, number), next, Revision.Options.DEFAULTS);
        return insert(episodeId, next.level(), number, next.color().displayName(), label, LockFile.write(revised.lock()),
                RevisedPages.text(revised, true), authorId);
    }

    /**
     * Revision {@code level} (1 or more) as it was issued: its draft set against the lock before
     * it, under the colour, date and mark it was issued with; with {@code onlyThisRevision} the
     * earlier revisions' marks are left off (rule 10). 404 for the lock itself or no such level.
     */
    public Revision.Revised revised(long episodeId, int level, boolean onlyThisRevision) {
        Issue issue = issue(episodeId, level);
        if (level == 0) {
            throw StudioException.notFound("the lock itself has no revised pages; revision 1 is the first");
        }
        Lock before = lock(episodeId, level - 1);
        RevisionSet as = lock(episodeId, level).revision(level);
        return revised(before, scripts.draft(episodeId, issue.draftNumber()), as,
                new Revision.Options(!onlyThisRevision, false));
    }

    private static Revision.Revised revised(Lock lock, Draft draft, RevisionSet next, Revision.Options options) {
        Screenplay script = Fountain.read(draft.body());
        return Revision.revise(lock, script, LayoutPages.forScript(script), next, options);
    }

    /** The lock recorded by issue {@code level}, read once. */
    private Lock lock(long episodeId, int level) {
        return locks.get(new LockKey(episodeId, level), k -> parse(jdbi.withHandle(h -> h.createQuery(
                SQL.locate(Revisions.class, "lock-json")).bind("episode", episodeId).bind("level", level)
                .mapTo(String.class).one()), episodeId));
    }

    private static Lock parse(String json, long episodeId) {
        try {
            return LockFile.read(json, "episode " + episodeId);
        } catch (ScriptFormatException e) {
            throw new IllegalStateException("stored lock unreadable", e);
        }
    }

    private Issue insert(long episodeId, int level, int number, String color, String label, String json, String pages, long authorId) {
        String l = Fields.optionalLine("label", label, Fields.NAME);
        long now = System.currentTimeMillis();
        try {
            jdbi.useHandle(h -> h.createUpdate(SQL.locate(Revisions.class, "issue-insert"))
                    .bind("episode", episodeId).bind("level", level).bind("draft", number).bind("color", color)
                    .bind("label", l).bind("lock", json).bind("pages", pages).bind("author", authorId)
                    .bind("now", now).execute());
        } catch (RuntimeException e) {
            Optional<Issue> existing = issues(episodeId).stream().filter(i -> i.level() == level).findFirst();
            if (existing.isPresent()) {
                throw StudioException.conflict(level == 0 ? "this episode is locked already" : "someone issued this revision at the same moment");
            }
            throw e;
        }
        return issue(episodeId, level);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
