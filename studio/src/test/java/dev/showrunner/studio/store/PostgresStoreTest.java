package dev.showrunner.studio.store;

class PostgresStoreTest extends StoreContract {

    @Override
    TestDatabases.Throwaway open() {
        return TestDatabases.postgres();
    }
}
