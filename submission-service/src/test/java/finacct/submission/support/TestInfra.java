package finacct.submission.support;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import finacct.service.testing.TestTokens;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.net.InetSocketAddress;

/**
 * In-JVM stand-ins for the real servers. One Kafka broker for the whole test JVM (it takes seconds to start);
 * a fresh MongoDB-wire server per test class, so each class has its own event store. Test classes must use
 * different departments, since they share the topic.
 */
public final class TestInfra {

    private TestInfra() {
    }

    private static final class Kafka {
        static final EmbeddedKafkaKraftBroker BROKER = start();

        private static EmbeddedKafkaKraftBroker start() {
            EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
            broker.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
            return broker;
        }
    }

    public static String kafkaBootstrap() {
        return Kafka.BROKER.getBrokersAsString();
    }

    /** Points a service under test at its MongoDB, the shared broker and the stand-in token issuer. */
    public static void register(DynamicPropertyRegistry registry, String mongoUri) {
        registry.add("spring.data.mongodb.uri", () -> mongoUri);
        registry.add("spring.kafka.bootstrap-servers", TestInfra::kafkaBootstrap);
        TestTokens.register((name, value) -> registry.add(name, () -> value));
    }

    /** A MongoDB-wire server on a random port, kept in memory until the JVM ends. */
    public static String startMongo() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        return "mongodb://127.0.0.1:" + address.getPort();
    }
}
