package dev.showrunner.screenplay.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.model.Element;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LockFileTest {

    private static final TestLayout LAYOUT = new TestLayout(20);

    @Test
    void writeThenRead_blueRevisionWithOmittedScene_sameLock() throws ScriptFormatException {
        List<List<Element>> scenes = RevisionScenariosTest.base().subList(0, 10);
        Lock lock = Revision.lock(Drafts.script(scenes), LAYOUT, LocalDate.of(2026, 11, 2), "Production \"draft\"\n");
        List<List<Element>> revised = new java.util.ArrayList<>(scenes);
        revised.remove(4);
        revised.add(2, RevisionScenariosTest.scene("EXT. NEW – ÉTÉ \\ NIGHT", "Tab\there"));
        Lock blue = Revision.revise(lock, Drafts.script(revised), LAYOUT, lock.current().next(LocalDate.of(2026, 11, 9), "Blue"),
                Revision.Options.DEFAULTS).lock();
        assertThat(blue.scenes()).anyMatch(Lock.Scene::omitted);
        assertThat(LockFile.read(LockFile.write(blue), "x.lock.json")).isEqualTo(blue);
    }

    @Test
    void write_smallLock_documentedShape() {
        Lock lock = new Lock(
                List.of(RevisionSet.locked(LocalDate.of(2026, 11, 2), "Production draft"),
                        new RevisionSet(1, RevisionColor.BLUE, LocalDate.of(2026, 11, 9), "", "*")),
                List.of(new Lock.Scene("1", "INT. KITCHEN - NIGHT", false, List.of("He runs in.")),
                        new Lock.Scene("2", "EXT. CAR - DAY", true, List.of())),
                List.of(new Lock.Page("1", 1, List.of(new Lock.Line("INT. KITCHEN - NIGHT", 0), new Lock.Line("He runs in.", 1)))));
        assertThat(LockFile.write(lock)).isEqualTo("""
                {
                  "showrunnerLock": 1,
                  "revisions": [
                    {"level": 0, "color": "White", "date": "2026-11-02", "label": "Production draft", "mark": "*"},
                    {"level": 1, "color": "Blue", "date": "2026-11-09", "label": "", "mark": "*"}
                  ],
                  "scenes": [
                    {"number": "1", "heading": "INT. KITCHEN - NIGHT", "body": ["He runs in."]},
                    {"number": "2", "heading": "EXT. CAR - DAY", "omitted": true}
                  ],
                  "pages": [
                    {"number": "1", "revision": 1, "lines": [
                      "INT. KITCHEN - NIGHT",
                      ["He runs in.", 1]
                    ]}
                  ]
                }
                """);
    }

    @Test
    void read_notJson_errorWithLineAndColumn() {
        assertThatThrownBy(() -> LockFile.read("{\n  \"showrunnerLock\": 1,\n  oops\n}", "ep.lock.json"))
                .isInstanceOf(ScriptFormatException.class)
                .hasMessageContaining("ep.lock.json:3:3")
                .hasMessageContaining("expected a key");
    }

    @Test
    void read_otherJson_saysItIsNotALock() {
        assertThatThrownBy(() -> LockFile.read("{\"name\": \"x\"}", "other.json"))
                .isInstanceOf(ScriptFormatException.class)
                .hasMessageContaining("other.json:1:1")
                .hasMessageContaining("not a Showrunner lock");
    }

    @Test
    void read_pageWithUnknownRevision_errorAtThePage() {
        String json = """
                {"showrunnerLock": 1,
                 "revisions": [{"level": 0, "color": "White", "date": "2026-11-02"}],
                 "scenes": [],
                 "pages": [
                   {"number": "1", "revision": 3, "lines": []}]}
                """;
        assertThatThrownBy(() -> LockFile.read(json, "a.lock.json"))
                .isInstanceOf(ScriptFormatException.class)
                .hasMessageContaining("a.lock.json:5:4")
                .hasMessageContaining("revision 3");
    }

    @Test
    void read_deepNesting_refusedNotOverflowed() {
        String deep = "[".repeat(100_000);
        assertThatThrownBy(() -> LockFile.read(deep, "deep.json"))
                .isInstanceOf(ScriptFormatException.class).hasMessageContaining("nested deeper");
    }
}
