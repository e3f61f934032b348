package dev.showrunner.planning.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import dev.showrunner.planning.breakdown.Breakdown;
import dev.showrunner.planning.breakdown.Elements;
import dev.showrunner.screenplay.fountain.Fountain;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ICalendarTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    private static final Instant EXPORTED = Instant.parse("2027-02-14T09:30:00Z");
    /** A long title in scripts of two octets a letter, so that the summary line must fold. */
    private static final String TITLE = "Жанна и Αλέξης: Łucja Żurek w kawiarni CAFÉ, sezon drugi, odcinek trzeci";

    private static ShootingSchedule schedule() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            text.append("INT. ROOM ").append(i).append(" - DAY\n\nMARY waits.\n\n");
        }
        Breakdown breakdown = Breakdown.of(Fountain.read(text.toString()), Elements.none());
        return ShootingScheduler.arrange(ScheduleRequest.of(breakdown, 8, MONDAY), Constraints.none(),
                new int[] {1, 1, 2, 3, 3, 4});
    }

    @Test
    void iCalendar_parsedBackByTheLibrary_oneAllDayEventPerShootingDay() {
        ShootingSchedule schedule = schedule();

        ICalendar calendar = Biweekly.parse(Reports.iCalendar(schedule, TITLE, EXPORTED)).first();

        assertThat(calendar).isNotNull();
        List<VEvent> events = calendar.getEvents();
        assertThat(events).hasSize(schedule.days().size());
        for (int d = 0; d < events.size(); d++) {
            VEvent event = events.get(d);
            ShootingSchedule.Day day = schedule.days().get(d);
            assertThat(event.getDateTimeStamp().getValue()).isEqualTo(Date.from(EXPORTED));
            assertThat(event.getDateStart().getValue().hasTime()).isFalse();
            assertThat(localDate(event.getDateStart().getValue())).isEqualTo(day.date());
            assertThat(localDate(event.getDateEnd().getValue())).isEqualTo(day.date().plusDays(1));
            assertThat(event.getSummary().getValue()).startsWith(TITLE + " - day " + day.number() + " of 4: scenes ");
        }
        assertThat(events.get(0).getSummary().getValue()).endsWith("scenes 1, 2 (2/8 page)");
    }

    @Test
    void iCalendar_uids_uniqueStableAndDistinctForTitlesInOtherScripts() {
        ShootingSchedule schedule = schedule();

        List<String> uids = uids(Reports.iCalendar(schedule, TITLE, EXPORTED));
        List<String> again = uids(Reports.iCalendar(schedule, TITLE, EXPORTED.plusSeconds(86_400)));
        // two titles with no Latin letter: the old UIDs, made of the title's Latin letters, were equal
        List<String> greek = uids(Reports.iCalendar(schedule, "Αλέξης", EXPORTED));
        List<String> russian = uids(Reports.iCalendar(schedule, "Жанна", EXPORTED));

        assertThat(new HashSet<>(uids)).hasSize(schedule.days().size());
        assertThat(again).isEqualTo(uids);
        Set<String> all = new HashSet<>(uids);
        all.addAll(greek);
        all.addAll(russian);
        assertThat(all).hasSize(3 * schedule.days().size());
        assertThat(uids).allSatisfy(uid -> assertThat(uid).matches("[0-9a-f-]{36}@showrunner"));
    }

    @Test
    void iCalendar_lines_foldedAtSeventyFiveOctetsWithoutSplittingACharacter() throws CharacterCodingException {
        String ics = Reports.iCalendar(schedule(), TITLE, EXPORTED);
        byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);

        assertThat(ics).endsWith("\r\n");
        assertThat(ics).contains("\r\n "); // the summaries did fold
        int start = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                byte[] line = Arrays.copyOfRange(bytes, start, i);
                assertThat(line.length).isLessThanOrEqualTo(75);
                // each physical line is whole UTF-8 on its own: no character's octets are split
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line));
                start = i + 2;
            }
        }
        assertThat(start).isEqualTo(bytes.length);
    }

    @Test
    void foldOctets_shortLinesUnchanged_longOnesContinueWithASpace() {
        assertThat(Reports.foldOctets("SUMMARY:short\r\n")).isEqualTo("SUMMARY:short\r\n");
        String folded = Reports.foldOctets("X:" + "Ж".repeat(40) + "\r\n"); // 2 + 80 octets
        assertThat(folded).isEqualTo("X:" + "Ж".repeat(36) + "\r\n " + "Ж".repeat(4) + "\r\n");
    }

    private static List<String> uids(String ics) {
        return Biweekly.parse(ics).first().getEvents().stream().map(e -> e.getUid().getValue()).toList();
    }

    private static LocalDate localDate(Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
