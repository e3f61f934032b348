package dev.showrunner.studio.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.showrunner.screenplay.notes.Anchor;
import dev.showrunner.studio.accounts.Role;
import dev.showrunner.studio.accounts.User;
import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.store.TestDatabases;
import dev.showrunner.studio.web.Services;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The notes' SQL on both databases the studio runs on: the same calls, the same answers. */
class NotesStoreTest {

    @TempDir
    Path dir;

    TestDatabases.Throwaway open(String kind) {
        return kind.equals("sqlite") ? TestDatabases.sqlite(dir) : TestDatabases.postgres();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void deliveriesNotesAnswersThreadsAndInbox_roundTrip(String kind) throws Exception {
        try (TestDatabases.Throwaway db = open(kind)) {
            Services s = Services.over(db.database(), 4);
            User ann = s.accounts().register("ann@example.org", "Ann", "correct horse");
            User dana = s.accounts().register("dana@example.org", "Dana", "correct horse");
            var series = s.catalog().createSeries(ann.id(), "Harbour Lights", "");
            s.access().setRole(series.id(), dana.id(), Role.NETWORK_EXECUTIVE);
            var episode = s.catalog().createEpisode(s.catalog().createSeason(series.id(), "Season 1").id(), "Pilot");
            String text = "INT. OFFICE - NIGHT\n\nMara counts the crates.\n";
            s.scripts().save(episode.id(), ann.id(), 0, text, null);

            Delivery d = s.deliveries().deliver(episode.id(), 1, " Network draft ", "Cover", "2027-03-01", ann.id(),
                    List.of(dana.id(), dana.id()));
            assertThat(d.title()).isEqualTo("Network draft");
            assertThat(d.recipients()).extracting(Delivery.Recipient::name).containsExactly("Dana");
            assertThat(s.deliveries().forEpisode(episode.id())).extracting(Delivery::id).containsExactly(d.id());

            Anchor anchor = Selections.locate(text, "the crates", 3);
            Note page = s.notes().add(d, dana.id(), new Notes.NewNote(Note.Kind.PAGE, Note.Source.NETWORK,
                    Note.Category.STORY, Note.Visibility.SHARED, "Which crates?", 1, anchor));
            Note room = s.notes().add(d, ann.id(), new Notes.NewNote(Note.Kind.OVERALL, Note.Source.ROOM,
                    Note.Category.TONE, Note.Visibility.ROOM, "Ours", null, null));
            assertThat(page.anchor()).isEqualTo(anchor);
            assertThat(page.number()).isEqualTo(1);
            assertThat(room.number()).isEqualTo(2);
            assertThat(room.anchor()).isNull();
            assertThat(room.scene()).isNull();

            // notes made at once are numbered apart
            try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
                List<Future<Note>> made = pool.invokeAll(java.util.Collections.nCopies(8, () -> s.notes().add(d, dana.id(),
                        new Notes.NewNote(Note.Kind.OVERALL, Note.Source.NETWORK, Note.Category.STORY,
                                Note.Visibility.SHARED, "again", null, null))));
                List<Integer> numbers = new java.util.ArrayList<>();
                for (Future<Note> f : made) {
                    numbers.add(f.get().number());
                }
                assertThat(numbers).doesNotHaveDuplicates().allMatch(n -> n >= 3 && n <= 10);
            }

            Note answered = s.notes().answer(page, Note.Status.ADDRESSED, "Done", 1, null);
            assertThat(answered.status()).isEqualTo(Note.Status.ADDRESSED);
            assertThat(answered.addressedDraft()).isEqualTo(1);
            assertThatThrownBy(() -> s.notes().answer(page, Note.Status.DECLINED, " ", null, null))
                    .isInstanceOf(StudioException.class).hasMessageStartingWith("answer:");
            s.notes().link(page, room);
            assertThat(s.notes().note(room.id()).orElseThrow().contradicts()).isEqualTo(page.id());
            Reply reply = s.notes().reply(page, ann.id(), "See draft 1");
            assertThat(s.notes().replies(List.of(page.id(), room.id())).get(page.id())).containsExactly(reply);

            s.deliveries().logDownload(d.id(), dana.id());
            assertThat(s.deliveries().downloads(d.id())).extracting(Deliveries.Download::name).containsExactly("Dana");

            Inbox.Item before = s.inbox().of(dana.id()).items().getFirst();
            assertThat(before.unseen()).isTrue();
            assertThat(before.newNotes()).as("executives count shared notes by others only").isZero();
            assertThat(before.newReplies()).isEqualTo(1);
            assertThat(before.newAnswers()).isEqualTo(1);
            s.inbox().seen(d.id(), dana.id());
            s.inbox().seen(d.id(), dana.id());
            Inbox.Item after = s.inbox().of(dana.id()).items().getFirst();
            assertThat(after.unread()).isZero();
            assertThat(s.inbox().of(ann.id()).items().getFirst().newNotes()).isEqualTo(9);

            // a delivery to an address not on the series yet becomes the person's when they open it
            User kim = s.accounts().register("kim@example.org", "Kim", "correct horse");
            s.deliveries().invite(d.id(), "kim@example.org");
            s.deliveries().invite(d.id(), "kim@example.org");
            assertThat(s.deliveries().invited(d.id())).containsExactly("kim@example.org");
            assertThat(s.deliveries().claim(d.id(), kim.id(), "Kim@example.org")).isTrue();
            assertThat(s.deliveries().claim(d.id(), kim.id(), "kim@example.org")).isFalse();
            assertThat(s.deliveries().invited(d.id())).isEmpty();
            assertThat(s.deliveries().delivery(d.id()).orElseThrow().deliveredTo(kim.id())).isTrue();
        }
    }
}
