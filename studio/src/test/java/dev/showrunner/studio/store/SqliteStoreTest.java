package dev.showrunner.studio.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest extends StoreContract {

    @TempDir
    Path directory;

    @Override
    TestDatabases.Throwaway open() {
        return TestDatabases.sqlite(directory);
    }
}
