package finacct.submission.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.kernel.events.EventEnvelope;
import finacct.kernel.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;

/** Reads the submission-events topic from the beginning, per submission in partition (= key) order. */
public final class TopicReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TopicReader() {
    }

    public static int partitionCount() {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties())) {
            return consumer.partitionsFor(Topics.SUBMISSION_EVENTS, Duration.ofSeconds(10)).size();
        }
    }

    private static Properties consumerProperties() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.kafkaBootstrap());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return props;
    }

    /** Every envelope on the topic for the given submissions, waiting until {@code done} holds or time is up. */
    public static Map<String, List<EventEnvelope>> await(Set<String> submissionIds,
                                                        Predicate<Map<String, List<EventEnvelope>>> done,
                                                        Duration timeout) {
        Map<String, List<EventEnvelope>> bySubmission = new LinkedHashMap<>();
        submissionIds.forEach(id -> bySubmission.put(id, new ArrayList<>()));
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo p : consumer.partitionsFor(Topics.SUBMISSION_EVENTS, Duration.ofSeconds(10))) {
                partitions.add(new TopicPartition(p.topic(), p.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
                    if (bySubmission.containsKey(r.key())) {
                        bySubmission.get(r.key()).add(read(r.value()));
                    }
                }
                if (done.test(bySubmission)) {
                    break;
                }
            }
        }
        return bySubmission;
    }

    /** The sequence numbers in the order they first appear (a re-sent duplicate is not a new position). */
    public static List<Long> firstSeen(List<EventEnvelope> envelopes) {
        List<Long> seen = new ArrayList<>();
        for (EventEnvelope e : envelopes) {
            if (!seen.contains(e.sequence())) {
                seen.add(e.sequence());
            }
        }
        return seen;
    }

    public static List<Long> zeroTo(long count) {
        List<Long> expected = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            expected.add(i);
        }
        return expected;
    }

    private static EventEnvelope read(String value) {
        try {
            return JSON.readValue(value, EventEnvelope.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
