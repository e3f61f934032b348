package dev.showrunner.studio.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The throttle on a ticker the test moves: nothing sleeps, nothing reads the clock. */
class LoginThrottleTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final LoginThrottle throttle = new LoginThrottle(nanos::get);

    private void pass(Duration time) {
        nanos.addAndGet(time.toNanos());
    }

    private void fail(String account, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(account, address);
        }
    }

    @Test
    void check_freeFailuresOfOneAccountFromOneAddress_thenThatClientWaitsASecondThenDoubling() {
        fail("ann@example.org", "10.0.0.1", LoginThrottle.FREE_PER_CLIENT - 1);
        assertThat(throttle.check("ann@example.org", "10.0.0.1").waits()).isFalse();

        fail("ann@example.org", "10.0.0.1", 1);
        LoginThrottle.Wait wait = throttle.check("ann@example.org", "10.0.0.1");
        assertThat(wait.duration()).isEqualTo(Duration.ofSeconds(1));
        assertThat(wait.reason()).isEqualTo("too many failed sign-ins to this account from your address");
        assertThat(wait.spoken()).isEqualTo("1 s");

        pass(Duration.ofSeconds(1));
        assertThat(throttle.check("ann@example.org", "10.0.0.1").waits()).isFalse();
        fail("ann@example.org", "10.0.0.1", 1);
        assertThat(throttle.check("ann@example.org", "10.0.0.1").duration()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void check_failuresAtOneAccount_slowNeitherAnotherAccountFromAnotherAddressNorFromTheSameAddress() {
        fail("ann@example.org", "10.0.0.1", LoginThrottle.FREE_PER_CLIENT + 3);
        assertThat(throttle.check("ann@example.org", "10.0.0.1").waits()).isTrue();

        assertThat(throttle.check("bob@example.org", "10.0.0.2").waits()).isFalse();
        assertThat(throttle.check("bob@example.org", "10.0.0.1").waits())
                .as("a colleague behind the same proxy address signs in").isFalse();
        assertThat(throttle.check("ann@example.org", "10.0.0.2").waits())
                .as("Ann herself, from another address, under the account's own allowance").isFalse();
    }

    @Test
    void check_failuresAtOneAccountFromManyAddresses_areThrottledForEveryAddress() {
        for (int i = 0; i < LoginThrottle.FREE_PER_ACCOUNT; i++) {
            fail("ann@example.org", "10.0.1." + i, 1);
        }
        LoginThrottle.Wait wait = throttle.check("ann@example.org", "10.0.2.99");
        assertThat(wait.waits()).isTrue();
        assertThat(wait.reason()).isEqualTo("too many failed sign-ins to this account");
        assertThat(throttle.check("bob@example.org", "10.0.2.99").waits()).isFalse();
    }

    @Test
    void check_anAccountsFailures_areDoubledUpToFifteenMinutesAndForgottenLater() {
        fail("ann@example.org", "10.0.0.1", LoginThrottle.FREE_PER_CLIENT + 30);
        LoginThrottle.Wait wait = throttle.check("ann@example.org", "10.0.0.1");
        assertThat(wait.duration()).isEqualTo(LoginThrottle.MAX_WAIT);
        assertThat(wait.spoken()).isEqualTo("15 min");

        pass(LoginThrottle.FORGET.plusSeconds(1));
        assertThat(throttle.check("ann@example.org", "10.0.0.1").waits()).isFalse();
        fail("ann@example.org", "10.0.0.1", 1);
        assertThat(throttle.check("ann@example.org", "10.0.0.1").waits()).as("counting starts again").isFalse();
    }

    @Test
    void succeeded_clearsTheAccountsCounts() {
        for (int i = 0; i < LoginThrottle.FREE_PER_ACCOUNT; i++) {
            fail("ann@example.org", i % 2 == 0 ? "10.0.0.1" : "10.0.1." + i, 1);
        }
        assertThat(throttle.check("ann@example.org", "10.0.0.1").waits()).isTrue();
        throttle.succeeded("ann@example.org", "10.0.0.1");
        assertThat(throttle.check("ann@example.org", "10.0.0.1").waits()).isFalse();
        assertThat(throttle.check("ann@example.org", "10.0.3.1").waits()).isFalse();
    }

    @Test
    void check_manyFailuresFromOneAddressAtManyAccounts_makeTheAddressWaitUntilItsWindowEnds() {
        for (int i = 0; i < LoginThrottle.FREE_PER_ADDRESS; i++) {
            fail("user" + i + "@example.org", "10.0.0.1", 1);
            pass(Duration.ofSeconds(1));
        }
        LoginThrottle.Wait wait = throttle.check("ann@example.org", "10.0.0.1");
        assertThat(wait.reason()).isEqualTo("too many failed sign-ins from your address");
        assertThat(wait.duration()).isEqualTo(LoginThrottle.ADDRESS_WINDOW.minusSeconds(LoginThrottle.FREE_PER_ADDRESS));
        assertThat(wait.spoken()).isEqualTo("14 min");
        assertThat(throttle.check("ann@example.org", "10.0.0.2").waits()).isFalse();

        throttle.succeeded("user1@example.org", "10.0.0.1");
        assertThat(throttle.check("ann@example.org", "10.0.0.1").waits())
                .as("signing into one's own account buys no more guesses").isTrue();

        pass(wait.duration());
        assertThat(throttle.check("ann@example.org", "10.0.0.1").waits()).isFalse();
    }

    @Test
    void spoken_roundsUpToWholeSecondsThenMinutes() {
        assertThat(new LoginThrottle.Wait(Duration.ofMillis(1), "").spoken()).isEqualTo("1 s");
        assertThat(new LoginThrottle.Wait(Duration.ofMillis(1500), "").spoken()).isEqualTo("2 s");
        assertThat(new LoginThrottle.Wait(Duration.ofSeconds(119), "").spoken()).isEqualTo("119 s");
        assertThat(new LoginThrottle.Wait(Duration.ofSeconds(121), "").spoken()).isEqualTo("3 min");
    }
}
