package finacct.cli.up;

import java.nio.file.Path;
import java.util.List;

/**
 * How to run the platform: where the project's jars are, where data lives, the gateway port (services take
 * the next three, the issuer the fourth, the embedded servers port + 100…102), and real servers when given
 * ({@code MONGODB_URI}, {@code KAFKA_BOOTSTRAP_SERVERS}) instead of the embedded ones.
 */
public record PlatformOptions(Path home, Path dataDir, int gatewayPort, boolean inMemory,
                              String mongoUri, String kafkaBootstrap, List<String> jvmOptions) {

    public static final List<String> DEFAULT_JVM_OPTIONS = List.of(
            "-Xmx256m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Daxoniq.update-checker.disabled=true");

    public int submissionPort() {
        return gatewayPort + 1;
    }

    public int validationPort() {
        return gatewayPort + 2;
    }

    public int publicationPort() {
        return gatewayPort + 3;
    }

    /** The embedded OpenID Connect issuer. */
    public int identityPort() {
        return gatewayPort + 4;
    }

    public int mongoPort() {
        return gatewayPort + 100;
    }

    public int kafkaPort() {
        return gatewayPort + 101;
    }

    public int kafkaControllerPort() {
        return gatewayPort + 102;
    }

    public boolean embeddedMongo() {
        return mongoUri == null || mongoUri.isBlank();
    }

    public boolean embeddedKafka() {
        return kafkaBootstrap == null || kafkaBootstrap.isBlank();
    }

    public String gatewayUrl() {
        return "http://localhost:" + gatewayPort;
    }
}
