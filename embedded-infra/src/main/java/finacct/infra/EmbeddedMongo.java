package finacct.infra;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A MongoDB-wire server in this JVM (mongo-java-server): in memory, or on disk in one MVStore file whose
 * acknowledged writes survive {@code kill -9}. One process per file: a second one gets "file is locked".
 */
public final class EmbeddedMongo implements AutoCloseable {

    public static final String FILE_NAME = "finacct.mv";
    /**
     * MVStore's "unlimited" compaction on close: measured here, it rewrote a 200 MB file (43,000 documents written one
     * commit each) to 7 MB in about 2 s, while a 5 s budget left 100 MB.
     */
    static final int FULL_COMPACTION = -1;

    static {
        InfraLogging.quietDefaults();
    }

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

    private final MongoServer server;
    private final InetSocketAddress address;
    private final String advertisedHost;
    private final Path file;
    private volatile boolean closed;

    private EmbeddedMongo(MongoServer server, String host, Path file) {
        this.server = server;
        this.address = server.getLocalAddress();
        this.advertisedHost = InfraHosts.advertised(host);
        this.file = file;
    }

    /** Starts an in-memory server; port 0 picks a free one. Everything is gone when it stops. */
    public static EmbeddedMongo startInMemory(String host, int port) {
        return start(new MemoryBackend(), host, port, null);
    }

    /**
     * Starts a server whose data lives in {@code directory/finacct.mv} (created if missing); port 0 picks a free
     * one. What was acknowledged is in the file before the reply leaves; a clean close compacts the file.
     */
    public static EmbeddedMongo startOnDisk(Path directory, String host, int port) {
        Path file = directory.toAbsolutePath().normalize().resolve(FILE_NAME);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
        MVStore store;
        try {
            store = new MVStore.Builder().fileName(file.toString()).open();
        } catch (MVStoreException e) {
            throw new IllegalStateException("cannot open " + file + " (is another process using it?): " + e.getMessage(), e);
        }
        return start(new DurableH2Backend(store, FULL_COMPACTION), host, port, file);
    }

    private static EmbeddedMongo start(MongoBackend backend, String host, int port, Path file) {
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(host, port);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        EmbeddedMongo mongo = new EmbeddedMongo(server, host, file);
        log.info("MongoDB-wire server on {} ({})", mongo.uri(), file == null ? "in memory" : file);
        return mongo;
    }

    public String host() {
        return advertisedHost;
    }

    public int port() {
        return address.getPort();
    }

    /** Connection string for the MongoDB drivers, e.g. {@code mongodb://localhost:27017}. */
    public String uri() {
        return "mongodb://" + InfraHosts.forUri(advertisedHost) + ":" + port();
    }

    /** The MVStore file, or empty in memory mode. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Stops listening, closes the clients and the store (compacting the file on disk). Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.shutdown(); // closes client connections, then the backend
        log.info("MongoDB-wire server on port {} stopped", port());
    }
}
