package dev.showrunner.studio.web;

import dev.showrunner.studio.accounts.Access;
import dev.showrunner.studio.accounts.Accounts;
import dev.showrunner.studio.production.Production;
import dev.showrunner.studio.production.ScheduleSearches;
import dev.showrunner.studio.production.Schedules;
import dev.showrunner.studio.scripts.Revisions;
import dev.showrunner.studio.scripts.Scripts;
import dev.showrunner.studio.series.Catalog;
import dev.showrunner.studio.store.Database;

/** The studio's features over one database. */
public record Services(Accounts accounts, Access access, Catalog catalog, Scripts scripts, Revisions revisions,
        Production production, ScheduleSearches searches, Schedules schedules) {

    public static Services over(Database database, int bcryptCost) {
        Scripts scripts = new Scripts(database);
        Revisions revisions = new Revisions(database, scripts);
        return new Services(new Accounts(database, bcryptCost), new Access(database), new Catalog(database),
                scripts, revisions, new Production(database, scripts, revisions), new ScheduleSearches(),
                new Schedules(database));
    }
}
