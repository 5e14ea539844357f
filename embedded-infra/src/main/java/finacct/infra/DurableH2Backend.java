package finacct.infra;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * The H2 (MVStore) backend of mongo-java-server, made durable per command.
 *
 * <p>The stock backend leaves commits to MVStore's background writer (about once a second), so a
 * {@code kill -9} loses writes the client already saw acknowledged. Every command here ends with a
 * commit of whatever it changed, before the reply goes back on the wire: an acknowledged write is in
 * the file (the OS page cache, which a killed process does not take with it). Reads change nothing,
 * so their commit check costs next to nothing.
 */
final class DurableH2Backend extends H2Backend {

    /** What a clean close may spend compacting the file (it grows fast with a commit per write); -1 = fully. */
    private final int compactMillisOnClose;

    DurableH2Backend(MVStore store, int compactMillisOnClose) {
        super(store);
        this.compactMillisOnClose = compactMillisOnClose;
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        try {
            return super.handleCommand(channel, databaseName, command, query);
        } finally {
            // also after a failed command: an insertMany that stopped at a duplicate key kept the documents before it
            commitIfChanged();
        }
    }

    void commitIfChanged() {
        MVStore store = getMvStore();
        if (!store.isClosed() && store.hasUnsavedChanges()) {
            store.commit();
        }
    }

    @Override
    public void close() {
        MVStore store = getMvStore();
        if (!store.isClosed()) {
            store.commit();
            // close(ms) commits, compacts (-1: until done) and shrinks the file; H2Backend's own close() compacts little
            store.close(compactMillisOnClose);
        }
        super.close(); // the store is closed already; this clears the backend's database map
    }
}
