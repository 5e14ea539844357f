package finacct.infra;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedMongoTest {

    @TempDir
    Path tmp;

    @Test
    void inMemoryServerOnARandomPortAcceptsTheDriver() {
        try (EmbeddedMongo mongo = EmbeddedMongo.startInMemory("localhost", 0);
             MongoClient client = MongoClients.create(mongo.uri())) {
            assertThat(mongo.port()).isPositive();
            assertThat(mongo.uri()).isEqualTo("mongodb://localhost:" + mongo.port());
            assertThat(mongo.file()).isEmpty();
            MongoCollection<Document> c = client.getDatabase("finacct-publication").getCollection("read_models");
            c.insertOne(new Document("_id", "D001:2020").append("status", "DRAFT"));
            assertThat(c.find().first()).containsEntry("status", "DRAFT");
        }
    }

    @Test
    void onDiskDataSurvivesACleanRestartAndTheFileIsCompactedOnClose() throws Exception {
        Path dir = tmp.resolve("data/mongo");
        long sizeWhileRunning;
        try (EmbeddedMongo mongo = EmbeddedMongo.startOnDisk(dir, "localhost", 0);
             MongoClient client = MongoClients.create(mongo.uri())) {
            assertThat(mongo.file()).contains(dir.toAbsolutePath().resolve("finacct.mv"));
            MongoCollection<Document> c = client.getDatabase("finacct-submission").getCollection("events");
            for (int i = 0; i < 2000; i++) {
                c.insertOne(new Document("_id", i).append("payload", "数据".repeat(20)));
            }
            sizeWhileRunning = Files.size(dir.resolve("finacct.mv"));
        }
        long sizeAfterClose = Files.size(dir.resolve("finacct.mv"));
        // a commit per write grows the file by tens of MB here; the clean close compacts it back
        assertThat(sizeAfterClose).isLessThan(sizeWhileRunning / 4);

        try (EmbeddedMongo mongo = EmbeddedMongo.startOnDisk(dir, "localhost", 0);
             MongoClient client = MongoClients.create(mongo.uri())) {
            MongoCollection<Document> c = client.getDatabase("finacct-submission").getCollection("events");
            assertThat(c.countDocuments()).isEqualTo(2000);
            assertThat(c.find(new Document("_id", 1999)).first()).containsEntry("payload", "数据".repeat(20));
        }
    }

    @Test
    void aSecondServerOnTheSameFileIsRefusedWithAClearMessage() {
        Path dir = tmp.resolve("mongo");
        try (EmbeddedMongo first = EmbeddedMongo.startOnDisk(dir, "localhost", 0)) {
            assertThatThrownBy(() -> EmbeddedMongo.startOnDisk(dir, "localhost", 0))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("finacct.mv");
        }
    }
}
