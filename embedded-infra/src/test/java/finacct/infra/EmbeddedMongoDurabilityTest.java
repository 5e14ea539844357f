package finacct.infra;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the server acknowledged is on disk when the process is killed with SIGKILL right after the last ack.
 * The stock H2 backend commits about once a second, so the writes of the last second would be gone.
 */
class EmbeddedMongoDurabilityTest {

    @TempDir
    Path tmp;

    @Test
    void everyAcknowledgedWriteSurvivesKillMinus9() throws Exception {
        Path dataDir = tmp.resolve("mongo");
        Map<Integer, Integer> expected = new HashMap<>(); // _id -> version, for every acknowledged write
        List<Integer> deleted = new ArrayList<>();
        try (ChildJvm child = ChildJvm.start(tmp, MongoOnDiskChild.class, dataDir.toString())) {
            int port = Integer.parseInt(child.awaitLine("PORT ", 60).substring(5).trim());
            try (MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
                MongoCollection<Document> events = client.getDatabase("finacct-submission").getCollection("events")
                        .withWriteConcern(WriteConcern.ACKNOWLEDGED);
                int id = 0;
                // single inserts, as an event store appends them
                for (int i = 0; i < 300; i++, id++) {
                    events.insertOne(new Document("_id", id).append("version", 1).append("payload", "事件" + id));
                    expected.put(id, 1);
                }
                // batches, as axon-mongo's insertMany
                for (int b = 0; b < 20; b++) {
                    List<Document> batch = new ArrayList<>();
                    for (int i = 0; i < 25; i++, id++) {
                        batch.add(new Document("_id", id).append("version", 1).append("payload", "批" + b));
                        expected.put(id, 1);
                    }
                    events.insertMany(batch);
                }
                // updates, findOneAndUpdate (token stores) and deletes
                for (int i = 0; i < 100; i++) {
                    events.updateOne(Filters.eq("_id", i), Updates.set("version", 2));
                    expected.put(i, 2);
                }
                for (int i = 100; i < 150; i++) {
                    events.findOneAndUpdate(Filters.eq("_id", i), Updates.set("version", 3));
                    expected.put(i, 3);
                }
                for (int i = 150; i < 170; i++) {
                    events.deleteOne(Filters.eq("_id", i));
                    expected.remove(i);
                    deleted.add(i);
                }
                // the last acknowledged write, then SIGKILL at once
                events.insertOne(new Document("_id", id).append("version", 9).append("payload", "最后"));
                expected.put(id, 9);
                child.process.destroyForcibly();
                assertThat(child.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(child.process.exitValue()).isEqualTo(137); // 128 + SIGKILL: no shutdown hook ran
            }
        }

        try (EmbeddedMongo reopened = EmbeddedMongo.startOnDisk(dataDir, "localhost", 0);
             MongoClient client = MongoClients.create(reopened.uri())) {
            MongoCollection<Document> events = client.getDatabase("finacct-submission").getCollection("events");
            Map<Integer, Integer> found = new HashMap<>();
            for (Document d : events.find()) {
                found.put(d.getInteger("_id"), d.getInteger("version"));
            }
            List<Integer> lost = expected.keySet().stream().filter(k -> !found.containsKey(k)).sorted().toList();
            List<Integer> stale = expected.keySet().stream()
                    .filter(k -> found.containsKey(k) && !found.get(k).equals(expected.get(k))).sorted().toList();
            assertThat(lost).as("acknowledged inserts lost").isEmpty();
            assertThat(stale).as("acknowledged updates lost").isEmpty();
            assertThat(found.keySet()).as("acknowledged deletes undone").doesNotContainAnyElementsOf(deleted);
            assertThat(found).hasSameSizeAs(expected);
        }
    }
}
