package dev.showrunner.planning.schedule;

import dev.showrunner.screenplay.layout.Eighths;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.planning.breakdown.Breakdown;
import dev.showrunner.planning.breakdown.Elements;
import dev.showrunner.planning.breakdown.Sheet;
import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.layout.Paper;
import dev.showrunner.screenplay.model.Setting;
import dev.showrunner.screenplay.stats.TimeOfDay;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class ScheduleReportsPdfTest {

    private static final Breakdown DINER = Breakdown.of(Fountain.read(InputScripts.DINER + """

            INT. OFFICE - DAY

            SAM
            Who's next?

            EXT. ROOF - NIGHT

            SAM
            Up here.

            MARY
            Finally.
            """), Elements.none());

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    /** Five shooting days by hand: Mon 1, Tue 2, Wed 3, Mon 8 and Fri 19 March 2027. */
    private static ShootingSchedule diner() {
        Map<String, Sheet> scene = DINER.sheets().stream()
                .collect(Collectors.toMap(Sheet::displayNumber, Function.identity()));
        List<ShootingSchedule.Day> days = List.of(
                new ShootingSchedule.Day(1, MONDAY, List.of(scene.get("2"), scene.get("5"))),
                new ShootingSchedule.Day(2, MONDAY.plusDays(1), List.of(scene.get("1"))),
                new ShootingSchedule.Day(3, MONDAY.plusDays(2), List.of(scene.get("3"))),
                new ShootingSchedule.Day(4, MONDAY.plusDays(7), List.of(scene.get("4"))),
                new ShootingSchedule.Day(5, MONDAY.plusDays(18), List.of(scene.get("6"))));
        return new ShootingSchedule(days, List.of("JOHN", "MARY", "SAM"), 0, 0, 0, 0, List.of());
    }

    // ---- the day out of days model, shared by the CSV and the PDF

    @Test
    void dayOutOfDays_holdsHolidaysAndOneDropPerMember() {
        DayOutOfDays dood = DayOutOfDays.of(diner());

        assertThat(dood.columns()).hasSize(19);
        assertThat(dood.columns().stream().filter(c -> !c.dayOff()).count()).isEqualTo(5);
        DayOutOfDays.Row john = dood.rows().get(0);
        assertThat(john.id()).isEqualTo(1);
        assertThat(john.codes().subList(0, 8)).containsExactly("SW", "H", "W", "HO", "HO", "HO", "HO", "WF");
        assertThat(List.of(john.work(), john.hold(), john.holiday(), john.idle(), john.total()))
                .containsExactly(3, 1, 4, 0, 8);
        assertThat(john.codes().subList(8, 19)).allMatch(String::isEmpty);
        // MARY: 3 March to 19 March is 16 days, more than ten: dropped after the 3rd, picked up the 19th
        DayOutOfDays.Row mary = dood.rows().get(1);
        assertThat(mary.codes().subList(1, 3)).containsExactly("SW", "WD");
        assertThat(mary.codes().subList(3, 18)).allMatch(String::isEmpty);
        assertThat(mary.codes().get(18)).isEqualTo("PWF");
        assertThat(List.of(mary.work(), mary.hold(), mary.holiday(), mary.idle(), mary.total()))
                .containsExactly(3, 0, 0, 15, 3);
        DayOutOfDays.Row sam = dood.rows().get(2);
        assertThat(sam.codes().get(0)).isEqualTo("SWD");
        assertThat(sam.codes().get(18)).isEqualTo("PWF");
        assertThat(sam.start()).isEqualTo(MONDAY);
        assertThat(sam.finish()).isEqualTo(LocalDate.of(2027, 3, 19));
    }

    @Test
    void dayOutOfDays_twoLongBreaks_onlyTheLongestIsADrop() {
        Sheet s = DINER.sheets().get(0); // MARY
        List<ShootingSchedule.Day> days = List.of(
                new ShootingSchedule.Day(1, MONDAY, List.of(s)),
                new ShootingSchedule.Day(2, MONDAY.plusDays(14), List.of(s)),
                new ShootingSchedule.Day(3, MONDAY.plusDays(31), List.of(s)));
        ShootingSchedule schedule = new ShootingSchedule(days, List.of("MARY"), 0, 0, 0, 0, List.of());

        DayOutOfDays.Row mary = DayOutOfDays.of(schedule).rows().get(0);

        // 14 days then 17: the second break is the one allowed drop; the first is paid (holidays)
        assertThat(mary.codes().get(0)).isEqualTo("SW");
        assertThat(mary.codes().subList(1, 14)).allMatch("HO"::equals);
        assertThat(mary.codes().get(14)).isEqualTo("WD");
        assertThat(mary.codes().get(31)).isEqualTo("PWF");
        assertThat(mary.idle()).isEqualTo(16);
        assertThat(mary.total()).isEqualTo(3 + 13);
    }

    @Test
    void dayOutOfDaysCsv_listsDaysOffAsHolidayColumnsAndTheTotals() {
        String csv = Reports.dayOutOfDaysCsv(diner());

        String header = csv.lines().findFirst().orElseThrow();
        assertThat(header).startsWith("cast,day 1 2027-03-01,day 2 2027-03-02,day 3 2027-03-03,holiday 2027-03-04,")
                .endsWith(",day 5 2027-03-19,work,hold,holidays,idle,start,finish,total days");
        assertThat(csv).contains("\nJOHN,SW,H,W,HO,HO,HO,HO,WF,,,,,,,,,,,,3,1,4,0,2027-03-01,2027-03-08,8\n");
        assertThat(Reports.dayOutOfDays(diner())[1]).containsExactly("", "SW", "WD", "", "PWF");
    }

    @Test
    void pagesWithUnit_underAPageIsAPage() {
        assertThat(List.of(Eighths.of(3).withUnit(), Eighths.of(8).withUnit(), Eighths.of(9).withUnit(),
                Eighths.of(16).withUnit())).containsExactly("3/8 page", "1 page", "1 1/8 pages", "2 pages");
    }

    // ---- shooting schedule (long form) PDF

    @Test
    void shootingSchedulePdf_eachSceneWithItsNeedsAndTheCompanyMovesWhereTheyHappen() throws Exception {
        var script = Fountain.read("""
                INT. BLOOM HOUSE - KITCHEN - DAY #1#

                EDWARD cooks. SANDRA reads.

                EDWARD
                Eggs?

                WILL (V.O.)
                He always asked.

                INT. BLOOM HOUSE - FOYER - DAY #2#

                SANDRA waits.

                EXT. RIVER - DAY #3#

                EDWARD
                The fish.
                """);
        var elements = dev.showrunner.planning.breakdown.ElementsFile.read(new java.io.StringReader(
                "1: props: frying pan, eggs; extras: 2 neighbours\n3: stunts: EDWARD falls in\n"), "elements.txt",
                dev.showrunner.planning.breakdown.SceneNumbers.of(script));
        List<Sheet> scenes = Breakdown.of(script, elements).sheets();
        List<ShootingSchedule.Day> days = List.of(
                new ShootingSchedule.Day(1, MONDAY, List.of(scenes.get(0), scenes.get(1), scenes.get(2)),
                        List.of("BLOOM HOUSE", "BLOOM HOUSE", "RIVER")),
                new ShootingSchedule.Day(2, MONDAY.plusDays(1), List.of(scenes.get(0))));
        ShootingSchedule schedule = new ShootingSchedule(days, List.of("EDWARD", "SANDRA"), 0, 1, 0, 0, List.of());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShootingSchedulePdf.write(schedule, "Big Fish", Paper.LETTER, out);

        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(text).contains("Big Fish").contains("Page 1 of 1")
                    .contains("Shooting schedule \u2014 2 shooting days, Mon 1 Mar 2027 to Tue 2 Mar 2027")
                    .contains("1 company move")
                    .contains("Day 1 \u2014 Mon 1 Mar 2027")
                    .contains("INT. BLOOM HOUSE - KITCHEN - DAY").doesNotContain("#1#")
                    .contains("Cast 1 EDWARD, 2 SANDRA")
                    .contains("Voice-over WILL (recorded apart)")
                    .contains("Props frying pan, eggs").contains("Extras 2 neighbours")
                    .contains("Stunts EDWARD falls in")
                    .contains("End of Day 1 \u2014 Mon 1 Mar 2027");
            // the move comes between the house and the river, not between two rooms of the house
            assertThat(text.indexOf("Company move to RIVER")).isGreaterThan(text.indexOf("INT. BLOOM HOUSE - FOYER"))
                    .isLessThan(text.indexOf("EXT. RIVER - DAY"));
            assertThat(text.split("Company move", -1)).hasSize(2);
        }
    }

    @Test
    void shootingSchedulePdf_aDayOverAPageBreak_saysItContinuesAndNoSceneIsCut() throws Exception {
        StringBuilder fountain = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            fountain.append("INT. CORRIDOR ").append(i).append(" - DAY\n\nMARY walks.\n\n");
        }
        List<Sheet> scenes = Breakdown.of(Fountain.read(fountain.toString()), Elements.none()).sheets();
        ShootingSchedule schedule = new ShootingSchedule(List.of(new ShootingSchedule.Day(1, MONDAY, scenes)),
                List.of("MARY"), 0, 0, 0, 0, List.of());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShootingSchedulePdf.write(schedule, "Corridors", Paper.LETTER, out);

        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = stripper.getText(doc);
            assertThat(second).contains("Day 1 \u2014 Mon 1 Mar 2027 (continued)");
            // every scene is printed whole: its heading and its cast on the same page
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc);
                assertThat(text.split("INT\\. CORRIDOR", -1).length).isEqualTo(text.split("Cast 1 MARY", -1).length);
            }
        }
    }

    @Test
    void shootingSchedulePdf_aSceneWithMoreNeedsThanAPageHolds_isCutToThePageAndSaysSo() throws Exception {
        var script = Fountain.read("INT. CIRCUS - DAY #1#\n\nEDWARD juggles.\n");
        // three thousand props for one scene, ten a line
        StringBuilder props = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            props.append(i % 10 == 0 ? "1: props: " : ", ").append("juggling club ").append(i).append(i % 10 == 9 ? "\n" : "");
        }
        var elements = dev.showrunner.planning.breakdown.ElementsFile.read(new java.io.StringReader(props.toString()),
                "elements.txt", dev.showrunner.planning.breakdown.SceneNumbers.of(script));
        List<Sheet> scenes = Breakdown.of(script, elements).sheets();
        ShootingSchedule schedule = new ShootingSchedule(List.of(new ShootingSchedule.Day(1, MONDAY, scenes)),
                List.of("EDWARD"), 0, 0, 0, 0, List.of());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShootingSchedulePdf.write(schedule, "Circus", Paper.LETTER, out);

        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            String first = stripper.getText(doc);
            // the scene fills the first page under its band, cut; the day's banner follows on the next
            assertThat(first).contains("Props juggling club 0, juggling club 1,").contains("(cut: see the breakdown)")
                    .doesNotContain("juggling club 2999").doesNotContain("End of Day 1");
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            assertThat(new PDFTextStripper().getText(doc)).contains("Day 1 \u2014 Mon 1 Mar 2027 (continued)")
                    .contains("End of Day 1");
        }
    }

    // ---- stripboard PDF

    @Test
    void stripboardPdf_stripsBannersLegendAndHeader() throws IOException {
        ShootingSchedule schedule = diner();
        byte[] pdf = stripboard(schedule, Paper.LETTER);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(792f);
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(612f);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("The Diner");
            List<String> lines = normalisedLines(doc, 1);
            assertThat(lines.get(0)).isEqualTo("The Diner Page 1 of 1");
            // the legend: ID and name, numbered in cast order
            assertThat(String.join("\n", lines)).contains("1 JOHN").contains("2 MARY").contains("3 SAM");
            Sheet parking = sheet("2");
            assertThat(lines).contains("2 EXT PARKING LOT DAY " + parking.pages() + " 1",
                    "6 EXT ROOF NIGHT " + sheet("6").pages() + " 2, 3",
                    "3 INT DINER NIGHT " + sheet("3").pages() + " 1, 2");
            assertThat(lines).contains("End of Day 1 \u2014 Mon 1 Mar 2027 \u2014 "
                    + Eighths.of(sheet("2").eighths() + sheet("5").eighths()).withUnit());
            // under a page is "3/8 page", as "1 page", and more "1 1/8 pages"
            assertThat(lines).contains("End of Day 5 \u2014 Fri 19 Mar 2027 \u2014 " + sheet("6").pages()
                    + (sheet("6").eighths() <= 8 ? " page" : " pages"));
            // in shooting order: day 1's strips, its banner, then day 2's
            assertThat(lines.indexOf("5 INT OFFICE DAY " + sheet("5").pages() + " 3"))
                    .isGreaterThan(lines.indexOf("2 EXT PARKING LOT DAY " + parking.pages() + " 1"))
                    .isLessThan(indexStartingWith(lines, "End of Day 1 "));
        }
    }

    @Test
    void stripboardPdf_aStripWithMoreCastThanAPageHolds_isCutToThePage() throws IOException {
        // a hostile script: one scene with two thousand speaking parts
        StringBuilder text = new StringBuilder("INT. STADIUM - DAY\n\n");
        List<String> cast = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            String name = "FAN " + i;
            cast.add(name);
            text.append(name).append("\nGo!\n\n");
        }
        Breakdown breakdown = Breakdown.of(Fountain.read(text.toString()), Elements.none());
        ShootingSchedule schedule = new ShootingSchedule(
                List.of(new ShootingSchedule.Day(1, MONDAY, breakdown.sheets())), cast, 0, 0, 0, 0, List.of());

        byte[] pdf = stripboard(schedule, Paper.LETTER);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String all = new PDFTextStripper().getText(doc);
            assertThat(all).contains("STADIUM").contains("\u2026").contains("End of Day 1").doesNotContain(", 2000");
            // every page's text stays within the page
            for (int page = 0; page < doc.getNumberOfPages(); page++) {
                assertThat(bottomOfText(doc, page)).isLessThanOrEqualTo(doc.getPage(page).getMediaBox().getHeight());
            }
        }
    }

    /** The lowest baseline on {@code page}, in points from the top. */
    private static float bottomOfText(PDDocument doc, int page) throws IOException {
        float[] lowest = {0};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    lowest[0] = Math.max(lowest[0], p.getYDirAdj());
                }
            }
        };
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        stripper.getText(doc);
        return lowest[0];
    }

    @Test
    void stripboardPdf_stripColoursFollowTheConvention() throws IOException {
        byte[] pdf = stripboard(diner(), Paper.LETTER);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Map<String, float[]> where = lineStarts(doc, 1);
            BufferedImage image = new PDFRenderer(doc).renderImage(0, 1f);
            // sampled at the right end of the strip, in the cast column, clear of any text
            int x = image.getWidth() - 40;
            assertThat(kind(image, x, startOf(where, "2 EXT PARKING LOT"))).isEqualTo("yellow"); // EXT DAY
            assertThat(kind(image, x, startOf(where, "5 INT OFFICE"))).isEqualTo("white"); // INT DAY
            assertThat(kind(image, x, startOf(where, "1 INT DINER"))).isEqualTo("blue"); // INT NIGHT
            assertThat(kind(image, x, startOf(where, "6 EXT ROOF"))).isEqualTo("green"); // EXT NIGHT
            assertThat(kind(image, x, startOf(where, "End of Day 2"))).isEqualTo("black");
        }
        // the CSV names the same colours from the same rule, and each scene's location last
        assertThat(Reports.stripboardCsv(diner())).startsWith("strip,day,date,scene,int_ext,set,day_night,pages,cast,colour,location\n")
                .contains("PARKING LOT,DAY,").contains(",yellow,PARKING LOT\n").contains(",green,ROOF\n");
    }

    @Test
    void stripboardPdf_sixtyDays_paginatesWithoutCuttingAStrip() throws IOException {
        ShootingSchedule schedule = longShoot(60);

        byte[] pdf = stripboard(schedule, Paper.A4);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(5);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
            Map<Integer, Integer> bannersByDay = new LinkedHashMap<>();
            int strips = 0;
            for (int p = 1; p <= pages; p++) {
                List<String> lines = normalisedLines(doc, p);
                assertThat(lines.get(0)).isEqualTo("The Long Shoot Page " + p + " of " + pages);
                if (p > 1) {
                    assertThat(lines.get(2)).isEqualTo("Scene I/E Set D/N Pages Cast");
                }
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.startsWith("End of Day ")) {
                        bannersByDay.merge(Integer.parseInt(line.split(" ")[3]), 1, Integer::sum);
                    }
                    if (line.matches("\\d+ (INT|EXT) .*")) {
                        strips++;
                        // every scene's set wraps onto a second line: it must be on the same page, next
                        String number = line.substring(0, line.indexOf(' '));
                        assertThat(lines.get(i + 1)).as("second line of strip %s on page %d", number, p)
                                .endsWith(" CORRIDOR " + number);
                    }
                }
                for (float[] position : lineStarts(doc, p).values()) {
                    assertThat(position[1]).as("text inside the margins on page %d", p)
                            .isBetween(dev.showrunner.print.ReportDocument.MARGIN, 595f - dev.showrunner.print.ReportDocument.MARGIN);
                }
            }
            assertThat(strips).isEqualTo(180);
            assertThat(bannersByDay).hasSize(60).allSatisfy((day, count) -> assertThat(count).isEqualTo(1));
        }
    }

    // ---- day out of days PDF

    @Test
    void dayOutOfDaysPdf_codesTotalsAndDaysOff() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DayOutOfDaysPdf.write(diner(), "The Diner", out);

        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            List<String> lines = normalisedLines(doc, 1);
            assertThat(lines.get(0)).isEqualTo("The Diner Page 1 of 1");
            assertThat(lines).contains("1 JOHN SW H W HO HO HO HO WF 3 1 4 0 1 Mar 8 Mar 8");
            assertThat(lines).contains("2 MARY SW WD PWF 3 0 0 15 2 Mar 19 Mar 3");
            assertThat(lines).contains("3 SAM SWD PWF 2 0 0 17 1 Mar 19 Mar 2");
            String text = String.join("\n", lines);
            // weekday, date and day number over each column; days off marked "off"
            assertThat(lines).contains("Mar 2027", "Mon Tue Wed Thu Fri Sat Sun Mon Tue Wed Thu Fri Sat Sun Mon Tue Wed Thu Fri",
                    "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19");
            assertThat(text).contains("ID Cast 1 2 3 off off off off 4 off").contains("Work Hold Holiday Idle Start Finish Total");
        }
    }

    @Test
    void dayOutOfDaysPdf_sixtyDays_continuesAcrossPagesWithTheCastRepeated() throws IOException {
        ShootingSchedule schedule = longShoot(60);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DayOutOfDaysPdf.write(schedule, "The Long Shoot", out);

        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(3); // 84 calendar days, at most 29 a page
            StringBuilder dayNumbers = new StringBuilder();
            for (int p = 1; p <= pages; p++) {
                List<String> lines = normalisedLines(doc, p);
                assertThat(lines.get(0)).isEqualTo("The Long Shoot Page " + p + " of " + pages);
                String text = String.join("\n", lines);
                assertThat(text).contains("1 ANNA").contains("4 DORA");
                assertThat(text.contains("Work Hold Holiday Idle Start Finish Total")).isEqualTo(p == pages);
                String header = lines.stream().filter(l -> l.startsWith("ID Cast ")).findFirst().orElseThrow();
                dayNumbers.append(header.substring("ID Cast ".length()).replace("off", "").replace("Work Hold Holiday Idle Start Finish Total", "")).append(' ');
            }
            List<String> numbers = List.of(dayNumbers.toString().trim().split("\\s+"));
            List<String> expected = new ArrayList<>();
            for (int d = 1; d <= 60; d++) {
                expected.add(Integer.toString(d));
            }
            assertThat(numbers).as("every shooting day once, in order, across the pages").isEqualTo(expected);
        }
    }

    @Test
    void bands_lastBandLeavesRoomForTheTotals() {
        float usable = 792 - 72;
        List<int[]> bands = DayOutOfDaysPdf.bands(84, usable);

        assertThat(bands.get(0)[0]).isZero();
        assertThat(bands.get(bands.size() - 1)[1]).isEqualTo(84);
        for (int i = 1; i < bands.size(); i++) {
            assertThat(bands.get(i)[0]).isEqualTo(bands.get(i - 1)[1]);
        }
        int[] last = bands.get(bands.size() - 1);
        assertThat(last[1] - last[0]).isPositive();
        assertThat(22 + 110 + (last[1] - last[0]) * 20 + 5 * 24 + 2 * 32).isLessThanOrEqualTo((int) usable);
        assertThat(bands).allSatisfy(b -> assertThat(22 + 110 + (b[1] - b[0]) * 20).isLessThanOrEqualTo((int) usable));
    }

    @Test
    void scheduledScript_bothPdfsReload() throws IOException {
        ShootingSchedule schedule = ShootingScheduler.schedule(
                ScheduleRequest.of(DINER, 8, MONDAY).withBoardLimit(50_000), () -> false);
        ByteArrayOutputStream strips = new ByteArrayOutputStream();
        ByteArrayOutputStream dood = new ByteArrayOutputStream();

        StripboardPdf.write(schedule, "Diner \u00e9t\u00e9 \u4e2d", strips);
        DayOutOfDaysPdf.write(schedule, "Diner", dood);

        try (PDDocument a = Loader.loadPDF(strips.toByteArray()); PDDocument b = Loader.loadPDF(dood.toByteArray())) {
            String text = new PDFTextStripper().getText(a);
            assertThat(text).contains("Diner \u00e9t\u00e9 ?").contains("End of Day " + schedule.days().size() + " ");
            assertThat(new PDFTextStripper().getText(b)).contains("MARY").contains("JOHN").contains("SAM");
        }
    }

    @Test
    void reports_namesOutsideWinAnsi_extractBackExactly() throws IOException {
        // Polish, French, Russian and Greek: WinAnsi has É but not Ł, Ż, Cyrillic or Greek
        Breakdown breakdown = Breakdown.of(Fountain.read("""
                INT. CAFÉ - DAY

                ŁUCJA ŻUREK
                Dzień dobry.

                EXT. Жанна's DACHA - NIGHT

                ЖАННА
                Привет.

                INT. Αλέξης' BOAT - DAY

                ΑΛΈΞΗΣ
                Γεια σου.
                """), Elements.none());
        ShootingSchedule schedule = ShootingScheduler.arrange(ScheduleRequest.of(breakdown, 8, MONDAY),
                Constraints.none(), new int[] {1, 2, 3});
        String title = "Łucja Żurek, Жанна and Αλέξης";
        assertThat(schedule.cast()).contains("ŁUCJA ŻUREK", "ЖАННА", "ΑΛΈΞΗΣ");

        ByteArrayOutputStream strips = new ByteArrayOutputStream();
        ByteArrayOutputStream dood = new ByteArrayOutputStream();
        ByteArrayOutputStream longForm = new ByteArrayOutputStream();
        StripboardPdf.write(schedule, title, strips);
        DayOutOfDaysPdf.write(schedule, title, dood);
        ShootingSchedulePdf.write(schedule, title, Paper.LETTER, longForm);

        for (byte[] pdf : List.of(strips.toByteArray(), dood.toByteArray(), longForm.toByteArray())) {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(doc);
                assertThat(text).contains(title).contains("ŁUCJA ŻUREK", "ЖАННА", "ΑΛΈΞΗΣ").doesNotContain("?");
                assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(title);
            }
        }
        for (byte[] pdf : List.of(strips.toByteArray(), longForm.toByteArray())) {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(doc)).contains("CAFÉ", "Жанна's DACHA", "Αλέξης' BOAT");
            }
        }
    }

    // ---- helpers

    private static Sheet sheet(String number) {
        return DINER.sheets().stream().filter(s -> s.displayNumber().equals(number)).findFirst().orElseThrow();
    }

    private static byte[] stripboard(ShootingSchedule schedule, Paper paper) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StripboardPdf.write(schedule, schedule.days().size() > 10 ? "The Long Shoot" : "The Diner", paper, out);
        return out.toByteArray();
    }

    /**
     * {@code days} shooting days on weekdays, three scenes each; every set name wraps to a
     * second line ("CORRIDOR n") so that a cut strip would show.
     */
    private static ShootingSchedule longShoot(int days) {
        String filler = "THE VERY LONG AND WINDING UNDERGROUND SERVICE PASSAGE BENEATH THE OLD OPERA HOUSE WEST WING";
        List<String> cast = List.of("ANNA", "BORIS", "CARL", "DORA");
        List<ShootingSchedule.Day> list = new ArrayList<>();
        LocalDate date = MONDAY;
        int scene = 1;
        for (int d = 1; d <= days; d++) {
            while (date.getDayOfWeek().getValue() >= 6) {
                date = date.plusDays(1);
            }
            List<Sheet> sheets = new ArrayList<>();
            for (int k = 0; k < 3; k++, scene++) {
                boolean exterior = scene % 2 == 0;
                sheets.add(new Sheet(scene, null, "", exterior ? Setting.EXTERIOR : Setting.INTERIOR,
                        filler + " CORRIDOR " + scene, "DAY", scene % 3 == 0 ? TimeOfDay.NIGHT : TimeOfDay.DAY,
                        5 + scene % 7, List.of(cast.get(scene % 4), cast.get((scene + d) % 4)), List.of(), List.of(), Map.of(), 0));
            }
            list.add(new ShootingSchedule.Day(d, date, sheets));
            date = date.plusDays(1);
        }
        return new ShootingSchedule(list, cast, 0, 0, 0, 0, List.of());
    }

    private static int indexStartingWith(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    /** The page's text lines in reading order, runs of spaces as one. */
    private static List<String> normalisedLines(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc).lines().map(l -> l.trim().replaceAll("\\s+", " ")).filter(l -> !l.isEmpty())
                .toList();
    }

    /** Each text line of the page → x and baseline (from the top) of its first character. */
    private static Map<String, float[]> lineStarts(PDDocument doc, int page) throws IOException {
        Map<String, float[]> starts = new LinkedHashMap<>();
        StringBuilder line = new StringBuilder();
        float[][] start = {null};
        PDFTextStripper collector = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (start[0] == null && !positions.isEmpty()) {
                    start[0] = new float[] {positions.get(0).getXDirAdj(), positions.get(0).getYDirAdj()};
                }
                line.append(' ').append(text);
            }

            @Override
            protected void writeLineSeparator() {
                if (start[0] != null) {
                    starts.put(line.toString().trim().replaceAll("\\s+", " "), start[0]);
                }
                line.setLength(0);
                start[0] = null;
            }

            @Override
            protected void writePageEnd() {
                writeLineSeparator();
            }
        };
        collector.setSortByPosition(true);
        collector.setStartPage(page);
        collector.setEndPage(page);
        collector.getText(doc);
        return starts;
    }

    /** Where the line starting with {@code prefix} is. */
    private static float[] startOf(Map<String, float[]> starts, String prefix) {
        return starts.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("no line starting " + prefix + " in " + starts.keySet()));
    }

    /** The colour of the rendered page a little above a text baseline, by name. */
    private static String kind(BufferedImage image, int x, float[] position) {
        int rgb = image.getRGB(x, Math.round(position[1]) - 3);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (r > 245 && g > 245 && b > 245) {
            return "white";
        }
        if (r < 30 && g < 30 && b < 30) {
            return "black";
        }
        if (r > 200 && g > 200 && b < 150) {
            return "yellow";
        }
        if (b > r + 40 && b > g + 20) {
            return "blue";
        }
        if (g > r + 40 && g > b + 40) {
            return "green";
        }
        return "rgb(" + r + "," + g + "," + b + ")";
    }
}
