package dev.showrunner.studio.web;

import dev.showrunner.studio.accounts.Access;
import dev.showrunner.studio.accounts.Accounts;
import dev.showrunner.studio.scripts.Scripts;
import dev.showrunner.studio.series.Catalog;
import dev.showrunner.studio.store.Database;

/** The studio's features over one database. */
public record Services(Accounts accounts, Access access, Catalog catalog, Scripts scripts) {

    public static Services over(Database database, int bcryptCost) {
        return new Services(new Accounts(database, bcryptCost), new Access(database), new Catalog(database),
                new Scripts(database));
    }
}
