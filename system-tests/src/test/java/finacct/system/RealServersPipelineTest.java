package finacct.system;

import finacct.cli.up.Platform;
import finacct.cli.up.PlatformOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

import java.nio.file.Files;
import java.time.Duration;

/**
 * The same scenario as {@link PipelineEndToEndTest} against real MongoDB (a replica set) and Apache Kafka in
 * containers. Skipped where no Docker engine runs; the embedded servers cover the scenario there.
 */
@Testcontainers(disabledWithoutDocker = true)
class RealServersPipelineTest {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:3.9.1");

    private static Platform platform;

    @BeforeAll
    static void start() throws Exception {
        PlatformOptions options = new PlatformOptions(RunningPlatform.projectRoot(),
                Files.createTempDirectory("finacct-real-"), RunningPlatform.freePortBase(), false,
                MONGO.getReplicaSetUrl(), KAFKA.getBootstrapServers(), PlatformOptions.DEFAULT_JVM_OPTIONS);
        platform = new Platform(options);
        platform.start(Duration.ofMinutes(4));
        Http.useIssuer(platform.issuer());
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void theSampleTravelsFromTheGatewayToTheReadModel() throws Exception {
        Scenarios.sampleTravelsFromTheGatewayToTheReadModel(platform);
    }
}
