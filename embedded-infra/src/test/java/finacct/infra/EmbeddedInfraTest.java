package finacct.infra;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedInfraTest {

    static final Pattern READY = Pattern.compile("INFRA-READY mongodb=(mongodb://localhost:\\d+) kafka=(localhost:\\d+)");

    @TempDir
    Path tmp;

    @Test
    void mainPrintsOneReadyLineServesBothAndStopsCleanlyOnSigterm() throws Exception {
        Path data = tmp.resolve("data");
        try (ChildJvm child = ChildJvm.start(tmp, EmbeddedInfra.class,
                "--data", data.toString(), "--mongo-port", "0", "--kafka-port", "0", "--kafka-controller-port", "0")) {
            Matcher ready = READY.matcher(child.awaitLine(EmbeddedInfra.READY_PREFIX, 90));
            assertThat(ready.matches()).isTrue();
            try (MongoClient client = MongoClients.create(ready.group(1))) {
                client.getDatabase("finacct-submission").getCollection("events")
                        .insertOne(new Document("_id", "D001:2020/0").append("type", "SubmissionOpened"));
            }
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, ready.group(2)))) {
                assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS)).hasSize(1);
            }
            child.process.destroy(); // SIGTERM: the shutdown hook stops Kafka and Mongo
            assertThat(child.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            System.out.println("[infra child] " + child.stderrText().lines()
                    .filter(l -> l.contains("infra started in")).findFirst().orElse("(no start line)"));
            assertThat(child.stderrText()).contains("Kafka broker on " + ready.group(2) + " stopped")
                    .contains("MongoDB-wire server on port");
        }
        assertThat(data.resolve("kafka/.kafka_cleanshutdown")).exists();
        assertThat(data.resolve("mongo/finacct.mv")).exists();

        // the next start finds what the last one stored
        try (EmbeddedInfra infra = EmbeddedInfra.start(InfraOptions.defaults().withDataDir(data).withPorts(0, 0, 0));
             MongoClient client = MongoClients.create(infra.mongo().uri())) {
            MongoCollection<Document> events = client.getDatabase("finacct-submission").getCollection("events");
            assertThat(events.find(new Document("_id", "D001:2020/0")).first()).containsEntry("type", "SubmissionOpened");
            assertThat(infra.readyLine()).matches(READY);
        }
    }

    @Test
    void memoryModeWritesNothingUnderTheDataDirectoryAndCleansUpKafkasTemporaryLog() {
        Path data = tmp.resolve("unused");
        Path kafkaLog;
        try (EmbeddedInfra infra = EmbeddedInfra.start(
                InfraOptions.parse(new String[]{"--memory", "--data", data.toString(), "--mongo-port", "0",
                        "--kafka-port", "0", "--kafka-controller-port", "0"}, new java.util.Properties()))) {
            assertThat(infra.mongo().file()).isEmpty();
            kafkaLog = infra.kafka().logDir();
            assertThat(kafkaLog).exists();
        }
        assertThat(kafkaLog).doesNotExist();
        assertThat(Files.exists(data)).isFalse();
    }
}
