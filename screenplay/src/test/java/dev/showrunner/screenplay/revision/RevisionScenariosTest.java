package dev.showrunner.screenplay.revision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.model.Action;
import dev.showrunner.screenplay.model.Element;
import dev.showrunner.screenplay.model.SceneHeading;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.revision.Revision.Page;
import dev.showrunner.screenplay.revision.Revision.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The golden scenarios of docs/revisions.md. The locked script has 50 scenes of a heading and
 * four one-line actions; with {@link TestLayout} at 20 lines a page, a scene takes 9 lines at the
 * top of a page and 10 below another, so page k holds exactly scenes 2k-1 and 2k (25 pages).
 */
class RevisionScenariosTest {

    private static final TestLayout LAYOUT = new TestLayout(20);
    private static final LocalDate LOCKED = LocalDate.of(2026, 11, 2);
    private static final LocalDate BLUE_DAY = LocalDate.of(2026, 11, 9);

    static List<Element> scene(String heading, String tag) {
        List<Element> out = new ArrayList<>();
        out.add(SceneHeading.of(heading));
        for (int k = 1; k <= 4; k++) {
            out.add(Action.of(tag + " action " + k + "."));
        }
        return out;
    }

    static List<List<Element>> base() {
        List<List<Element>> scenes = new ArrayList<>();
        for (int n = 1; n <= 50; n++) {
            scenes.add(scene("INT. ROOM " + n + " - DAY", "Scene " + n));
        }
        return scenes;
    }

    private static final Lock LOCK = Revision.lock(Drafts.script(base()), LAYOUT, LOCKED, "Production draft");

    private static Revision.Revised blue(List<List<Element>> scenes) {
        return Revision.revise(LOCK, Drafts.script(scenes), LAYOUT, LOCK.current().next(BLUE_DAY, "Blue"), Revision.Options.DEFAULTS);
    }

    private static List<String> numbers(Revision.Revised revised) {
        return revised.pages().stream().map(Page::number).toList();
    }

    private static List<String> changed(Revision.Revised revised) {
        return revised.changedPages().stream().map(p -> p.number() + " " + p.status()).toList();
    }

    private static List<String> starred(Revision.Revised revised) {
        List<String> out = new ArrayList<>();
        for (Page page : revised.pages()) {
            for (Revision.MarkedLine line : page.lines()) {
                if (line.isMarked()) {
                    out.add(page.number() + ": " + line.line().text() + " " + line.mark());
                }
            }
        }
        return out;
    }

    private static List<String> sceneNumbers(Screenplay script) {
        return script.sceneHeadings().stream()
                .map(h -> h.sceneNumber() + (SceneNumbers.isOmitted(h) ? " OMITTED" : "")).toList();
    }

    private static List<String> pages(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(Integer::toString).toList();
    }

    private static List<String> concat(List<?>... parts) {
        List<String> out = new ArrayList<>();
        for (List<?> part : parts) {
            part.forEach(p -> out.add(p.toString()));
        }
        return out;
    }

    @Test
    void lock_fiftyScenes_twentyFivePagesOfTwoScenes() {
        assertThat(LOCK.pages()).hasSize(25);
        assertThat(LOCK.pages().get(5).lines().getFirst().text()).isEqualTo("INT. ROOM 11 - DAY");
        assertThat(LOCK.scenes()).extracting(Lock.Scene::number).containsExactlyElementsOf(pages(1, 50));
    }

    @Test
    void revise_sceneInsertedBetween12And13_scene12AOnPage6A() {
        List<List<Element>> scenes = base();
        scenes.add(12, scene("EXT. NEW ALLEY - NIGHT", "New"));
        Revision.Revised blue = blue(scenes);
        assertThat(sceneNumbers(blue.script())).containsSubsequence("12", "12A", "13").hasSize(51);
        assertThat(numbers(blue)).isEqualTo(concat(pages(1, 6), List.of("6A"), pages(7, 25)));
        assertThat(changed(blue)).containsExactly("6A ADDED");
        assertThat(starred(blue)).containsExactly(
                "6A: EXT. NEW ALLEY - NIGHT *", "6A: New action 1. *", "6A: New action 2. *",
                "6A: New action 3. *", "6A: New action 4. *");
        assertThat(blue.pages().get(6).revision()).isEqualTo(1);
    }

    @Test
    void revise_twoScenesInserted_12Aand12BOnOneAPage() {
        List<List<Element>> scenes = base();
        scenes.add(12, scene("EXT. NEW ALLEY - NIGHT", "New"));
        scenes.add(13, scene("EXT. NEWER ROOF - NIGHT", "Newer"));
        Revision.Revised blue = blue(scenes);
        assertThat(sceneNumbers(blue.script())).containsSubsequence("12", "12A", "12B", "13").hasSize(52);
        assertThat(changed(blue)).containsExactly("6A ADDED");
        assertThat(starred(blue)).hasSize(10).allMatch(s -> s.startsWith("6A: "));
    }

