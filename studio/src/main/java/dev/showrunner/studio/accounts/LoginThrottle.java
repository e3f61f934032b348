package dev.showrunner.studio.accounts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/*
 * Failed sign-ins are counted three ways, so that neither a proxy nor an attacker who rotates
 * addresses decides for everyone:
 *
 *   1. one account from one address: FREE_PER_CLIENT failures, then each try waits, doubling
 *      from one second after the last failure up to MAX_WAIT;
 *   2. one account from every address together: FREE_PER_ACCOUNT failures, then the same
 *      doubling wait (an attacker rotating addresses meets this one);
 *   3. one address against every account together: FREE_PER_ADDRESS failures within
 *      ADDRESS_WINDOW of the first, then tries from the address wait until the window ends
 *      (credential stuffing from one machine meets this one; a studio behind one proxy address
 *      shares it, hence an allowance no office of typists reaches).
 *
 * A count of (1) or (2) is forgotten FORGET after its last failure; a success clears both for
 * its account. It does not clear (3): signing into one's own account buys no more guesses at
 * other people's. Everything is kept in memory (a restart forgives, which is acceptable for a
 * studio), in Caffeine caches bounded in size as well as time.
 */

/** Slows password guessing: per account and address, per account, and per address. */
final class LoginThrottle {

    /** Failures of one account from one address before tries from there wait. */
    static final int FREE_PER_CLIENT = 5;
    /** Failures of one account from all addresses together before every try at it waits. */
    static final int FREE_PER_ACCOUNT = 20;
    /** Failures from one address, at any accounts, within {@link #ADDRESS_WINDOW}. */
    static final int FREE_PER_ADDRESS = 100;
    /** The longest a doubling wait grows. */
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    /** A count of an account's failures is forgotten this long after its last failure. */
    static final Duration FORGET = MAX_WAIT.multipliedBy(2);
    /** The window in which an address's failures are counted, from its first failure. */
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
    /** The most counts each of the three kinds keeps; beyond it the least used are dropped. */
    static final long MAX_KEYS = 100_000;
    /** The longest account name counted: no account's e-mail address is longer. */
    private static final int MAX_ACCOUNT = 200;
    /** The longest address counted: an IPv6 address with its zone fits. */
    private static final int MAX_ADDRESS = 100;

    /** Why a try must wait, and how long; {@link #NONE} when it may go ahead. */
    record Wait(Duration duration, String reason) {
        static final Wait NONE = new Wait(Duration.ZERO, "");

        boolean waits() {
            return duration.isPositive();
        }

        /** The wait as people say it: whole seconds up to two minutes, then whole minutes, rounded up. */
        String spoken() {
            long seconds = Math.max(1, (duration.toMillis() + 999) / 1000);
            return seconds < 120 ? seconds + " s" : (seconds + 59) / 60 + " min";
        }
    }

    private record Client(String account, String address) {}

    private record Failures(int count, long lastAt) {}

    private record Window(int count, long firstAt) {}

    private final Ticker ticker;
    private final Cache<Client, Failures> clients;
    private final Cache<String, Failures> accounts;
    private final Cache<String, Window> addresses;

    LoginThrottle(Ticker ticker) {
        this.ticker = ticker;
        this.clients = Caffeine.newBuilder().ticker(ticker).maximumSize(MAX_KEYS)
                .expireAfterWrite(FORGET).executor(Runnable::run).build();
        this.accounts = Caffeine.newBuilder().ticker(ticker).maximumSize(MAX_KEYS)
                .expireAfterWrite(FORGET).executor(Runnable::run).build();
        // a fixed window: the entry (its count and first failure) goes ADDRESS_WINDOW after it was made
        this.addresses = Caffeine.newBuilder().ticker(ticker).maximumSize(MAX_KEYS)
                .expireAfter(Expiry.creating((String address, Window w) -> ADDRESS_WINDOW))
                .executor(Runnable::run).build();
    }

    /** How long {@code account} must wait before another try from {@code address}. */
    Wait check(String account, String address) {
        long now = ticker.read();
        Client client = new Client(key(account), address(address));
        Wait wait = Wait.NONE;
        wait = longer(wait, doubling(clients.getIfPresent(client), FREE_PER_CLIENT, now),
                "too many failed sign-ins to this account from your address");
        wait = longer(wait, doubling(accounts.getIfPresent(client.account()), FREE_PER_ACCOUNT, now),
                "too many failed sign-ins to this account");
        Window fromAddress = addresses.getIfPresent(client.address());
        if (fromAddress != null && fromAddress.count() >= FREE_PER_ADDRESS) {
            long left = fromAddress.firstAt() + ADDRESS_WINDOW.toNanos() - now;
            wait = longer(wait, Math.max(0, left), "too many failed sign-ins from your address");
        }
        return wait;
    }

    void failed(String account, String address) {
        long now = ticker.read();
        Client client = new Client(key(account), address(address));
        clients.asMap().merge(client, new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
        accounts.asMap().merge(client.account(), new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
        addresses.asMap().merge(client.address(), new Window(1, now), (old, one) -> new Window(old.count() + 1, old.firstAt()));
    }

    /** The account signed in from the address: its own counts are cleared, the address's kept. */
    void succeeded(String account, String address) {
        Client client = new Client(key(account), address(address));
        clients.invalidate(client);
        accounts.invalidate(client.account());
    }

    /** Nanoseconds left of a doubling wait: from one second after {@code free} failures to {@link #MAX_WAIT}. */
    private static long doubling(Failures f, int free, long now) {
        if (f == null || f.count() < free) {
            return 0;
        }
        int over = Math.min(f.count() - free, 20);
        long wait = Math.min(Duration.ofSeconds(1).toNanos() << over, MAX_WAIT.toNanos());
        return Math.max(0, f.lastAt() + wait - now);
    }

    private static Wait longer(Wait wait, long nanos, String reason) {
        return nanos > wait.duration().toNanos() ? new Wait(Duration.ofNanos(nanos), reason) : wait;
    }

    private static String key(String account) {
        String a = account == null ? "" : account;
        return a.length() > MAX_ACCOUNT ? a.substring(0, MAX_ACCOUNT) : a;
    }

    private static String address(String address) {
        String a = address == null ? "" : address;
        return a.length() > MAX_ADDRESS ? a.substring(0, MAX_ADDRESS) : a;
    }
}
