package dev.showrunner.studio.accounts;

import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.store.Database;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Invitations to a series. A showrunner names an address and a role; the person becomes a
 * member only when, signed in with that address (or making an account with it), they accept.
 * Inviting answers the same whether the address has an account or not, so that the members
 * form tells no one who has one.
 *
 * <p>The token is 32 random bytes given once, in the link; the database keeps its SHA-256, as
 * for sessions. An invitation lasts {@link #LIFETIME_MILLIS}; inviting the same address to the
 * same series again replaces it. How the link reaches the invitee is the caller's business
 * ({@link Courier}): until the studio sends mail, the inviter is shown it to pass on.
 */
public final class Invitations {

    /** An invitation just made: the token (given only now) and what it grants. */
    public record Invitation(String token, long seriesId, String email, Role role, long expiresAt) {}

    /** A live invitation as found by its token or listed for its series (no token). */
    public record Pending(long seriesId, String email, Role role, long expiresAt) {}

    /**
     * How an invitation reaches the invitee. The studio has no mail yet ({@link #BY_HAND}): the
     * inviter is shown the link. A mail courier (Jakarta Mail) plugs in here, answering true
     * once it has sent the link, and the inviter is then told that it was sent.
     */
    public interface Courier {
        /** Sends the link to the invitee; false when it cannot and the inviter must pass it on. */
        boolean send(Invitation invitation, String link);

        Courier BY_HAND = (invitation, link) -> false;
    }

    /** How long an invitation can be accepted: seven days. */
    public static final long LIFETIME_MILLIS = 7L * 24 * 3600 * 1000;

    private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.removingComments();
    private static final RowMapper<Pending> PENDING = (rs, ctx) -> new Pending(rs.getLong("series_id"),
            rs.getString("email"), Role.parse(rs.getString("role")), rs.getLong("expires_at"));

    private final Jdbi jdbi;
    private final Access access;
    private final LongSupplier clock;
    private final SecureRandom random = new SecureRandom();

    public Invitations(Database database, Access access) {
        this(database, access, System::currentTimeMillis);
    }

    Invitations(Database database, Access access, LongSupplier clock) {
        this.jdbi = database.jdbi();
        this.access = access;
        this.clock = clock;
    }

    /** Invites {@code email} to the series as {@code role}, replacing an earlier invitation of that address. */
    public Invitation invite(long seriesId, String email, Role role, long invitedBy) {
        String normal = Accounts.normalEmail(email);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long now = clock.getAsLong();
        long expires = now + LIFETIME_MILLIS;
        jdbi.useTransaction(h -> {
            // expired ones are of no use to anyone: they go whenever someone invites
            h.createUpdate(SQL.locate(Invitations.class, "expired-delete")).bind("now", now).execute();
            h.createUpdate(SQL.locate(Invitations.class, "delete-for-email"))
                    .bind("series", seriesId).bind("email", normal).execute();
            h.createUpdate(SQL.locate(Invitations.class, "insert"))
                    .bind("hash", Accounts.sha256(token)).bind("series", seriesId).bind("email", normal)
                    .bind("role", role.key()).bind("by", invitedBy).bind("now", now).bind("expires", expires).execute();
        });
        return new Invitation(token, seriesId, normal, role, expires);
    }

    /** The live invitation a token opens, if any (not expired, not accepted, not replaced). */
    public Optional<Pending> find(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.createQuery(SQL.locate(Invitations.class, "live"))
                .bind("hash", Accounts.sha256(token)).bind("now", clock.getAsLong()).map(PENDING).findOne());
    }

    /**
     * Makes {@code user} a member with the invitation's role and uses the invitation up.
     *
     * @throws StudioException 404 when the token opens no live invitation, 403 when it is for
     *     another address than the user's
     */
    public Pending accept(String token, User user) {
        Pending invitation = find(token).orElseThrow(Invitations::notValid);
        if (!invitation.email().equalsIgnoreCase(user.email())) {
            throw StudioException.forbidden("this invitation is for " + invitation.email() + ", and you are signed in as "
                    + user.email() + "; sign in with the invited address to accept it");
        }
        int deleted = jdbi.withHandle(h -> h.createUpdate(SQL.locate(Invitations.class, "delete"))
                .bind("hash", Accounts.sha256(token)).execute());
        if (deleted == 0) {
            throw notValid(); // accepted in the meantime
        }
        access.setRole(invitation.seriesId(), user.id(), invitation.role());
        return invitation;
    }

    /** Withdraws the invitation of {@code email} to the series, if there is one. */
    public void withdraw(long seriesId, String email) {
        String normal = Accounts.normalEmail(email);
        jdbi.useHandle(h -> h.createUpdate(SQL.locate(Invitations.class, "delete-for-email"))
                .bind("series", seriesId).bind("email", normal).execute());
    }

    /** The series' live invitations, by address. */
    public List<Pending> pending(long seriesId) {
        return jdbi.withHandle(h -> h.createQuery(SQL.locate(Invitations.class, "pending"))
                .bind("series", seriesId).bind("now", clock.getAsLong()).map(PENDING).list());
    }

    public static StudioException notValid() {
        return StudioException.notFound("this invitation is not valid: it has expired, was accepted, or was replaced by a"
                + " newer one; ask whoever invited you for a new link");
    }
}
