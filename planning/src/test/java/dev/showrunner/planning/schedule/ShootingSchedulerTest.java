package dev.showrunner.planning.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.planning.breakdown.Breakdown;
import dev.showrunner.planning.breakdown.Elements;
import dev.showrunner.planning.breakdown.Sheet;
import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.model.Screenplay;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShootingSchedulerTest {

    private static final Screenplay SCRIPT = Fountain.read(InputScripts.DINER);

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    @Test
    void schedule_smallScript_everySceneOnceWithinTheDailyCap() {
        Breakdown breakdown = Breakdown.of(SCRIPT, Elements.none());
        ScheduleRequest request = ScheduleRequest.of(breakdown, 8, MONDAY).withBoardLimit(100_000);

        ShootingSchedule schedule = ShootingScheduler.schedule(request, () -> false);

        assertThat(schedule.days().stream().mapToInt(d -> d.scenes().size()).sum()).isEqualTo(4);
        assertThat(schedule.days()).allSatisfy(d -> assertThat(d.eighths() <= 8 || d.scenes().size() == 1).isTrue());
        assertThat(schedule.feasible()).isTrue();
        assertThat(schedule.cost()).isGreaterThanOrEqualTo(schedule.lowerBound());
        assertThat(schedule.days().get(0).date()).isEqualTo(MONDAY);
    }

    @Test
    void schedule_dayCappedByTime_aTwelveHourSceneTakesTheDayAlone() {
        Breakdown breakdown = Breakdown.of(SCRIPT, Elements.none());
        ScheduleRequest byPages = ScheduleRequest.of(breakdown, 40, MONDAY).withBoardLimit(100_000);
        // scene 2, an eighth of a page, is a stunt the first AD times at twelve hours
        ScheduleRequest byTime = byPages.withShootingDay(12 * 60, java.util.Map.of(2, 12 * 60));

        ShootingSchedule pages = ShootingScheduler.schedule(byPages, () -> false);
        ShootingSchedule time = ShootingScheduler.schedule(byTime, () -> false);

        assertThat(pages.days()).hasSize(1);
        assertThat(time.days()).anySatisfy(d -> assertThat(d.scenes()).extracting(Sheet::displayNumber).containsExactly("2"));
        assertThat(time.days()).hasSize(2);
        assertThat(time.cost()).isGreaterThanOrEqualTo(time.lowerBound());
    }

    @Test
    void arrange_theCompanysCalendar_skipsHolidaysAndItsDaysOff() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            text.append("INT. ROOM ").append(i).append(" - DAY\n\nMARY waits.\n\n");
        }
        Breakdown breakdown = Breakdown.of(Fountain.read(text.toString()), Elements.none());
        ScheduleRequest request = ScheduleRequest.of(breakdown, 1, MONDAY); // a day for each scene
        int[] board = {1, 2, 3, 4, 5, 6};
        LocalDate tuesday = LocalDate.of(2027, 3, 2);
        // Tuesday 2 March a holiday, in a six-day week (Sundays off) and in the usual five-day one
        Constraints sixDayWeek = new Constraints(List.of(), java.util.Map.of(6, tuesday), java.util.Map.of(),
                java.util.Set.of(tuesday), java.util.Set.of(java.time.DayOfWeek.SUNDAY));
        Constraints fiveDayWeek = new Constraints(List.of(), java.util.Map.of(), java.util.Map.of(),
                java.util.Set.of(tuesday), null);

        ShootingSchedule six = ShootingScheduler.arrange(request, sixDayWeek, board);
        ShootingSchedule five = ShootingScheduler.arrange(request, fiveDayWeek, board);

        assertThat(six.days()).extracting(ShootingSchedule.Day::date).containsExactly(MONDAY, LocalDate.of(2027, 3, 3),
                LocalDate.of(2027, 3, 4), LocalDate.of(2027, 3, 5), LocalDate.of(2027, 3, 6), LocalDate.of(2027, 3, 8));
        assertThat(five.days()).extracting(ShootingSchedule.Day::date).containsExactly(MONDAY, LocalDate.of(2027, 3, 3),
                LocalDate.of(2027, 3, 4), LocalDate.of(2027, 3, 5), LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 9));
        // a scene fixed to the holiday cannot be kept there, and the conflict says why
        assertThat(six.conflicts()).singleElement()
                .hasToString("scene 6 on 2027-03-08: is fixed to 2027-03-02, which is not a shooting day");
        // the day out of days shows the holiday as a day off
        assertThat(DayOutOfDays.of(six).columns().get(1).date()).isEqualTo(tuesday);
        assertThat(DayOutOfDays.of(six).columns().get(1).dayOff()).isTrue();
    }

    @Test
    void arrange_eachScenesLocation_isTheLocationsFilesElseItsSetsPlace() {
        Breakdown breakdown = Breakdown.of(SCRIPT, Elements.none());
        ScheduleRequest alone = ScheduleRequest.of(breakdown, 40, MONDAY);
        ScheduleRequest together = alone.withLocations(java.util.Map.of("DINER", "TRUCK STOP", "PARKING LOT", "TRUCK STOP"));

        ShootingSchedule.Day apart = ShootingScheduler.arrange(alone, Constraints.none(), new int[] {1, 1, 1, 1}).days().get(0);
        ShootingSchedule.Day one = ShootingScheduler.arrange(together, Constraints.none(), new int[] {1, 1, 1, 1}).days().get(0);

        assertThat(apart.locations()).containsOnly("DINER", "PARKING LOT");
        for (int i = 0; i < 4; i++) {
            assertThat(apart.locations().get(i)).isEqualTo(apart.scenes().get(i).set());
        }
        assertThat(one.locations()).containsExactly("TRUCK STOP", "TRUCK STOP", "TRUCK STOP", "TRUCK STOP");
    }

    @Test
    void arrange_dayOverItsHours_saysHowLongItsScenesTake() {
        Breakdown breakdown = Breakdown.of(SCRIPT, Elements.none());
        // scene 2 timed at ten hours, in a day of eleven: scenes 1 and 2 together take longer
        ScheduleRequest request = ScheduleRequest.of(breakdown, 40, MONDAY)
                .withShootingDay(11 * 60, java.util.Map.of(2, 10 * 60));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ShootingScheduler.arrange(request, Constraints.none(), new int[] {1, 1, 2, 2}))
                .hasMessage("day 1 (scenes 1, 2) needs more than a day: its scenes and its company move take 11h 23m,"
                        + " and the day is 11h");
    }

    @Test
    void arrange_dayAtMoreThanThreeLocations_namesThem() {
        StringBuilder text = new StringBuilder();
        for (String place : new String[] {"DINER", "PIER", "MOTEL", "CHURCH"}) {
            text.append("INT. ").append(place).append(" - DAY\n\nMARY waits.\n\n");
        }
        Breakdown breakdown = Breakdown.of(Fountain.read(text.toString()), Elements.none());
        ScheduleRequest request = ScheduleRequest.of(breakdown, 800, MONDAY);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ShootingScheduler.arrange(request, Constraints.none(), new int[] {1, 1, 1, 1}))
                .hasMessage("day 1 (scenes 1, 2, 3, 4) is at 4 locations (DINER, PIER, MOTEL, CHURCH); a day visits at most 3");
    }

    @Test
    void arrange_dayCappedByTime_holdsAsManyEighthsAsTheEighthsCap() {
        // eleven hours for five pages: an eighth takes 16.5 minutes, and forty of them fill the
        // day exactly (rounding each to whole minutes would overfill it by twenty)
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            text.append("INT. DINER - DAY\n\nMARY waits.\n\n");
        }
        Breakdown breakdown = Breakdown.of(Fountain.read(text.toString()), Elements.none());
        assertThat(breakdown.sheets()).allSatisfy(s -> assertThat(s.eighths()).isEqualTo(1));
        ScheduleRequest byTime = ScheduleRequest.of(breakdown, 40, MONDAY).withShootingDay(11 * 60, java.util.Map.of());

        int[] allOnDayOne = new int[40];
        java.util.Arrays.fill(allOnDayOne, 1);
        ShootingSchedule oneDay = ShootingScheduler.arrange(byTime, Constraints.none(), allOnDayOne);

        assertThat(oneDay.days()).hasSize(1);
        assertThat(oneDay.days().get(0).scenes()).hasSize(40);
    }

    @Test
    void arrange_aFoundBoard_givesTheSameScheduleWithoutSearching() {
        Breakdown breakdown = Breakdown.of(SCRIPT, Elements.none());
        ScheduleRequest request = ScheduleRequest.of(breakdown, 8, MONDAY).withBoardLimit(100_000);
        ShootingSchedule found = ShootingScheduler.schedule(request, () -> false);
        int[] dayOfScene = new int[breakdown.sheets().size()];
        for (ShootingSchedule.Day day : found.days()) {
            for (Sheet sheet : day.scenes()) {
                dayOfScene[breakdown.sheets().indexOf(sheet)] = day.number();
            }
        }

        ShootingSchedule again = ShootingScheduler.arrange(request, Constraints.none(), dayOfScene);

        assertThat(again.days()).isEqualTo(found.days());
        assertThat(again.cost()).isEqualTo(found.cost());
        assertThat(again.lowerBound()).isEqualTo(found.lowerBound());
    }

    @Test
    void arrange_badBoard_saysWhatIsWrong() {
        Breakdown breakdown = Breakdown.of(SCRIPT, Elements.none());
        ScheduleRequest request = ScheduleRequest.of(breakdown, 8, MONDAY);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ShootingScheduler.arrange(request, Constraints.none(), new int[] {1, 1}))
                .hasMessage("the board has 2 scenes, the breakdown 4");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ShootingScheduler.arrange(request, Constraints.none(), new int[] {1, 2, 9, 1}))
                .hasMessage("scene 3 is on day 9, not one of days 1 to 4");
        // all four scenes on one day of a page: more than the day allows, said of that day
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ShootingScheduler.arrange(request, Constraints.none(), new int[] {1, 1, 1, 1}))
                .hasMessage("day 1 (scenes 1, 2, 3, 4) needs more than a day: its scenes and its company move take 9 eighths"
                        + " of a page, and a day holds 8 (a company move counts as 4)");
    }

    @Test
    void lowerBound_castAtMoreLocationsThanOneDayVisits_countsTheDaysTheyMustWork() {
        // MARY has an eighth of a page at each of seven places: one day holds her eighths, but
        // no day visits more than three places, so she works at least three days
        StringBuilder script = new StringBuilder();
        for (String place : java.util.List.of("DINER", "MOTEL", "GARAGE", "CHURCH", "SCHOOL", "DOCKS", "FARM")) {
            script.append("EXT. ").append(place).append(" - DAY\n\nMARY waits.\n\nMARY\nHello.\n\n");
        }
        Breakdown breakdown = Breakdown.of(Fountain.read(script.toString()), Elements.none());
        ScheduleRequest request = ScheduleRequest.of(breakdown, 40, MONDAY).withBoardLimit(200_000);

        ShootingSchedule schedule = ShootingScheduler.schedule(request, () -> false);

        // three days, four company moves, MARY paid three days: the bound proves it optimal
        assertThat(schedule.days()).hasSize(3);
        assertThat(schedule.castCost()).isEqualTo(3);
        assertThat(schedule.lowerBound()).isEqualTo(schedule.cost());
    }

    @Test
    void schedule_castUnavailable_conflictNamesSceneCastAndDate() throws ScriptFormatException {
        Breakdown breakdown = Breakdown.of(SCRIPT, Elements.none());
        // MARY is unavailable on every day the shoot could use
        Unavailability dates = Unavailability.read(new StringReader("MARY: 2027-03-01..2027-03-31\n"), "dates.txt");
        ScheduleRequest request = ScheduleRequest.of(breakdown, 8, MONDAY).withUnavailable(dates)
                .withBoardLimit(100_000);

        ShootingSchedule schedule = ShootingScheduler.schedule(request, () -> false);

        assertThat(schedule.feasible()).isFalse();
        assertThat(schedule.conflicts()).isNotEmpty();
        assertThat(schedule.conflicts().get(0).toString()).contains("needs MARY").contains("unavailable on 2027-03");
    }

    @Test
    void schedule_precedenceAndFixedDate_keptWhenPossible() {
        Breakdown breakdown = Breakdown.of(SCRIPT, Elements.none());
        // scene 4 before scene 1, scene 3 on the Wednesday; one scene a day
        Constraints constraints = new Constraints(java.util.List.<int[]>of(new int[] {4, 1}),
                java.util.Map.of(3, LocalDate.of(2027, 3, 3)), java.util.Map.of());
        ScheduleRequest request = ScheduleRequest.of(breakdown, 1, MONDAY).withBoardLimit(200_000);

        ShootingSchedule schedule = ShootingScheduler.schedule(request, constraints, () -> false);

        assertThat(schedule.feasible()).isTrue();
        java.util.List<String> order = schedule.days().stream()
                .flatMap(d -> d.scenes().stream()).map(Sheet::displayNumber).toList();
        assertThat(order.indexOf("4")).isLessThan(order.indexOf("1"));
        assertThat(schedule.days().stream().filter(d -> d.date().equals(LocalDate.of(2027, 3, 3)))
                .flatMap(d -> d.scenes().stream()).map(Sheet::displayNumber)).containsExactly("3");
    }

    @Test
    void pinning_locksScenesToDates_butTheRulesDateOfAFixedSceneStands() {
        Constraints rules = new Constraints(java.util.List.<int[]>of(new int[] {4, 1}),
                java.util.Map.of(3, LocalDate.of(2027, 3, 3)), java.util.Map.of());

        Constraints pinned = rules.pinning(java.util.Map.of(3, LocalDate.of(2027, 3, 1), 2, LocalDate.of(2027, 3, 2)));

        assertThat(pinned.fixedDates()).containsOnly(java.util.Map.entry(3, LocalDate.of(2027, 3, 3)),
                java.util.Map.entry(2, LocalDate.of(2027, 3, 2)));
        assertThat(pinned.precedences()).hasSize(1);
    }

    @Test
    void schedule_contractWindowMissed_conflictNamesTheContract() {
        Breakdown breakdown = Breakdown.of(SCRIPT, Elements.none());
        Constraints constraints = new Constraints(java.util.List.of(), java.util.Map.of(),
                java.util.Map.of("JOHN", new Constraints.Window(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 5))));
        ScheduleRequest request = ScheduleRequest.of(breakdown, 8, MONDAY).withBoardLimit(100_000);

        ShootingSchedule schedule = ShootingScheduler.schedule(request, constraints, () -> false);

        assertThat(schedule.feasible()).isFalse();
        assertThat(schedule.conflicts().get(0).toString())
                .contains("needs JOHN, whose contract runs 2027-02-01 to 2027-02-05");
    }

    @Test
    void reports_dayOutOfDays_codesAndTotals() {
        Breakdown breakdown = Breakdown.of(SCRIPT, Elements.none());
        ShootingSchedule schedule = ShootingScheduler.schedule(
                ScheduleRequest.of(breakdown, 1, MONDAY).withBoardLimit(50_000), () -> false);

        String[][] codes = Reports.dayOutOfDays(schedule);
        String csv = Reports.dayOutOfDaysCsv(schedule);
        String strips = Reports.stripboardCsv(schedule);
        String ics = Reports.iCalendar(schedule, "Diner");

        for (String[] row : codes) {
            String joined = String.join(" ", row).trim();
            assertThat(joined).matches("(SWF|SW( (W|H))* WF)");
        }
        assertThat(csv).startsWith("cast,day 1 2027-03-01").contains("work,hold,holidays");
        assertThat(strips).contains("END OF DAY 1 of").contains("blue").contains("yellow");
        assertThat(ics).contains("BEGIN:VEVENT").contains("DTSTART;VALUE=DATE:20270301");
    }

    @Test
    void unavailability_badDate_errorNamesLineAndColumn() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Unavailability.read(
                        new StringReader("# cast\nMARY: 2027-03-01, 2027-13-01\n"), "dates.txt"))
                .isInstanceOf(ScriptFormatException.class)
                .hasMessageStartingWith("dates.txt:2:19")
                .hasMessageContaining("\"2027-13-01\" is not a date");
    }

    @Test
    void bigFish_fivePageDays_printsScheduleAndDayOutOfDays() throws Exception {
        byte[] bytes;
        try (var in = getClass().getResourceAsStream("/big-fish/source.fountain")) {
            bytes = in.readAllBytes();
        }
        Screenplay script = Fountain.read(new String(bytes, StandardCharsets.UTF_8));
        Breakdown breakdown = Breakdown.of(script, Elements.none());
        ShootingSchedule schedule = ShootingScheduler.schedule(
                ScheduleRequest.of(breakdown, 40, MONDAY).withBoardLimit(300_000), () -> false);

        assertThat(schedule.days().stream().mapToInt(d -> d.scenes().size()).sum())
                .isEqualTo(breakdown.sheets().size());
        assertThat(schedule.days()).allSatisfy(d -> assertThat(d.eighths() <= 40 || d.scenes().size() == 1).isTrue());
        assertThat(schedule.cost()).isGreaterThanOrEqualTo(schedule.lowerBound());
        if (System.getenv("SHOW_SCHEDULE") != null) {
            System.out.println(Reports.stripboardCsv(schedule));
            System.out.println(Reports.dayOutOfDaysCsv(schedule));
            System.out.printf("days %d, cast cost %d, moves %d, cost %d, bound %d%n", schedule.days().size(),
                    schedule.castCost(), schedule.companyMoves(), schedule.cost(), schedule.lowerBound());
        }
        for (Sheet s : breakdown.sheets()) {
            assertThat(s.eighths()).isPositive();
        }
    }
}
