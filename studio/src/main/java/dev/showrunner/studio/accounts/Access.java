package dev.showrunner.studio.accounts;

import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.store.Database;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/**
 * Who may do what on a series. Non-members are told the series does not exist (404), so a
 * series' existence does not leak; members whose role only reads are refused with 403.
 */
public final class Access {

    /** One member of a series. */
    public record Member(User user, Role role) {}

    private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.removingComments();

    private final Jdbi jdbi;

    public Access(Database database) {
        this.jdbi = database.jdbi();
    }

    public Optional<Role> role(User user, long seriesId) {
        return jdbi.withHandle(h -> h.createQuery(SQL.locate(Access.class, "role"))
                .bind("series", seriesId).bind("user", user.id())
                .mapTo(String.class).findOne().map(Role::parse));
    }

    /** The user's role; 404 when not a member. */
    public Role read(User user, long seriesId) {
        return role(user, seriesId).orElseThrow(() -> StudioException.notFound("no such series"));
    }

    /** The user's role when it writes (showrunner, writer); 404 for non-members, 403 for readers. */
    public Role write(User user, long seriesId) {
        return writes(read(user, seriesId));
    }

    /** {@code role} when it edits the script and the series' structure; 403 for the roles that only read. */
    public static Role writes(Role role) {
        if (!role.writes()) {
            throw StudioException.forbidden("your role (" + role.label() + ") reads this series but does not edit it");
        }
        return role;
    }

    /** The user's role when it keeps the production files; 404 for non-members, 403 for the other roles. */
    public Role plan(User user, long seriesId) {
        Role role = read(user, seriesId);
        if (!role.plans()) {
            throw StudioException.forbidden("your role (" + role.label() + ") reads the production files but does"
                    + " not edit them (the showrunner, producers and production do)");
        }
        return role;
    }

    /** The showrunner only; 404 for non-members, 403 for other roles. */
    public Role own(User user, long seriesId) {
        Role role = read(user, seriesId);
        if (!role.owns()) {
            throw StudioException.forbidden("only the showrunner may do this");
        }
        return role;
    }

    public List<Member> members(long seriesId) {
        return jdbi.withHandle(h -> h.createQuery(SQL.locate(Access.class, "members"))
                .bind("series", seriesId)
                .map((rs, ctx) -> new Member(
                        new User(rs.getLong("id"), rs.getString("email"), rs.getString("name"), rs.getBoolean("admin")),
                        Role.parse(rs.getString("role"))))
                .list());
    }

    /** Adds a member or changes their role. A series keeps at least one showrunner. */
    public void setRole(long seriesId, long userId, Role role) {
        jdbi.useTransaction(h -> {
            h.createUpdate(SQL.locate(Access.class, "membership-delete"))
                    .bind("series", seriesId).bind("user", userId).execute();
            h.createUpdate(SQL.locate(Access.class, "membership-insert"))
                    .bind("series", seriesId).bind("user", userId).bind("role", role.key()).execute();
            requireShowrunner(h, seriesId);
        });
    }

    public void remove(long seriesId, long userId) {
        jdbi.useTransaction(h -> {
            h.createUpdate(SQL.locate(Access.class, "membership-delete"))
                    .bind("series", seriesId).bind("user", userId).execute();
            requireShowrunner(h, seriesId);
        });
    }

    private static void requireShowrunner(Handle h, long seriesId) {
        long showrunners = h.createQuery(SQL.locate(Access.class, "showrunner-count"))
                .bind("series", seriesId).mapTo(Long.class).one();
        if (showrunners == 0) {
            throw StudioException.conflict("a series needs a showrunner; name another one first");
        }
    }
}
