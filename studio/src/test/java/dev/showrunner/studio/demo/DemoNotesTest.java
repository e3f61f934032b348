package dev.showrunner.studio.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.studio.accounts.Role;
import dev.showrunner.studio.notes.Delivery;
import dev.showrunner.studio.notes.Note;
import dev.showrunner.studio.notes.Places;
import dev.showrunner.studio.store.Database;
import dev.showrunner.studio.web.Services;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoNotesTest {

    @TempDir
    Path dir;

    @Test
    void demoPilot_hasTwoDeliveries_aboutThirtyNotes_answersInEveryStatus_andAnOrphan() {
        try (Database db = Database.sqlite(dir)) {
            Services services = Services.over(db, 4);
            DemoSeed.seedIfEmpty(services);
            var owner = services.accounts().signIn(DemoSeed.SHOWRUNNER_EMAIL, DemoSeed.PASSWORD, "test").session().user();
            long series = services.catalog().seriesFor(owner.id(), false).getFirst().id();
            var pilot = services.catalog().episodes(series, false).getFirst();
            var executive = services.accounts().signIn(DemoSeed.EXECUTIVE_EMAIL, DemoSeed.PASSWORD, "test").session().user();
            var producer = services.accounts().signIn(DemoSeed.PRODUCER_EMAIL, DemoSeed.PASSWORD, "test").session().user();
            assertThat(services.access().role(executive, series)).contains(Role.NETWORK_EXECUTIVE);
            assertThat(services.access().role(producer, series)).contains(Role.PRODUCER);

            List<Delivery> deliveries = services.deliveries().forEpisode(pilot.id());
            assertThat(deliveries).extracting(Delivery::title).containsExactly("Network draft", "Studio draft");
            List<Note> notes = services.notes().forEpisode(pilot.id());
            assertThat(notes.size()).isBetween(28, 34);
            assertThat(notes.stream().map(Note::status).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrderElementsOf(Arrays.asList(Note.Status.values()));
            assertThat(notes.stream().map(Note::source).collect(Collectors.toSet()))
                    .contains(Note.Source.NETWORK, Note.Source.STUDIO);
            assertThat(notes.stream().filter(n -> n.contradicts() != null)).hasSizeGreaterThanOrEqualTo(4);
            assertThat(notes.stream().filter(Note::roomOnly)).hasSize(1);
            assertThat(notes.stream().map(Note::kind).collect(Collectors.toSet())).isEqualTo(Set.of(Note.Kind.values()));

            Delivery studioDraft = deliveries.getLast();
            String delivered = services.scripts().draft(pilot.id(), studioDraft.draftNumber()).body();
            var latest = services.scripts().latest(pilot.id()).orElseThrow();
            Places places = Places.between(delivered, latest.body(), latest.number());
            List<String> orphans = notes.stream().filter(n -> n.deliveryId() == studioDraft.id())
                    .flatMap(n -> places.place(n).stream().filter(p -> p.status().equals("orphaned")).map(p -> n.body()))
                    .toList();
            assertThat(orphans).contains("The highway stalls the run to the garage.");
        }
    }
}
