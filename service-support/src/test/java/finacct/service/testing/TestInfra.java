package finacct.service.testing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import finacct.kernel.events.Topics;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * An in-JVM MongoDB-wire server and KRaft broker (with both topics), started once per test JVM, for the Spring Boot
 * tests of the services that read the topics. They stop with the JVM, after the Spring contexts (whose shutdown
 * hooks still need the broker to close their consumers cleanly).
 */
public final class TestInfra {

    public static final int PARTITIONS = 3;
    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final String MONGO_URI;
    private static final EmbeddedKafkaKraftBroker KAFKA =
            new EmbeddedKafkaKraftBroker(1, PARTITIONS, Topics.SUBMISSION_EVENTS, Topics.VALIDATION_RESULTS);
    private static final AdminClient ADMIN;

    static {
        InetSocketAddress address = MONGO.bind();
        MONGO_URI = "mongodb://" + address.getHostString() + ":" + address.getPort();
        KAFKA.brokerProperty("group.initial.rebalance.delay.ms", "0");
        KAFKA.afterPropertiesSet();
        ADMIN = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBrokersAsString()));
    }

    private TestInfra() {
    }

    public static String mongoUri() {
        return MONGO_URI;
    }

    public static String brokers() {
        return KAFKA.getBrokersAsString();
    }

    /** Moves the (memberless) group back to the given offsets: what an operator's offset reset does. */
    public static void rewind(String group, Map<TopicPartition, Long> offsets)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> to = new HashMap<>();
        offsets.forEach((partition, offset) -> to.put(partition, new OffsetAndMetadata(offset)));
        ADMIN.alterConsumerGroupOffsets(group, to).all().get();
    }

    /** True when the group has committed every record now on the topics, i.e. processed it completely. */
    public static boolean consumedAll(String group, String... topics) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed =
                ADMIN.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (String topic : topics) {
            for (int p = 0; p < PARTITIONS; p++) {
                latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
            }
        }
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = ADMIN.listOffsets(latest).all().get();
        return ends.entrySet().stream().allMatch(e -> e.getValue().offset() == 0
                || committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() >= e.getValue().offset());
    }

    /** Every record now on the topic, read from the beginning without a consumer group. */
    public static List<ConsumerRecord<String, String>> readAll(String topic) {
        Map<String, Object> props = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
