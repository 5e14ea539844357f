package finacct.system;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.cli.up.Platform;
import finacct.importer.ImportedDocument;
import finacct.importer.text.TextDocumentImporter;
import finacct.kernel.events.Figure;
import finacct.kernel.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How soon a department sees the findings of a change: a figure POSTed through the gateway, stored, forwarded to
 * the topic, validated, and its SubmissionValidated on the results topic. Measured on the embedded stack over a
 * submission of the sample's size; the figures are reported, not asserted (the machine is shared) — the test
 * asserts only that every change was validated.
 */
class RevalidationLatencyTest {

    private static final String DEPARTMENT = "420112-RSJ";
    private static final int CHANGES = 50;
    private static final int BURST = 10;

    @Test
    void everyChangeThroughTheGatewayIsValidatedAndTheDelayIsReported() throws Exception {
        Platform platform = RunningPlatform.get();
        String base = platform.options().gatewayUrl() + "/api/v1/departments/" + DEPARTMENT + "/submissions/2020";
        String submissionId = DEPARTMENT + ":2020";
        assertThat(Http.post(base, Map.of()).status()).isEqualTo(201);
        int cells = reportTheSamplesTables(base);

        try (ResultWatcher results = new ResultWatcher(platform.kafkaBootstrap(), submissionId)) {
            long loaded = version(base) - 1;
            assertThat(results.awaitSequence(loaded, Duration.ofSeconds(60))).as("result of the loaded tables").isNotNull();

            // one change at a time, each waited for: the delay a department sees
            List<Long> delays = new ArrayList<>();
            for (int i = 1; i <= CHANGES; i++) {
                String value = new BigDecimal("1000.00").add(BigDecimal.valueOf(i)).toPlainString();
                long started = System.nanoTime();
                long sequence = report(base, "latency-" + i, value);
                Arrival result = results.awaitSequence(sequence, Duration.ofSeconds(30));
                assertThat(result).as("SubmissionValidated for change %d (event %d)", i, sequence).isNotNull();
                assertThat(statedT1Line1(result.result())).isEqualTo(value);
                delays.add((result.nanos() - started) / 1_000_000);
            }

            // a burst: changes sent back to back, the newest one's findings awaited
            int before = results.count();
            long started = System.nanoTime();
            long last = -1;
            for (int i = 1; i <= BURST; i++) {
                last = report(base, "burst-" + i, "2000.0" + (i % 10));
            }
            Arrival newest = results.awaitSequence(last, Duration.ofSeconds(30));
            assertThat(newest).as("SubmissionValidated for the burst's last change").isNotNull();
            long burstMillis = (newest.nanos() - started) / 1_000_000;
            Thread.sleep(1_000);
            int burstResults = results.count() - before;

            List<Long> sorted = delays.stream().sorted().toList();
            System.out.printf("%n[revalidation latency] submission of %d cells, %d single changes through the gateway:"
                            + " p50 %d ms, p95 %d ms, max %d ms, min %d ms%n"
                            + "[revalidation latency] burst of %d changes: newest validated %d ms after the first"
                            + " POST, %d results published for it%n%n",
                    cells, CHANGES, percentile(sorted, 50), percentile(sorted, 95), sorted.get(sorted.size() - 1),
                    sorted.get(0), BURST, burstMillis, burstResults);
        }
    }

    /** The sample's nine tables, one batch per table, as {@code ./finacct up} loads them. */
    private static int reportTheSamplesTables(String base) throws Exception {
        Path sample = RunningPlatform.projectRoot().resolve("samples/dongxihu-bigdata-center-2020.txt");
        ImportedDocument doc = new TextDocumentImporter().read(Files.readString(sample, StandardCharsets.UTF_8));
        Map<String, List<Figure>> byTable = doc.figures().stream()
                .collect(Collectors.groupingBy(Figure::table, LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<String, List<Figure>> table : byTable.entrySet()) {
            Http.Response r = Http.post(base + "/figures",
                    Map.of("batchId", "latency-load-" + table.getKey(), "figures", table.getValue()));
            assertThat(r.status()).as(r.raw()).isEqualTo(200);
        }
        return doc.figures().size();
    }

    /** Reports 表1 line 1 as the value; answers the sequence of the event it stored. */
    private static long report(String base, String batchId, String value) throws Exception {
        Http.Response r = Http.post(base + "/figures", Map.of("batchId", batchId,
                "figures", List.of(Map.of("table", "T1", "row", "1", "column", "1", "value", value))));
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.body().path("version").asLong() - 1;
    }

    private static long version(String base) throws Exception {
        return Http.get(base).body().path("version").asLong();
    }

    private static String statedT1Line1(JsonNode result) {
        for (JsonNode table : result.path("tables")) {
            if ("T1".equals(table.path("table").asText())) {
                for (JsonNode cell : table.path("cells")) {
                    if ("1".equals(cell.path("row").asText()) && "1".equals(cell.path("column").asText())) {
                        return cell.path("stated").asText();
                    }
                }
            }
        }
        return null;
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private record Arrival(JsonNode result, long nanos) {
    }

    /** Reads the results topic in the background, noting when each result arrived. */
    private static final class ResultWatcher implements AutoCloseable {
        private final String key;
        private final Map<Long, Arrival> bySequence = new ConcurrentHashMap<>();
        private final List<JsonNode> all = new ArrayList<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        ResultWatcher(String bootstrap, String key) throws InterruptedException {
            this.key = key;
            Properties props = new Properties();
            props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props);
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.VALIDATION_RESULTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            thread = new Thread(() -> {
                try (consumer) {
                    while (running.get()) {
                        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(20))) {
                            long now = System.nanoTime();
                            if (key.equals(r.key())) {
                                JsonNode result = Http.JSON.readTree(r.value());
                                bySequence.putIfAbsent(result.path("basedOnSequence").asLong(),
                                        new Arrival(result, now));
                                synchronized (all) {
                                    all.add(result);
                                }
                            }
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "result-watcher");
            thread.setDaemon(true);
            thread.start();
        }

        /** The first result based on the sequence or a later one, and when it arrived; null after the timeout. */
        Arrival awaitSequence(long sequence, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                Arrival found = bySequence.entrySet().stream().filter(e -> e.getKey() >= sequence)
                        .min(Map.Entry.comparingByKey()).map(Map.Entry::getValue).orElse(null);
                if (found != null) {
                    return found;
                }
                Thread.sleep(2);
            }
            return null;
        }

        int count() {
            synchronized (all) {
                return all.size();
            }
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.join(5_000);
        }
    }
}
