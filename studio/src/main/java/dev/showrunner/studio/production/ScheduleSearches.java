package dev.showrunner.studio.production;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.showrunner.planning.schedule.Constraints;
import dev.showrunner.planning.schedule.ScheduleRequest;
import dev.showrunner.planning.schedule.ShootingSchedule;
import dev.showrunner.planning.schedule.ShootingScheduler;
import dev.showrunner.studio.errors.StudioException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The studio's shooting-schedule searches: one at a time per processor, each either waited for
 * (a request that asks for a schedule) or run in the background (a search of up to ten minutes
 * whose progress the page shows, then its board). A running search is never forgotten: there
 * are at most as many as processors, and a search asked for beyond them is refused with 429.
 * A finished one is kept in memory for a quarter of an hour after it ends, in a Caffeine cache
 * of at most {@link #MAX_KEPT} (past that the least used finished ones go first): a restart
 * forgets them, never a saved file.
 */
public final class ScheduleSearches {

    /** Longest search in the background. */
    public static final int MAX_SECONDS = 600;
    /** How long a finished search's answer is kept for its page. */
    static final Duration KEPT = Duration.ofMinutes(15);
    /** The most finished searches kept at once. */
    static final long MAX_KEPT = 1_000;

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleSearches.class);

    /** Where a background search stands. */
    public enum State { RUNNING, DONE, FAILED }

    /**
     * One background search: what was asked (the draft, the shooting days, files' version
     * and seconds), its best cost and bound so far, and at the end its board (each scene's day in
     * script order) or why it failed.
     */
    public static final class Search {
        private final String id;
        private final long episodeId;
        private final int draft;
        private final ScheduleSettings settings;
        private final int files;
        private final int seconds;
        private final java.util.SortedSet<Integer> pinned;
        private final long startedAt = System.nanoTime();
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private volatile ShootingScheduler.Progress progress;
        private volatile State state = State.RUNNING;
        private volatile String board;
        private volatile String failure;
        private volatile long endedAt;

        Search(String id, long episodeId, int draft, ScheduleSettings settings, int files, int seconds,
                java.util.SortedSet<Integer> pinned) {
            this.id = id;
            this.episodeId = episodeId;
            this.draft = draft;
            this.settings = settings;
            this.files = files;
            this.seconds = seconds;
            this.pinned = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(pinned));
        }

        public String id() { return id; }
        public long episodeId() { return episodeId; }
        public int draft() { return draft; }
        /** The shooting days searched for: pages, first day, hours, move and day costs. */
        public ScheduleSettings settings() { return settings; }
        public int files() { return files; }
        public int seconds() { return seconds; }
        /** The scenes (1-based positions) kept on the days they were locked to. */
        public java.util.SortedSet<Integer> pinned() { return pinned; }
        public State state() { return state; }
        /** The best board's cost and the bound so far; null before the first board. */
        public ShootingScheduler.Progress progress() { return progress; }
        /** The board found, once {@link State#DONE}. */
        public String board() { return board; }
        /** Why the search failed, once {@link State#FAILED}. */
        public String failure() { return failure; }
        public boolean cancelled() { return cancelled.get(); }

        /** Seconds since the search began, or that it ran once it ended. */
        public long elapsedSeconds() {
            long end = state == State.RUNNING ? System.nanoTime() : endedAt;
            return Duration.ofNanos(end - startedAt).toSeconds();
        }
    }

    private final Semaphore slots;
    private final Executor background;
    /** The searches under way, each holding one of the slots: bounded by them, never evicted. */
    private final Map<String, Search> running = new ConcurrentHashMap<>();
    /** The searches that ended, kept for their pages. */
    private final Cache<String, Search> finished;
    private final SecureRandom random = new SecureRandom();

    /** Searches as many at once as the machine has processors. */
    public ScheduleSearches() {
        this(Runtime.getRuntime().availableProcessors(), Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "schedule-search");
            thread.setDaemon(true); // a search never keeps the server from stopping
            return thread;
        }), Ticker.systemTicker(), MAX_KEPT);
    }

    /**
     * @param atOnce the most searches running at once
     * @param background runs the background searches
     * @param ticker the time by which finished searches are forgotten
     * @param kept the most finished searches kept
     */
    ScheduleSearches(int atOnce, Executor background, Ticker ticker, long kept) {
        this.slots = new Semaphore(Math.max(1, atOnce));
        this.background = background;
        this.finished = Caffeine.newBuilder().ticker(ticker).maximumSize(kept).expireAfterWrite(KEPT)
                .executor(Runnable::run).build();
    }

    /** Searches now, within the request's time limit; 429 when every processor is searching already. */
    public ShootingSchedule now(Plan plan, ScheduleRequest request) {
        acquire();
        try {
            return ShootingScheduler.schedule(request, plan.rules(), () -> false);
        } finally {
            slots.release();
        }
    }

    /**
     * Starts a search of {@code seconds} (1 to {@link #MAX_SECONDS}) in the background, under
     * the plan's rules and with the {@code pinned} scenes (1-based positions) on their dates;
     * 429 when every processor is searching already.
     */
    public Search start(long episodeId, int draft, int files, Plan plan, ScheduleSettings settings, int seconds,
            Map<Integer, LocalDate> pinned) {
        if (seconds < 1 || seconds > MAX_SECONDS) {
            throw StudioException.badRequest("seconds: a search may take 1 to " + MAX_SECONDS + " seconds, not " + seconds);
        }
        // refused requests are refused before they take a slot
        ScheduleRequest request = plan.request(settings).withTimeLimit(Duration.ofSeconds(seconds));
        Constraints rules = plan.rules().pinning(pinned);
        acquire();
        byte[] id = new byte[12];
        random.nextBytes(id);
        Search search = new Search(HexFormat.of().formatHex(id), episodeId, draft, settings, files, seconds,
                new java.util.TreeSet<>(pinned.keySet()));
        running.put(search.id, search);
        try {
            background.execute(() -> run(search, plan, rules, request));
        } catch (RuntimeException e) {
            running.remove(search.id);
            slots.release();
            throw e;
        }
        return search;
    }

    /** The episode's search of that id; 404 when there is none (another episode's, or forgotten). */
    public Search get(long episodeId, String id) {
        // a search that ends is kept as finished before it leaves the running: never in neither
        Search search = id == null ? null : running.get(id);
        if (search == null && id != null) {
            search = finished.getIfPresent(id);
        }
        if (search == null || search.episodeId != episodeId) {
            throw StudioException.notFound("no such search: a search's answer is kept for " + KEPT.toMinutes()
                    + " minutes after it ends, and a restart of the studio forgets it; schedule again");
        }
        return search;
    }

    /** Stops the search early: it ends with the best board found so far. */
    public void cancel(Search search) {
        search.cancelled.set(true);
    }

    private void run(Search search, Plan plan, Constraints rules, ScheduleRequest request) {
        try {
            ShootingSchedule schedule = ShootingScheduler.schedule(request, rules, search.cancelled::get,
                    p -> search.progress = p);
            search.progress = new ShootingScheduler.Progress(schedule.cost(), schedule.lowerBound(),
                    search.progress == null ? 0 : search.progress.boards(), Duration.ofNanos(System.nanoTime() - search.startedAt));
            search.board = schedule.board(plan.breakdown().sheets());
            search.endedAt = System.nanoTime();
            search.state = State.DONE;
        } catch (RuntimeException e) {
            LOG.error("schedule search {} of episode {} failed", search.id, search.episodeId, e);
            search.failure = "the search failed on the server; it has been logged";
            search.endedAt = System.nanoTime();
            search.state = State.FAILED;
        } finally {
            finished.put(search.id, search);
            running.remove(search.id);
            slots.release();
        }
    }

    private void acquire() {
        if (!slots.tryAcquire()) {
            throw StudioException.tooManyRequests("the studio is already scheduling as many scripts as it has"
                    + " processors; try again in a minute");
        }
    }
}
