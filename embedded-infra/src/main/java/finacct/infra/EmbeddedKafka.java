package finacct.infra;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Kafka's own KRaft broker (one node, broker and controller combined) in this JVM, its log in a directory of
 * our choosing, so that topics survive a restart (spring-kafka-test's embedded broker keeps nothing and lives
 * in test jars). The directory is formatted the first time, as {@code kafka-storage format} does, and reused
 * (same cluster id, from meta.properties) afterwards.
 *
 * <p>{@code kafka.server.*} is Kafka's internal API: the root pom pins the broker to the client version.
 */
public final class EmbeddedKafka implements AutoCloseable {

    static final int NODE_ID = 1;
    static final String CONTROLLER_LISTENER = "CONTROLLER";
    static final String BROKER_LISTENER = "PLAINTEXT";
    static final String META_PROPERTIES = "meta.properties";

    static {
        InfraLogging.quietDefaults();
    }

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);

    private final KafkaRaftServer server;
    private final int port;
    private final int controllerPort;
    private final String bootstrapServers;
    private final String clusterId;
    private final Path logDir;
    private volatile boolean closed;

    private EmbeddedKafka(KafkaRaftServer server, int port, int controllerPort, String bootstrapServers,
                          String clusterId, Path logDir) {
        this.server = server;
        this.port = port;
        this.controllerPort = controllerPort;
        this.bootstrapServers = bootstrapServers;
        this.clusterId = clusterId;
        this.logDir = logDir;
    }

    /**
     * Starts the broker with its log in {@code logDir}: clients on {@code host:port}, the KRaft controller on
     * {@code host:controllerPort}. Port 0 picks a free port (chosen before binding: the quorum voters and the
     * advertised listener must name real ports).
     */
    public static EmbeddedKafka start(Path logDir, String host, int port, int controllerPort) {
        return start(logDir, host, port, controllerPort, Map.of());
    }

    /** As {@link #start(Path, String, int, int)}, with broker properties that override the defaults. */
    public static EmbeddedKafka start(Path logDir, String host, int port, int controllerPort,
                                      Map<String, String> overrides) {
        Path dir = logDir.toAbsolutePath().normalize();
        String bindHost = host == null || host.isBlank() ? "localhost" : host;
        int brokerPort = port == 0 ? InfraHosts.freePort(bindHost) : port;
        int quorumPort = controllerPort == 0 ? InfraHosts.freePort(bindHost) : controllerPort;
        if (brokerPort == quorumPort) {
            throw new IllegalArgumentException("Kafka port and controller port must differ: " + brokerPort);
        }
        Properties props = brokerProperties(dir, bindHost, brokerPort, quorumPort);
        props.putAll(overrides);
        KafkaConfig config = KafkaConfig.fromProps(props, false);

        String clusterId = formatIfNeeded(config, dir);
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            stopQuietly(server);
            throw new IllegalStateException("Kafka broker did not start on " + bindHost + ":" + brokerPort
                    + " (log " + dir + "): " + e.getMessage(), e);
        }
        String bootstrap = InfraHosts.forUri(InfraHosts.advertised(bindHost)) + ":" + brokerPort;
        log.info("Kafka broker on {} (cluster {}, log {})", bootstrap, clusterId, dir);
        return new EmbeddedKafka(server, brokerPort, quorumPort, bootstrap, clusterId, dir);
    }

    static Properties brokerProperties(Path dir, String host, int port, int controllerPort) {
        String advertised = InfraHosts.forUri(InfraHosts.advertised(host));
        String listenHost = InfraHosts.forUri(host);
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@" + advertised + ":" + controllerPort);
        p.put("listeners", BROKER_LISTENER + "://" + listenHost + ":" + port + ","
                + CONTROLLER_LISTENER + "://" + listenHost + ":" + controllerPort);
        p.put("advertised.listeners", BROKER_LISTENER + "://" + advertised + ":" + port);
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("inter.broker.listener.name", BROKER_LISTENER);
        p.put("listener.security.protocol.map", BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("log.dirs", dir.toString());
        // one node: every internal topic has one replica
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("min.insync.replicas", "1");
        p.put("default.replication.factor", "1");
        // fewer internal partitions than the default 50: a first consumer group is ready in a fraction of the time
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("auto.create.topics.enable", "true");
        p.put("num.partitions", "3");
        p.put("group.initial.rebalance.delay.ms", "0");
        // the topics are the platform's history (read models are rebuilt from them): never expire them
        p.put("log.retention.ms", "-1");
        p.put("log.retention.bytes", "-1");
        p.put("log.segment.bytes", String.valueOf(16 * 1024 * 1024));
        // a small machine: few threads, and a 4 MB dedupe buffer for the log cleaner instead of 128 MB of heap
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("background.threads", "2");
        p.put("num.recovery.threads.per.data.dir", "1");
        p.put("log.cleaner.threads", "1");
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
        return p;
    }

    /** Formats the log directory unless meta.properties says it is formatted; returns the cluster id in use. */
    static String formatIfNeeded(KafkaConfig config, Path dir) {
        Path meta = dir.resolve(META_PROPERTIES);
        if (Files.exists(meta)) {
            return readClusterId(meta);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        String clusterId = Uuid.randomUuid().toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            new Formatter()
                    .setPrintStream(print)
                    .setNodeId(NODE_ID)
                    .setClusterId(clusterId)
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .setUnstableFeatureVersionsEnabled(false)
                    .setIgnoreFormatted(true)
                    .addDirectory(dir.toString())
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("cannot format Kafka log directory " + dir + ": " + e.getMessage(), e);
        }
        log.info("formatted {} for cluster {}: {}", dir, clusterId, out.toString(StandardCharsets.UTF_8).trim());
        return clusterId;
    }

    private static String readClusterId(Path meta) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(meta)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + meta, e);
        }
        String id = p.getProperty("cluster.id");
        if (id == null || id.isBlank()) {
            throw new IllegalStateException(meta + " has no cluster.id: delete the directory to start afresh");
        }
        return id;
    }

    /** {@code host:port} for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public String clusterId() {
        return clusterId;
    }

    public Path logDir() {
        return logDir;
    }

    /** Controlled shutdown: flushes the logs and writes the clean-shutdown marker, so the next start skips recovery. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.shutdown();
        server.awaitShutdown();
        log.info("Kafka broker on {} stopped", bootstrapServers);
    }

    private static void stopQuietly(KafkaRaftServer server) {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException ignored) {
            // the start failure is what the caller needs to see
        }
    }
}
