package dev.showrunner.studio.accounts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.store.Database;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Accounts, sign-in and sessions.
 *
 * <p>A session token is 32 random bytes given to the client once; the database keeps only its
 * SHA-256, so a copy of the database signs no one in. Each session has its own CSRF token. A
 * looked-up session is trusted for {@link #CACHE_TIME} (at most {@link #CACHE_SIZE} of them), so
 * that not every request asks the database; a sign-out in another process therefore takes
 * effect here within that time. Failed sign-ins are throttled per account and address, per
 * account, and per address ({@link LoginThrottle}).
 */
public final class Accounts {

    /** What signing in gives: the token for the cookie and the session it opens. */
    public record SignIn(String token, Session session) {}

    /** How long a session lasts. */
    public static final long SESSION_SECONDS = 14L * 24 * 3600;
    static final long SESSION_MILLIS = SESSION_SECONDS * 1000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.removingComments();
    private static final RowMapper<User> USER = (rs, ctx) ->
            new User(rs.getLong("id"), rs.getString("email"), rs.getString("name"), rs.getBoolean("admin"));

    private final Jdbi jdbi;
    private final Passwords passwords;
    private final LoginThrottle throttle;
    private final LongSupplier clock;
    private final Cache<String, Session> sessions;
    private final SecureRandom random = new SecureRandom();
    private final String decoyHash;

    public Accounts(Database database, int bcryptCost) {
        this(database, bcryptCost, System::currentTimeMillis, Ticker.systemTicker());
    }

    /**
     * @param clock epoch milliseconds, for the times kept in the database
     * @param ticker nanoseconds, for how long the session cache and the throttle remember
     */
    Accounts(Database database, int bcryptCost, LongSupplier clock, Ticker ticker) {
        this.jdbi = database.jdbi();
        this.passwords = new Passwords(bcryptCost);
        this.throttle = new LoginThrottle(ticker);
        this.clock = clock;
        this.sessions = Caffeine.newBuilder().ticker(ticker).maximumSize(CACHE_SIZE)
                .expireAfterWrite(CACHE_TIME).executor(Runnable::run).build();
        this.decoyHash = passwords.decoy();
    }

    /** True until the first account is made; the sign-up page is open only then (and to admins). */
    public boolean isEmpty() {
        return jdbi.withHandle(h -> h.createQuery(SQL.locate(Accounts.class, "user-count")).mapTo(Long.class).one()) == 0;
    }

    /** Makes an account. The first one made becomes the administrator. */
    public User register(String email, String name, String password) {
        String normal = normalEmail(email);
        if (name == null || name.isBlank()) {
            throw StudioException.badRequest("name: give a name to show to your colleagues");
        }
        checkNewPassword("password", password);
        String hash = passwords.hash(password);
        return jdbi.inTransaction(h -> {
            if (h.createQuery(SQL.locate(Accounts.class, "email-count")).bind("email", normal).mapTo(Long.class).one() > 0) {
                throw StudioException.conflict("email: an account with this address exists");
            }
            boolean first = h.createQuery(SQL.locate(Accounts.class, "user-count")).mapTo(Long.class).one() == 0;
            long id = h.createQuery(SQL.locate(Accounts.class, "user-insert"))
                    .bind("email", normal).bind("name", name.strip()).bind("hash", hash).bind("admin", first)
                    .bind("now", clock.getAsLong())
                    .mapTo(Long.class).one();
            return new User(id, normal, name.strip(), first);
        });
    }

    private static void checkNewPassword(String field, String password) {
        if (password == null || password.length() < Passwords.MIN_LENGTH) {
            throw StudioException.badRequest(field + ": use at least " + Passwords.MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > Passwords.MAX_BYTES) {
            throw StudioException.badRequest(field + ": use at most " + Passwords.MAX_BYTES + " bytes");
        }
    }

    /**
     * Changes the user's password and ends their other sessions (every one but {@code keepToken},
     * the one asking), so that whoever else held one is signed out. The current password is
     * asked for, and a wrong one is counted as a failed sign-in.
     *
     * @throws StudioException 400 naming {@code currentPassword} or {@code newPassword}, 429 when throttled
     */
    public void changePassword(User user, String current, String next, String keepToken, String client) {
        LoginThrottle.Wait wait = throttle.check(user.email(), client);
        if (wait.waits()) {
            throw StudioException.tooManyRequests(wait.reason() + "; try again in " + wait.spoken());
        }
        String hash = jdbi.withHandle(h -> h.createQuery(SQL.locate(Accounts.class, "user-by-email"))
                .bind("email", user.email()).map((rs, ctx) -> rs.getString("password_hash")).findOne()).orElse(decoyHash);
        if (!passwords.matches(current == null ? "" : current, hash)) {
            throttle.failed(user.email(), client);
            throw StudioException.badRequest("currentPassword: this is not your current password");
        }
        checkNewPassword("newPassword", next);
        if (Passwords.DEMO.equals(next)) {
            throw StudioException.badRequest("newPassword: the demo password is known to all; choose another");
        }
        String newHash = passwords.hash(next);
        jdbi.useHandle(h -> h.createUpdate(SQL.locate(Accounts.class, "user-password"))
                .bind("hash", newHash).bind("id", user.id()).execute());
        signOutElsewhere(user, keepToken);
    }

    /**
     * Ends every session of the user but {@code keepToken}'s. Other processes on the same
     * PostgreSQL stop trusting theirs within {@link #CACHE_TIME}, as for a sign-out.
     */
    public void signOutElsewhere(User user, String keepToken) {
        String keep = keepToken == null ? "" : sha256(keepToken);
        jdbi.useHandle(h -> h.createUpdate(SQL.locate(Accounts.class, "sessions-delete-others"))
                .bind("user", user.id()).bind("keep", keep).execute());
        // after the rows are gone, so that a look-up in between cannot cache one again
        sessions.asMap().entrySet().removeIf(e -> e.getValue().user().id() == user.id() && !e.getKey().equals(keep));
    }

    /**
     * Checks a password and opens a session.
     *
     * @param client the caller's address (the forwarded one behind a trusted proxy): failures
     *     are counted for the account from this address, for the account from anywhere, and
     *     for this address against any account
     * @throws StudioException 401 on a wrong address or password (the same for both), 429 when
     *     throttled, saying why and how long to wait
     */
    public SignIn signIn(String email, String password, String client) {
        String normal = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        LoginThrottle.Wait wait = throttle.check(normal, client);
        if (wait.waits()) {
            throw StudioException.tooManyRequests(wait.reason() + "; try again in " + wait.spoken());
        }
        var row = jdbi.withHandle(h -> h.createQuery(SQL.locate(Accounts.class, "user-by-email"))
                .bind("email", normal)
                .map((rs, ctx) -> new Object[] {USER.map(rs, ctx), rs.getString("password_hash")})
                .findOne());
        String hash = row.map(r -> (String) r[1]).orElse(decoyHash);
        boolean ok = passwords.matches(password == null ? "" : password, hash) && row.isPresent();
        if (!ok) {
            throttle.failed(normal, client);
            throw StudioException.unauthorized("wrong e-mail address or password");
        }
        throttle.succeeded(normal, client);
        User user = (User) row.get()[0];
        String token = randomToken();
        String csrf = randomToken();
        long now = clock.getAsLong();
        jdbi.useHandle(h -> h.createUpdate(SQL.locate(Accounts.class, "session-insert"))
                .bind("hash", sha256(token)).bind("user", user.id()).bind("csrf", csrf).bind("now", now)
                .bind("expires", now + SESSION_MILLIS).execute());
        return new SignIn(token, new Session(user, csrf));
    }

    /** How long a looked-up session is trusted before it is looked up again. */
    static final Duration CACHE_TIME = Duration.ofSeconds(5);
    /** The most looked-up sessions trusted at once; beyond it the least used are looked up again. */
    static final long CACHE_SIZE = 10_000;

    /** The live session a token opens, if any. */
    public Optional<Session> session(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        // a token that opens nothing is not cached: the look-up's null leaves no entry
        return Optional.ofNullable(sessions.get(sha256(token), hash -> lookUp(hash).orElse(null)));
    }

    private Optional<Session> lookUp(String hash) {
        return jdbi.withHandle(h -> h.createQuery(SQL.locate(Accounts.class, "session-live"))
                .bind("hash", hash).bind("now", clock.getAsLong())
                .map((rs, ctx) -> new Session(USER.map(rs, ctx), rs.getString("csrf_token")))
                .findOne());
    }

    public void signOut(String token) {
        if (token != null) {
            String hash = sha256(token);
            jdbi.useHandle(h -> h.createUpdate(SQL.locate(Accounts.class, "session-delete"))
                    .bind("hash", hash).execute());
            // after the row is gone, so that a look-up in between cannot cache it again
            sessions.invalidate(hash);
        }
    }

    public Optional<User> byEmail(String email) {
        String normal = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return jdbi.withHandle(h -> h.createQuery(SQL.locate(Accounts.class, "user-by-email"))
                .bind("email", normal).map(USER).findOne());
    }

    public Optional<User> byId(long id) {
        return jdbi.withHandle(h -> h.createQuery(SQL.locate(Accounts.class, "user-by-id"))
                .bind("id", id).map(USER).findOne());
    }

    static String normalEmail(String email) {
        String normal = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(normal).matches() || normal.length() > 200) {
            throw StudioException.badRequest("email: not an e-mail address");
        }
        return normal;
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
