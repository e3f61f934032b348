package dev.showrunner.studio.accounts;

import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.store.Database;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Who may do what on a series. Non-members are told the series does not exist (404), so a
 * series' existence does not leak; members whose role only reads are refused with 403.
 */
public final class Access {

    /** One member of a series. */
    public record Member(User user, Role role) {}

    private final Jdbi jdbi;

    public Access(Database database) {
        this.jdbi = database.jdbi();
    }

    public Optional<Role> role(User user, long seriesId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT role FROM memberships WHERE series_id = :s AND user_id = :u")
                .bind("s", seriesId).bind("u", user.id())
                .mapTo(String.class).findOne().map(Role::parse));
    }

    /** The user's role; 404 when not a member. */
    public Role read(User user, long seriesId) {
        return role(user, seriesId).orElseThrow(() -> StudioException.notFound("no such series"));
    }

    /** The user's role when it writes (showrunner, writer); 404 for non-members, 403 for readers. */
    public Role write(User user, long seriesId) {
        Role role = read(user, seriesId);
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
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT u.id, u.email, u.name, u.admin, m.role FROM memberships m JOIN users u ON u.id = m.user_id "
                                + "WHERE m.series_id = :s ORDER BY u.name")
                .bind("s", seriesId)
                .map((rs, ctx) -> new Member(
                        new User(rs.getLong("id"), rs.getString("email"), rs.getString("name"), rs.getBoolean("admin")),
                        Role.parse(rs.getString("role"))))
                .list());
    }

    /** Adds a member or changes their role. A series keeps at least one showrunner. */
    public void setRole(long seriesId, long userId, Role role) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM memberships WHERE series_id = :s AND user_id = :u")
                    .bind("s", seriesId).bind("u", userId).execute();
            h.createUpdate("INSERT INTO memberships (series_id, user_id, role) VALUES (:s, :u, :r)")
                    .bind("s", seriesId).bind("u", userId).bind("r", role.key()).execute();
            requireShowrunner(h, seriesId);
        });
    }

    public void remove(long seriesId, long userId) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM memberships WHERE series_id = :s AND user_id = :u")
                    .bind("s", seriesId).bind("u", userId).execute();
            requireShowrunner(h, seriesId);
        });
    }

    private static void requireShowrunner(org.jdbi.v3.core.Handle h, long seriesId) {
        long showrunners = h.createQuery("SELECT COUNT(*) FROM memberships WHERE series_id = :s AND role = 'showrunner'")
                .bind("s", seriesId).mapTo(Long.class).one();
        if (showrunners == 0) {
            throw StudioException.conflict("a series needs a showrunner; name another one first");
        }
    }
}
