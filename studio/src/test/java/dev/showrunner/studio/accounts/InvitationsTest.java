package dev.showrunner.studio.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.series.Catalog;
import dev.showrunner.studio.store.Database;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvitationsTest {

    @TempDir
    Path dir;

    @Test
    void invitation_expiresAfterItsLifetime_andCanNoLongerBeAccepted() {
        try (Database db = Database.sqlite(dir)) {
            AtomicLong now = new AtomicLong(1_000_000_000_000L);
            Accounts accounts = new Accounts(db, 4);
            User ann = accounts.register("ann@example.org", "Ann", "correct horse");
            User bob = accounts.register("bob@example.org", "Bob", "correct horse");
            long series = new Catalog(db).createSeries(ann.id(), "Harbour Lights", "").id();
            Access access = new Access(db);
            Invitations invitations = new Invitations(db, access, now::get);

            Invitations.Invitation made = invitations.invite(series, "Bob@Example.org ", Role.WRITER, ann.id());
            now.addAndGet(Invitations.LIFETIME_MILLIS - 1);
            assertThat(invitations.find(made.token())).as("a moment before it expires").isPresent();
            now.addAndGet(1);

            assertThat(invitations.find(made.token())).isEmpty();
            assertThatThrownBy(() -> invitations.accept(made.token(), bob)).isInstanceOf(StudioException.class)
                    .hasMessageContaining("not valid");
            assertThat(access.role(bob, series)).isEmpty();
            assertThat(invitations.pending(series)).isEmpty();
        }
    }
}
