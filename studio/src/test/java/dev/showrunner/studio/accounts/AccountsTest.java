package dev.showrunner.studio.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.store.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sign-in throttling and the session cache, on a real SQLite database and a clock and ticker
 * the test moves (the storage suite runs the SQL on PostgreSQL too).
 */
class AccountsTest {

    private static final long START = 1_800_000_000_000L;

    @TempDir
    Path directory;

    private TestDatabases.Throwaway db;
    private final AtomicLong millis = new AtomicLong(START);
    private Accounts accounts;

    @BeforeEach
    void setUp() {
        db = TestDatabases.sqlite(directory);
        accounts = new Accounts(db.database(), 4, millis::get, () -> (millis.get() - START) * 1_000_000);
        accounts.register("ann@example.org", "Ann", "correct horse");
        accounts.register("bob@example.org", "Bob", "battery staple");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private void pass(Duration time) {
        millis.addAndGet(time.toMillis());
    }

    private StudioException refusal(String email, String password, String address) {
        try {
            accounts.signIn(email, password, address);
        } catch (StudioException e) {
            return e;
        }
        throw new AssertionError("signed in");
    }

    private void failAsAnn(String address, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(refusal("ann@example.org", "wrong", address).status()).isEqualTo(401);
        }
    }

    @Test
    void signIn_throttled_saysWhyAndHowLongToWait() {
        failAsAnn("10.0.0.1", LoginThrottle.FREE_PER_CLIENT);
        StudioException e = refusal("ann@example.org", "correct horse", "10.0.0.1");
        assertThat(e.status()).isEqualTo(429);
        assertThat(e.detail()).isEqualTo("too many failed sign-ins to this account from your address; try again in 1 s");
        pass(Duration.ofSeconds(1));
        assertThat(accounts.signIn("ann@example.org", "correct horse", "10.0.0.1").session().user().name()).isEqualTo("Ann");
    }

    @Test
    void signIn_failuresAtOneAccountFromOneAddress_doNotSlowAnotherAccountFromAnotherAddressOrTheSame() {
        failAsAnn("10.0.0.1", LoginThrottle.FREE_PER_CLIENT);
        assertThat(refusal("ann@example.org", "correct horse", "10.0.0.1").status()).isEqualTo(429);
        assertThat(accounts.signIn("bob@example.org", "battery staple", "10.0.0.2").session().user().name()).isEqualTo("Bob");
        assertThat(accounts.signIn("bob@example.org", "battery staple", "10.0.0.1").session().user().name())
                .as("behind the same proxy address").isEqualTo("Bob");
    }

    @Test
    void signIn_failuresAtOneAccountFromManyAddresses_areThrottled() {
        for (int i = 0; i < LoginThrottle.FREE_PER_ACCOUNT; i++) {
            failAsAnn("10.0.1." + i, 1);
        }
        StudioException e = refusal("ANN@example.org ", "correct horse", "10.0.2.1");
        assertThat(e.status()).isEqualTo(429);
        assertThat(e.detail()).startsWith("too many failed sign-ins to this account; try again in ");
        assertThat(accounts.signIn("bob@example.org", "battery staple", "10.0.2.1").session().user().name()).isEqualTo("Bob");
    }

    @Test
    void signIn_success_clearsTheAccountsFailures() {
        failAsAnn("10.0.0.1", LoginThrottle.FREE_PER_CLIENT - 1);
        accounts.signIn("ann@example.org", "correct horse", "10.0.0.1");
        failAsAnn("10.0.0.1", LoginThrottle.FREE_PER_CLIENT - 1);
        assertThat(accounts.signIn("ann@example.org", "correct horse", "10.0.0.1").session().user().name()).isEqualTo("Ann");
    }

    @Test
    void session_lookedUp_isTrustedForTheCacheTimeThenAskedAgain() {
        var signIn = accounts.signIn("ann@example.org", "correct horse", "10.0.0.1");
        assertThat(accounts.session(signIn.token())).isPresent();
        // signed out by another process: this one trusts what it looked up for a few seconds
        db.database().jdbi().useHandle(h -> h.execute("DELETE FROM sessions"));
        assertThat(accounts.session(signIn.token())).isPresent();
        pass(Accounts.CACHE_TIME);
        assertThat(accounts.session(signIn.token())).isEmpty();
        assertThat(accounts.session("no such token")).isEmpty();
    }

    @Test
    void session_expired_opensNothing() {
        var signIn = accounts.signIn("ann@example.org", "correct horse", "10.0.0.1");
        pass(Duration.ofSeconds(Accounts.SESSION_SECONDS));
        assertThat(accounts.session(signIn.token())).isEmpty();
    }
}
