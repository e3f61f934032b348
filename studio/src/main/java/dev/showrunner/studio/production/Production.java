package dev.showrunner.studio.production;

import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.scripts.Draft;
import dev.showrunner.studio.scripts.Revisions;
import dev.showrunner.studio.scripts.Scripts;
import dev.showrunner.studio.store.Database;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.core.mapper.RowMapper;

/** An episode's production files: the saved versions, and the plan they make of a draft. */
public final class Production {

    /** Longest text of one file: a feature's locations file is a few kilobytes (Big Fish's: 7). */
    public static final int MAX_TEXT = 200_000;

    private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.removingComments();
    private static final RowMapper<ProductionFiles> FILES = (rs, ctx) -> new ProductionFiles(rs.getLong("episode_id"),
            rs.getInt("version"), new ProductionFiles.Texts(rs.getString("cast_list"), rs.getString("elements"),
                    rs.getString("places"), rs.getString("cast_costs"), rs.getString("unavailable"),
                    rs.getString("rules"), rs.getString("timings")), rs.getString("author_name"), rs.getLong("created_at"));

    private final Jdbi jdbi;
    private final Scripts scripts;
    private final Revisions revisions;

    public Production(Database database, Scripts scripts, Revisions revisions) {
        this.jdbi = database.jdbi();
        this.scripts = scripts;
        this.revisions = revisions;
    }

    /** The latest saved version, or version 0 with every file empty. */
    public ProductionFiles files(long episodeId) {
        return jdbi.withHandle(h -> latest(h, episodeId)).orElse(ProductionFiles.none(episodeId));
    }

    /** Version {@code version} (0: every file empty); 404 when the episode has no such version. */
    public ProductionFiles files(long episodeId, int version) {
        if (version == 0) {
            return ProductionFiles.none(episodeId);
        }
        return jdbi.withHandle(h -> h.createQuery(SQL.locate(Production.class, "files-version"))
                .bind("episode", episodeId).bind("version", version).map(FILES).findOne())
                .orElseThrow(() -> StudioException.notFound("no version " + version + " of this episode's production files"));
    }

    /**
     * Saves {@code texts} as the next version, started from version {@code base}. Checked first
     * against the latest draft: 400 with the file, line and column of the first error; 409 when
     * someone saved since {@code base}, or there is no draft yet to check against. Saving what is
     * saved already makes no new version.
     */
    public ProductionFiles save(long episodeId, int base, ProductionFiles.Texts texts, long authorId) {
        for (String name : ProductionFiles.NAMES) {
            if (texts.named(name).length() > MAX_TEXT) {
                throw StudioException.tooLarge(Plan.SOURCES.get(name) + ": more than " + MAX_TEXT + " characters");
            }
        }
        Draft draft = scripts.latest(episodeId).orElseThrow(() -> StudioException.conflict(
                "save a draft of the script first: the production files are checked against it"));
        plan(draft, texts);
        ProductionFiles current = files(episodeId);
        if (current.version() != base) {
            throw stale(current);
        }
        if (current.texts().equals(texts)) {
            return current;
        }
        try {
            jdbi.useHandle(h -> h.createUpdate(SQL.locate(Production.class, "files-insert"))
                    .bind("episode", episodeId).bind("version", base + 1).bind("cast", texts.cast())
                    .bind("elements", texts.elements()).bind("places", texts.places())
                    .bind("costs", texts.castCosts()).bind("unavailable", texts.unavailable())
                    .bind("rules", texts.rules()).bind("timings", texts.timings()).bind("author", authorId)
                    .bind("now", System.currentTimeMillis()).execute());
        } catch (RuntimeException e) {
            ProductionFiles now = files(episodeId);
            if (now.version() > base) {
                throw stale(now); // someone saved the same version at the same moment
            }
            throw e;
        }
        return files(episodeId);
    }

    /**
     * {@code draft} as production reads it: under its locked scene numbers once the episode is
     * locked ({@link Revisions#shooting}), omitted scenes left out.
     */
    public Screenplay shooting(Draft draft) {
        return revisions.shooting(draft);
    }

    /**
     * {@code draft} read with {@code files}, under the draft's locked numbers when it has them
     * ({@link #shooting}); 400 naming the file, line and column when a file cannot be read or
     * does not fit the draft.
     */
    public Plan plan(Draft draft, ProductionFiles.Texts files) {
        try {
            return Plan.of(shooting(draft), files);
        } catch (ScriptFormatException e) {
            throw StudioException.badRequest(e.getMessage() + " (production files, checked against " + draft.label() + ")");
        }
    }

    private static StudioException stale(ProductionFiles current) {
        return StudioException.conflict("the production files were saved by " + current.authorName()
                + " since you opened them (version " + current.version() + "); open them again and redo your change");
    }

    private static Optional<ProductionFiles> latest(Handle h, long episodeId) {
        return h.createQuery(SQL.locate(Production.class, "files-latest"))
                .bind("episode", episodeId).map(FILES).findOne();
    }
}