    @Test
    void revise_sceneInsertedBeforeScene1_sceneA1AndPage1A() {
        List<List<Element>> scenes = base();
        scenes.addFirst(scene("EXT. PROLOGUE - DAWN", "Prologue"));
        Revision.Revised blue = blue(scenes);
        assertThat(sceneNumbers(blue.script()).subList(0, 3)).containsExactly("A1", "1", "2");
        assertThat(changed(blue)).containsExactly("1 REVISED", "1A ADDED");
        assertThat(starred(blue)).containsExactly(
                "1: EXT. PROLOGUE - DAWN *", "1: Prologue action 1. *", "1: Prologue action 2. *",
                "1: Prologue action 3. *", "1: Prologue action 4. *");
        assertThat(blue.pages().get(1).lines().getFirst().line().text()).isEqualTo("INT. ROOM 2 - DAY");
    }

    @Test
    void revise_scene5Cut_prints5OmittedOnPage3() {
        List<List<Element>> scenes = base();
        scenes.remove(4);
        Revision.Revised blue = blue(scenes);
        assertThat(sceneNumbers(blue.script()).subList(3, 6)).containsExactly("4", "5 OMITTED", "6");
        assertThat(numbers(blue)).isEqualTo(pages(1, 25));
        assertThat(changed(blue)).containsExactly("3 REVISED");
        assertThat(starred(blue)).containsExactly("3: OMITTED *");
    }

    @Test
    void shooting_sceneAddedFirstAnd5Cut_A1AndNo5_asTheRevisedPagesNumberThem() {
        List<List<Element>> scenes = base();
        scenes.remove(4);
        scenes.add(11, scene("EXT. NEW ALLEY - NIGHT", "New"));
        scenes.addFirst(scene("EXT. PROLOGUE - DAWN", "Prologue"));
        Screenplay shooting = SceneNumbers.shooting(LOCK, Drafts.script(scenes));
        List<String> numbers = sceneNumbers(shooting);
        assertThat(numbers.subList(0, 6)).containsExactly("A1", "1", "2", "3", "4", "6");
        assertThat(numbers).containsSubsequence("12", "12A", "13").hasSize(51).noneMatch(n -> n.contains("OMITTED"));
        assertThat(numbers).isEqualTo(sceneNumbers(blue(scenes).script()).stream()
                .filter(n -> !n.endsWith("OMITTED")).toList());
    }

    @Test
    void revise_page23LengthenedByHalfAPage_pages23And23A() {
        List<List<Element>> scenes = base();
        List<Element> scene45 = new ArrayList<>(scenes.get(44));
        for (int k = 5; k >= 1; k--) {
            scene45.add(3, Action.of("Added beat " + k + "."));
        }
        scenes.set(44, scene45);
        Revision.Revised blue = blue(scenes);
        assertThat(numbers(blue)).isEqualTo(concat(pages(1, 23), List.of("23A"), pages(24, 25)));
        assertThat(changed(blue)).containsExactly("23 REVISED", "23A ADDED");
        assertThat(starred(blue)).containsExactly(
                "23: Added beat 1. *", "23: Added beat 2. *", "23: Added beat 3. *", "23: Added beat 4. *", "23: Added beat 5. *");
        assertThat(blue.pages().get(23).lines().getFirst().line().text()).isEqualTo("INT. ROOM 46 - DAY");
    }

    @Test
    void revise_pages23And24Shortened_oneCombinedPage23to24() {
        List<List<Element>> scenes = base();
        for (int s = 44; s <= 47; s++) {
            scenes.set(s, new ArrayList<>(scenes.get(s).subList(0, 2)));
        }
        Revision.Revised blue = blue(scenes);
        assertThat(numbers(blue)).isEqualTo(concat(pages(1, 22), List.of("23-24", "25")));
        assertThat(changed(blue)).containsExactly("23-24 COMBINED");
        assertThat(starred(blue)).containsExactly(
                "23-24: INT. ROOM 46 - DAY *", "23-24: Scene 46 action 1. *",
                "23-24: INT. ROOM 48 - DAY *", "23-24: Scene 48 action 1. *");
    }

