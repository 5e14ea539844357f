package finacct.submission.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import finacct.kernel.events.Topics;
import finacct.kernel.registry.Department;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The stored unsent mark is the outbox: a change Kafka did not acknowledge is sent again later, never lost. */
class RegistryPublisherTest {

    private MongoServer server;
    private MongoClient client;
    private DepartmentStore store;
    @SuppressWarnings("unchecked")
    private final KafkaTemplate<String, String> kafka = mock(KafkaTemplate.class);
    private final List<String> sent = new ArrayList<>();
    private RegistryService registry;
    private RegistryPublisher publisher;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + server.bind().getHostString() + ":" + server.getLocalAddress().getPort());
        store = new DepartmentStore(client.getDatabase("registry-test").getCollection(DepartmentStore.COLLECTION));
        publisher = new RegistryPublisher(store, kafka, new ObjectMapper(), Duration.ofHours(1), Duration.ofSeconds(5));
        registry = new RegistryService(store, new District("310107", "普陀区"), () -> { }, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private void kafkaAnswers(boolean up) {
        when(kafka.send(eq(Topics.REGISTRY), anyString(), anyString())).thenAnswer(call -> {
            if (!up) {
                return CompletableFuture.failedFuture(new org.apache.kafka.common.errors.TimeoutException("broker away"));
            }
            sent.add(call.getArgument(1) + " " + call.getArgument(2));
            return CompletableFuture.completedFuture(new SendResult<String, String>(
                    new ProducerRecord<>(Topics.REGISTRY, call.getArgument(1), call.getArgument(2)), null));
        });
    }

    @Test
    void aChangeKafkaRefusedStaysUnsentAndGoesOutWhenKafkaIsBack() throws Exception {
        registry.put(new Department("310107-CZJ", "上海市普陀区财政局", List.of(), "310107", "普陀区"), "reviewer-a");

        kafkaAnswers(false);
        assertThat(publisher.flush()).isZero();
        assertThat(store.unsent()).extracting(RegistryRecord::code).containsExactly("310107-CZJ");

        kafkaAnswers(true);
        assertThat(publisher.flush()).isEqualTo(1);
        assertThat(store.unsent()).isEmpty();
        JsonNode value = new ObjectMapper().readTree(sent.get(0).substring(sent.get(0).indexOf(' ') + 1));
        assertThat(sent.get(0)).startsWith("310107-CZJ ");
        assertThat(value.path("name").asText()).isEqualTo("上海市普陀区财政局");
        assertThat(value.path("revision").asLong()).isEqualTo(1);
        assertThat(value.path("changedBy").asText()).isEqualTo("reviewer-a");
        assertThat(value.path("retired").asBoolean()).isFalse();

        assertThat(publisher.flush()).as("nothing unsent, nothing sent again").isZero();
    }

    @Test
    void onlyTheAcknowledgedRevisionIsMarkedSent() {
        registry.put(new Department("310107-CZJ", "上海市普陀区财政局", List.of(), "310107", "普陀区"), "reviewer-a");
        // Kafka acknowledges revision 1 while revision 2 is being stored
        when(kafka.send(eq(Topics.REGISTRY), anyString(), anyString())).thenAnswer(call -> {
            if (sent.isEmpty()) {
                registry.retire("310107-CZJ", "reviewer-b");
            }
            sent.add(call.getArgument(2));
            return CompletableFuture.completedFuture(null);
        });
        publisher.flush();
        assertThat(store.unsent()).singleElement().satisfies(r -> {
            assertThat(r.revision()).isEqualTo(2);
            assertThat(r.department().retired()).isTrue();
        });
        publisher.flush();
        assertThat(store.unsent()).isEmpty();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1)).contains("\"retired\":true").contains("\"changedBy\":\"reviewer-b\"");
    }
}
