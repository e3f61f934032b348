package dev.showrunner.studio.production;

import dev.showrunner.screenplay.layout.Eighths;
import dev.showrunner.studio.web.Chrome;
import dev.showrunner.planning.breakdown.Breakdown;
import dev.showrunner.planning.breakdown.Sheet;
import dev.showrunner.planning.schedule.DayOutOfDays;
import dev.showrunner.planning.schedule.Reports;
import dev.showrunner.planning.schedule.ShootingSchedule;
import dev.showrunner.studio.production.ProductionFiles;
import dev.showrunner.studio.production.SavedSchedule;
import dev.showrunner.studio.production.ScheduleSettings;
import dev.showrunner.studio.scripts.Draft;
import dev.showrunner.studio.series.Episode;
import dev.showrunner.studio.series.Series;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A draft's shooting schedule: the form and the production files, then (once asked) the
 * stripboard with its day breaks, the day out of days and the downloads. {@code draft} is null
 * when the episode has no draft yet, {@code schedule} when nothing has been asked (or the files
 * do not fit the draft).
 */
public record SchedulePage(Chrome chrome, Series series, Episode episode, Draft draft, List<Draft> drafts,
        ScheduleSettings settings, int seconds, Files files, Breakdown breakdown, ShootingSchedule schedule,
        Board board, List<SavedSchedule> saved) {

    /**
     * How the schedule shown came about: {@code filesVersion} is the production files' version
     * it keeps to; {@code byHand} whether it is a board given (moved by hand, or a link) rather
     * than searched for in this request, and {@code found} whether that board is as a
     * background search found it; {@code moveRefused} why the last move was not made (else null);
     * {@code locked} the strips (1-based positions in script order) locked to their days;
     * {@code carried} what carrying a saved schedule to this draft changed (else null).
     */
    public record Board(int filesVersion, boolean byHand, boolean found, String moveRefused,
            java.util.SortedSet<Integer> locked, Carried carried) {

        /** Whether the strip is locked to its day: a search from this board keeps it there. */
        public boolean locked(int position) {
            return locked.contains(position);
        }

        /**
         * A board carried from a saved schedule: what carrying it changed, and, when it brought
         * new scenes to be scheduled, the strips to lock ({@code 1.2.4...}: every other scene)
         * for a search that places them; else {@code placeLocks} is empty.
         */
        public record Carried(String note, String placeLocks) {}

        /** The locked strips as the address carries them ({@code 3.7.12}), empty when none. */
        public String locks() {
            return locksText(locked);
        }
    }

    /** Positions as an address carries them: {@code 3.7.12}. */
    public static String locksText(java.util.Collection<Integer> positions) {
        return positions.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("."));
    }

    /**
     * The production files as the form shows them: {@code texts} as saved or as just typed,
     * {@code version} the version a save starts from, {@code saved} the latest saved version
     * (shown beside the typed text after a clash), whether the user may edit them, what went
     * wrong with them (null when nothing did) and the warnings they give for the draft.
     */
    public record Files(ProductionFiles.Texts texts, int version, ProductionFiles saved, boolean editable,
            String problem, List<String> warnings) {

        /** Whether someone else's save is shown beside the text typed (after a clash). */
        public boolean clashed() {
            return saved.version() == version && !saved.texts().equals(texts) && problem != null;
        }

        /** "Version 3, saved by Ana Lopez on 2 Mar 2027", or that nothing was saved yet. */
        public String savedLine() {
            if (saved.version() == 0) {
                return "Not saved yet.";
            }
            return "Version " + saved.version() + ", saved by " + saved.authorName() + " on "
                    + SAVED.format(java.time.Instant.ofEpochMilli(saved.savedAt()).atZone(java.time.ZoneOffset.UTC))
                    + " (UTC).";
        }
    }

    private static final DateTimeFormatter SAVED = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    /** The strip colour's name for the row's class ("white", "yellow", "blue", "green"). */
    public String colour(Sheet sheet) {
        return Reports.stripColour(sheet).label();
    }

    public String intExt(Sheet sheet) {
        return Reports.intExt(sheet.setting());
    }

    public String dayNight(Sheet sheet) {
        return Reports.dayNight(sheet);
    }

    /** "End of Day 3 — Wed 3 Mar 2027 — 4 7/8 pages", as the stripboard's banner reads. */
    public String dayBreak(ShootingSchedule.Day day) {
        return "End of Day " + day.number() + " of " + schedule.days().size() + " — " + DAY.format(day.date()) + " — "
                + Eighths.of(day.eighths()).withUnit();
    }

    /** How far the schedule may be from the best: (cost - bound) / cost, as "7.0 %". */
    public String gap() {
        if (schedule.cost() == 0) {
            return "0 %";
        }
        return String.format(Locale.ROOT, "%.1f %%", 100.0 * (schedule.cost() - schedule.lowerBound()) / schedule.cost());
    }

    public DayOutOfDays dayOutOfDays() {
        return DayOutOfDays.of(schedule);
    }

    /** Where the downloads form posts this very board (its fields: the board and what priced it) for one report. */
    public String report(String file) {
        return "/episodes/" + episode.id() + "/schedule/reports/" + file;
    }

    /** The link to one report of a saved schedule, priced as it was saved. */
    public String savedReport(SavedSchedule s, String file) {
        return "/episodes/" + s.episodeId() + "/schedules/" + s.number() + "/reports/" + file;
    }

    /** The page's own address for a board: what a move leads to, and what to bookmark or send. */
    public static String address(long episode, int draft, ScheduleSettings settings, int seconds, int files,
            String days, String locks) {
        return "/episodes/" + episode + "/schedule?draft=" + draft + "&" + settings.query() + "&seconds=" + seconds
                + "&files=" + files
                + "&days=" + days + (locks.isEmpty() ? "" : "&locks=" + locks);
    }

    /** This board's address. */
    public String address() {
        return address(episode.id(), draft.number(), settings, seconds, board.filesVersion(),
                schedule.board(breakdown.sheets()), board.locks());
    }

    /** The scene's place in script order, counted from 1: how the board's form names it. */
    public int position(Sheet sheet) {
        return breakdown.position(sheet);
    }

    /** The saved schedule this very board is (same draft, files, days and locks), or null. */
    public SavedSchedule savedAs() {
        String days = schedule.board(breakdown.sheets());
        return saved.stream().filter(s -> s.board().draft() == draft.number() && s.board().files() == board.filesVersion()
                && s.board().settings().equals(settings) && s.board().days().equals(days)
                && s.board().locks().equals(board.locks())).findFirst().orElse(null);
    }

    /** A saved schedule's board, at its own address (priced as it was saved). */
    public String open(SavedSchedule s) {
        return address(s, seconds);
    }

    /** The address of a saved schedule's board, with {@code seconds} in the form for a search from it. */
    public static String address(SavedSchedule s, int seconds) {
        return address(s.episodeId(), s.board().draft(), s.board().settings(), seconds, s.board().files(),
                s.board().days(), s.board().locks());
    }

    /** The saved schedule's draft as the list shows it: its label, and whether a later draft came since. */
    public String draftOf(SavedSchedule s) {
        String label = drafts.stream().filter(d -> d.number() == s.board().draft()).map(Draft::label).findFirst()
                .orElse("draft " + s.board().draft());
        return drafts.isEmpty() || drafts.get(0).number() == s.board().draft() ? label
                : label + " (a later draft was saved since)";
    }

    /** "3 Mar 2027", when the schedule was saved (UTC). */
    public String savedOn(SavedSchedule s) {
        return SAVED.format(java.time.Instant.ofEpochMilli(s.savedAt()).atZone(java.time.ZoneOffset.UTC));
    }

    /** "1 company move", "3 company moves". */
    public static String count(long n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }
}