    @Test
    void revise_pinkOnTopOfBlue_bluePagesKeepTheirMarksAndPaper() {
        List<List<Element>> blueScenes = base();
        blueScenes.add(12, scene("EXT. NEW ALLEY - NIGHT", "New"));
        Revision.Revised blue = blue(blueScenes);

        List<List<Element>> pinkScenes = new ArrayList<>(blueScenes);
        List<Element> scene30 = new ArrayList<>(pinkScenes.get(30));
        scene30.set(2, Action.of("Scene 30 action two, rewritten."));
        pinkScenes.set(30, scene30);
        List<Element> scene12A = new ArrayList<>(pinkScenes.get(12));
        scene12A.set(4, Action.of("New action 4, in pink."));
        pinkScenes.set(12, scene12A);
        Revision.Revised pink = Revision.revise(blue.lock(), Drafts.script(pinkScenes), LAYOUT,
                blue.revision().next(LocalDate.of(2026, 11, 16), "Pink"), Revision.Options.DEFAULTS);

        assertThat(pink.revision().color()).isEqualTo(RevisionColor.PINK);
        assertThat(numbers(pink)).isEqualTo(numbers(blue));
        assertThat(changed(pink)).containsExactly("6A REVISED", "15 REVISED");
        assertThat(starred(pink)).containsExactly(
                "6A: EXT. NEW ALLEY - NIGHT *", "6A: New action 1. *", "6A: New action 2. *",
                "6A: New action 3. *", "6A: New action 4, in pink. *", "15: Scene 30 action two, rewritten. *");
        Page page6A = pink.pages().get(6);
        assertThat(page6A.revision()).isEqualTo(2);
        assertThat(page6A.lines()).extracting(Revision.MarkedLine::revision).containsExactly(1, 1, 1, 1, 2);
        assertThat(pink.pages().get(10).revision()).isZero();

        Revision.Revised onlyPink = Revision.revise(blue.lock(), Drafts.script(pinkScenes), LAYOUT,
                blue.revision().next(LocalDate.of(2026, 11, 16), "Pink"), new Revision.Options(false, false));
        assertThat(starred(onlyPink)).containsExactly("6A: New action 4, in pink. *", "15: Scene 30 action two, rewritten. *");
    }

    @Test
    void revise_scene30MovedAfter12_keepsNumber30OnPage6A() {
        List<List<Element>> scenes = base();
        List<Element> moved = scenes.remove(29);
        scenes.add(12, moved);
        Revision.Revised blue = blue(scenes);
        assertThat(sceneNumbers(blue.script())).containsSubsequence("12", "30", "13").hasSize(50).doesNotContain("30 OMITTED");
        assertThat(numbers(blue)).isEqualTo(concat(pages(1, 6), List.of("6A"), pages(7, 25)));
        assertThat(changed(blue)).containsExactly("6A ADDED", "15 REVISED");
        assertThat(starred(blue)).containsExactly(
                "6A: INT. ROOM 30 - DAY *", "6A: Scene 30 action 1. *", "6A: Scene 30 action 2. *",
                "6A: Scene 30 action 3. *", "6A: Scene 30 action 4. *", "15: Scene 29 action 4. *");
    }

    @Test
    void revise_noEdit_samePagesNoneChanged() {
        Revision.Revised blue = blue(base());
        assertThat(blue.changedPages()).isEmpty();
        assertThat(blue.lock().pages()).isEqualTo(LOCK.pages());
        assertThat(blue.lock().scenes()).isEqualTo(LOCK.scenes());
    }

    /** Scenes 1-3, then a long scene of 25 actions: page 3 holds its actions 5 to 14 and nothing else. */
    private static List<List<Element>> withLongScene(int cutFrom, int cutTo) {
        List<List<Element>> scenes = new ArrayList<>(base().subList(0, 3));
        List<Element> longScene = new ArrayList<>();
        longScene.add(SceneHeading.of("INT. LONG HALL - NIGHT"));
        for (int k = 1; k <= 25; k++) {
            if (k < cutFrom || k > cutTo) {
                longScene.add(Action.of("Long action " + k + "."));
            }
        }
        scenes.add(longScene);
        scenes.addAll(base().subList(4, 8));
        return scenes;
    }

    @Test
    void revise_pageEmptied_combinedIntoThePageBefore() {
        Lock lock = Revision.lock(Drafts.script(withLongScene(0, -1)), LAYOUT, LOCKED, "");
        assertThat(lock.pages().get(2).lines().getFirst().text()).isEqualTo("Long action 5.");
        assertThat(lock.pages().get(2).lines().getLast().text()).isEqualTo("Long action 14.");
        Revision.Revised blue = Revision.revise(lock, Drafts.script(withLongScene(5, 14)), LAYOUT,
                lock.current().next(BLUE_DAY, ""), Revision.Options.DEFAULTS);
        assertThat(blue.pages()).extracting(Page::number).startsWith("1", "2-3", "4");
        assertThat(changed(blue)).containsExactly("2-3 COMBINED");

        Revision.Revised omitted = Revision.revise(lock, Drafts.script(withLongScene(5, 14)), LAYOUT,
                lock.current().next(BLUE_DAY, ""), new Revision.Options(true, true));
        assertThat(omitted.pages()).extracting(Page::number).startsWith("1", "2", "3", "4");
        assertThat(changed(omitted)).containsExactly("3 OMITTED");
    }

    @Test
    void revise_everythingCut_onePageStandsForAllLockedNumbers() {
        Lock lock = Revision.lock(Screenplay.of(Action.of("One."), Action.of("Two.")), LAYOUT, LOCKED, "");
        Revision.Revised blue = Revision.revise(lock, Screenplay.of(), LAYOUT, lock.current().next(BLUE_DAY, ""),
                Revision.Options.DEFAULTS);
        assertThat(changed(blue)).containsExactly("1 OMITTED");
    }
}
