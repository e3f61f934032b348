package dev.showrunner.studio.web;

import dev.showrunner.studio.accounts.Access;
import dev.showrunner.studio.accounts.Accounts;
import dev.showrunner.studio.accounts.Invitations;
import dev.showrunner.studio.notes.Deliveries;
import dev.showrunner.studio.notes.Inbox;
import dev.showrunner.studio.notes.Notes;
import dev.showrunner.studio.production.Production;
import dev.showrunner.studio.production.ScheduleSearches;
import dev.showrunner.studio.production.Schedules;
import dev.showrunner.studio.scripts.Revisions;
import dev.showrunner.studio.scripts.Scripts;
import dev.showrunner.studio.series.Catalog;
import dev.showrunner.studio.store.Database;

/** The studio's features over one database. */
public record Services(Accounts accounts, Access access, Invitations invitations, Catalog catalog, Scripts scripts, Revisions revisions,
        Production production, ScheduleSearches searches, Schedules schedules, Deliveries deliveries, Notes notes, Inbox inbox) {

    public static Services over(Database database, int bcryptCost) {
        return over(database, bcryptCost, Scripts.DEFAULT_SERIES_QUOTA);
    }

    /** With a series' drafts limited to {@code seriesQuota} bytes of text in all. */
    public static Services over(Database database, int bcryptCost, long seriesQuota) {
        Scripts scripts = new Scripts(database, seriesQuota);
        Revisions revisions = new Revisions(database, scripts);
        Access access = new Access(database);
        return new Services(new Accounts(database, bcryptCost), access, new Invitations(database, access), new Catalog(database),
                scripts, revisions, new Production(database, scripts, revisions), new ScheduleSearches(),
                new Schedules(database), new Deliveries(database), new Notes(database), new Inbox(database));
    }
}
