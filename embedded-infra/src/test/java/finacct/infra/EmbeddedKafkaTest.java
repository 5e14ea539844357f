package finacct.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedKafkaTest {

    static final String TOPIC = "finacct.submission-events";

    @TempDir
    Path tmp;

    @Test
    void recordsAndCommittedOffsetsSurviveARestartOnTheSameDirectory() throws Exception {
        Path dir = tmp.resolve("data/kafka");
        String clusterId;
        int port;
        int controllerPort;
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, "localhost", 0, 0)) {
            clusterId = kafka.clusterId();
            port = kafka.port();
            controllerPort = kafka.controllerPort();
            assertThat(kafka.bootstrapServers()).isEqualTo("localhost:" + port);
            assertThat(Files.readString(dir.resolve("meta.properties"))).contains("cluster.id=" + clusterId);
            produce(kafka, 0, 10);
            // auto-created with the broker's defaults
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
                TopicDescription topic = admin.describeTopics(Set.of(TOPIC)).allTopicNames().get().get(TOPIC);
                assertThat(topic.partitions()).hasSize(3);
            }
            assertThat(consume(kafka, "publication", 10)).hasSize(10);
        }
        assertThat(dir.resolve(".kafka_cleanshutdown")).exists();

        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, "localhost", port, controllerPort)) {
            assertThat(kafka.clusterId()).isEqualTo(clusterId);
            produce(kafka, 10, 5);
            // a group resumes after what it committed before the restart
            assertThat(consume(kafka, "publication", 5)).containsExactlyInAnyOrder(values(10, 5).toArray(String[]::new));
            // a new group reads everything, including what was written before the restart
            assertThat(consume(kafka, "validation", 15)).containsExactlyInAnyOrder(values(0, 15).toArray(String[]::new));
        }
    }

    private static void produce(EmbeddedKafka kafka, int from, int count) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            for (String value : values(from, count)) {
                producer.send(new ProducerRecord<>(TOPIC, "D" + value.hashCode() % 7 + ":2020", value)).get();
            }
        }
    }

    private static List<String> values(int from, int count) {
        List<String> values = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            values.add("事件-" + i);
        }
        return values;
    }

    /** Reads until {@code expected} records arrived (or 30 s passed), commits, and a moment more for strays. */
    private static List<String> consume(EmbeddedKafka kafka, String group, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (seen.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(r.value());
                }
            }
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                seen.add(r.value());
            }
            consumer.commitSync();
        }
        return seen;
    }
}
