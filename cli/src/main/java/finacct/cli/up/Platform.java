package finacct.cli.up;

import finacct.cli.identity.LocalIssuer;
import finacct.infra.EmbeddedKafka;
import finacct.infra.EmbeddedMongo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The whole system on one machine: the embedded MongoDB-wire server and Kafka broker in this JVM (unless real
 * servers are given), the identity service (the OpenID Connect issuer) and the four services as child JVMs, the
 * gateway in front. Used by {@code finacct up} and by the end-to-end tests.
 */
public final class Platform implements AutoCloseable {

    public static final String IDENTITY = "identity-service";
    public static final List<String> SERVICES = List.of(
            IDENTITY, "submission-service", "validation-service", "publication-service", "gateway");

    private final PlatformOptions options;
    /** The gateway's, validation-service's and submission-service's client secrets at the issuer: new for every start. */
    private final String gatewayClientSecret = newSecret();
    private final String serviceClientSecret = newSecret();
    private final String submissionClientSecret = newSecret();
    /** The command line's client at an issuer that keeps its key in memory ({@code --memory}): see {@link #cliSecret}. */
    private final String cliClientSecret = newSecret();
    /** With {@code --memory}: Kafka's log and the services' logs, removed at stop (the data folder is not touched). */
    private Path scratch;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private EmbeddedMongo mongo;
    private EmbeddedKafka kafka;
    private String mongoUri;
    private String kafkaBootstrap;

    public Platform(PlatformOptions options) {
        this.options = options;
    }

    public PlatformOptions options() {
        return options;
    }

    public String mongoUri() {
        return mongoUri;
    }

    public String kafkaBootstrap() {
        return kafkaBootstrap;
    }

    public ServiceProcess service(String name) {
        return services.get(name);
    }

    /**
     * The embedded issuer: its URL and the key {@code finacct token} signs with, or, with {@code --memory}, the
     * secret with which tokens are asked of it.
     */
    public LocalIssuer issuer() {
        LocalIssuer issuer = new LocalIssuer(options.dataDir(), "http://localhost:" + options.identityPort());
        return options.inMemory() ? issuer.withCliSecret(cliClientSecret) : issuer;
    }

    /** With {@code --memory}: what {@code finacct token} needs (FINACCT_CLI_SECRET) to get a token of this run. */
    public String cliSecret() {
        return cliClientSecret;
    }

    /** Where the services' logs go: {@code <data>/logs}, or a temporary folder with {@code --memory}. */
    public Path logsDir() {
        return (scratch != null ? scratch : options.dataDir()).resolve("logs");
    }

    public void start(Duration timeout) throws IOException, InterruptedException {
        if (options.inMemory()) {
            scratch = Files.createTempDirectory("finacct-memory-");
        }
        startInfra();
        // the issuer first: the gateway reads its discovery document when it starts
        ServiceProcess identity = process(IDENTITY);
        services.put(IDENTITY, identity);
        identity.start();
        identity.awaitHealthy(timeout);
        for (String name : SERVICES.subList(1, SERVICES.size())) {
            ServiceProcess process = process(name);
            services.put(name, process);
            process.start();
        }
        for (ServiceProcess process : services.values()) {
            process.awaitHealthy(timeout);
        }
    }

    private void startInfra() {
        Path data = options.dataDir();
        if (options.embeddedMongo()) {
            mongo = options.inMemory()
                    ? EmbeddedMongo.startInMemory("localhost", options.mongoPort())
                    : EmbeddedMongo.startOnDisk(data.resolve("mongo"), "localhost", options.mongoPort());
            mongoUri = mongo.uri();
        } else {
            mongoUri = options.mongoUri();
        }
        if (options.embeddedKafka()) {
            kafka = EmbeddedKafka.start((scratch != null ? scratch : data).resolve("kafka"), "localhost", options.kafkaPort(),
                    options.kafkaControllerPort());
            kafkaBootstrap = kafka.bootstrapServers();
        } else {
            kafkaBootstrap = options.kafkaBootstrap();
        }
    }

    private ServiceProcess process(String name) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MONGODB_URI", mongoUri);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap);
        String issuer = issuer().issuerUrl();
        env.put("FINACCT_ISSUER_URI", issuer);
        env.put("FINACCT_JWK_SET_URI", issuer + "/oauth2/jwks");
        env.put("FINACCT_IDENTITY_DATA", issuer().identityDir().toString());
        env.put("FINACCT_GATEWAY_URL", options.gatewayUrl());
        if (name.equals(IDENTITY) && options.inMemory()) {
            env.put("FINACCT_IDENTITY_IN_MEMORY", "true");
            env.put("FINACCT_CLI_CLIENT_SECRET", cliClientSecret);
        }
        // each secret only to the issuer and its one client
        if (name.equals("gateway") || name.equals(IDENTITY)) {
            env.put("FINACCT_GATEWAY_CLIENT_SECRET", gatewayClientSecret);
        }
        if (name.equals("validation-service") || name.equals(IDENTITY)) {
            env.put("FINACCT_SERVICE_CLIENT_SECRET", serviceClientSecret);
        }
        if (name.equals("submission-service") || name.equals(IDENTITY)) {
            env.put("FINACCT_SUBMISSION_CLIENT_SECRET", submissionClientSecret);
        }
        env.put("SUBMISSION_SERVICE_URL", "http://localhost:" + options.submissionPort());
        env.put("VALIDATION_SERVICE_URL", "http://localhost:" + options.validationPort());
        env.put("PUBLICATION_SERVICE_URL", "http://localhost:" + options.publicationPort());
        env.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        int port = switch (name) {
            case "submission-service" -> options.submissionPort();
            case "validation-service" -> options.validationPort();
            case "publication-service" -> options.publicationPort();
            case IDENTITY -> options.identityPort();
            default -> options.gatewayPort();
        };
        return new ServiceProcess(name, jarOf(name), port, env, options.jvmOptions(),
                logsDir().resolve(name + ".log"));
    }

    /** The service's executable jar as the build leaves it: {@code <module>/target/<module>-<version>-exec.jar}. */
    Path jarOf(String module) throws IOException {
        Path target = options.home().resolve(module).resolve("target");
        Optional<Path> jar = Optional.empty();
        if (Files.isDirectory(target)) {
            try (Stream<Path> files = Files.list(target)) {
                jar = files.filter(p -> p.getFileName().toString().endsWith("-exec.jar")).findFirst();
            }
        }
        return jar.orElseThrow(() -> new IllegalStateException(
                "找不到 " + module + " 的可执行 jar（" + target + "/*-exec.jar）：请先构建（./mvnw -DskipTests package）"));
    }

    /** Services in reverse order (the gateway first, so nothing new comes in), then Kafka, then MongoDB. */
    @Override
    public void close() {
        List<ServiceProcess> reversed = new ArrayList<>(services.values());
        java.util.Collections.reverse(reversed);
        // all are asked at once, so five JVMs stop in the time of the slowest: a test JVM's shutdown hook is given
        // only so long before it is killed, and a service left behind would keep its port and its data files
        reversed.forEach(ServiceProcess::requestStop);
        for (ServiceProcess process : reversed) {
            try {
                process.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (kafka != null) {
            kafka.close();
        }
        if (mongo != null) {
            mongo.close();
        }
        if (scratch != null) {
            deleteQuietly(scratch);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | java.io.UncheckedIOException e) {
            // a temporary folder left behind is the system's to clean
        }
    }

    private static String newSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
