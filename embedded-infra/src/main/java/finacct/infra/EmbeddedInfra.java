package finacct.infra;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.CountDownLatch;

/**
 * MongoDB-wire server and Kafka broker together, as {@code ./finacct up} and the end-to-end tests run them.
 * {@link #main} prints {@code INFRA-READY mongodb=<uri> kafka=<host:port>} once both accept connections and
 * stops both cleanly on SIGTERM / Ctrl-C.
 */
public final class EmbeddedInfra implements AutoCloseable {

    public static final String READY_PREFIX = "INFRA-READY";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedInfra.class);

    private final EmbeddedMongo mongo;
    private final EmbeddedKafka kafka;
    private final Path tempKafkaDir;
    private boolean closed;

    private EmbeddedInfra(EmbeddedMongo mongo, EmbeddedKafka kafka, Path tempKafkaDir) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.tempKafkaDir = tempKafkaDir;
    }

    /**
     * Starts both servers: on disk under {@code dataDir/mongo/finacct.mv} and {@code dataDir/kafka}, or in memory
     * (Kafka then writes to a temporary directory that is deleted on close).
     */
    public static EmbeddedInfra start(InfraOptions options) {
        InfraLogging.quietDefaults();
        EmbeddedMongo mongo = options.inMemory()
                ? EmbeddedMongo.startInMemory(options.host(), options.mongoPort())
                : EmbeddedMongo.startOnDisk(options.mongoDir(), options.host(), options.mongoPort());
        Path tempKafkaDir = null;
        try {
            Path kafkaDir;
            if (options.inMemory()) {
                tempKafkaDir = Files.createTempDirectory("finacct-kafka-");
                kafkaDir = tempKafkaDir;
            } else {
                kafkaDir = options.kafkaDir();
            }
            EmbeddedKafka kafka = EmbeddedKafka.start(kafkaDir, options.host(), options.kafkaPort(),
                    options.kafkaControllerPort());
            return new EmbeddedInfra(mongo, kafka, tempKafkaDir);
        } catch (IOException | RuntimeException e) {
            mongo.close();
            deleteQuietly(tempKafkaDir);
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    public EmbeddedMongo mongo() {
        return mongo;
    }

    public EmbeddedKafka kafka() {
        return kafka;
    }

    public String readyLine() {
        return READY_PREFIX + " mongodb=" + mongo.uri() + " kafka=" + kafka.bootstrapServers();
    }

    /** Kafka first (its shutdown takes longest and needs nothing from Mongo), then Mongo (compacts its file). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            kafka.close();
        } finally {
            mongo.close();
            deleteQuietly(tempKafkaDir);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        InfraLogging.quietDefaults();
        InfraOptions options;
        try {
            options = InfraOptions.parse(args, System.getProperties());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        EmbeddedInfra infra;
        try {
            infra = start(options);
        } catch (RuntimeException e) {
            // one line the CLI can show (e.g. a port in use, or the data directory held by another process)
            System.err.println("INFRA-FAILED " + e.getMessage());
            log.error("infra did not start", e);
            System.exit(1);
            return;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                infra.close();
            } finally {
                stopped.countDown();
            }
        }, "finacct-infra-shutdown"));
        log.info("infra started in {} ms ({})", millis, options.inMemory() ? "in memory" : "data in " + options.dataDir().toAbsolutePath());
        System.out.println(infra.readyLine());
        System.out.flush();
        stopped.await();
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            log.warn("could not delete {}: {}", dir, e.getMessage());
        }
    }
}
