package finacct.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import finacct.cli.up.DocumentLoader;
import finacct.cli.up.Platform;
import finacct.kernel.events.Topics;
import finacct.kernel.registry.DepartmentRegistry;
import org.bson.Document;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** What a user does with the running platform, written once and run against embedded and real servers. */
final class Scenarios {

    private Scenarios() {
    }

    /** The sample reported through the gateway as its department's submission, submitted, and followed to the end. */
    static void sampleTravelsFromTheGatewayToTheReadModel(Platform platform) throws Exception {
        String gateway = platform.options().gatewayUrl();
        Path sample = RunningPlatform.projectRoot().resolve("samples/dongxihu-bigdata-center-2020.txt");
        DocumentLoader.Loaded loaded = new DocumentLoader(gateway,
                code -> platform.issuer().departmentToken(code, Duration.ofMinutes(10)), DepartmentRegistry.loadDefault()).load(sample);
        String base = gateway + "/api/v1/departments/" + loaded.departmentCode() + "/submissions/" + loaded.fiscalYear();
        DocumentLoader.Loaded again = new DocumentLoader(gateway,
                code -> platform.issuer().departmentToken(code, Duration.ofMinutes(10)), DepartmentRegistry.loadDefault()).load(sample);
        assertThat(again.batchesStored()).isZero();
        assertThat(again.version()).isEqualTo(loaded.version());
        Http.Response submitted = Http.post(base + "/submit", Map.of("expectedVersion", loaded.version()));
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(200);
        String submissionId = loaded.departmentCode() + ":" + loaded.fiscalYear();
        long events = loaded.version() + 1;

        // the event store holds the stream in order
        List<String> storedTypes = new ArrayList<>();
        List<Long> storedSequences = new ArrayList<>();
        try (MongoClient client = MongoClients.create(platform.mongoUri())) {
            for (Document d : client.getDatabase("finacct-submission").getCollection("domainevents")
                    .find(Filters.eq("aggregateIdentifier", submissionId)).sort(Sorts.ascending("sequenceNumber"))) {
                storedSequences.add(((Number) d.get("sequenceNumber")).longValue());
                String type = d.getString("payloadType");
                storedTypes.add(type.substring(type.lastIndexOf('.') + 1));
            }
        }
        assertThat(storedSequences).containsExactlyElementsOf(LongStream.range(0, events).boxed().toList());
        assertThat(storedTypes.get(0)).isEqualTo("SubmissionOpened");
        assertThat(storedTypes.get(storedTypes.size() - 1)).isEqualTo("SubmissionSubmitted");

        // the same events on the topic, contiguous sequence numbers
        List<JsonNode> onTopic = TopicReader.read(platform.kafkaBootstrap(), Topics.SUBMISSION_EVENTS, submissionId,
                v -> distinctSequences(v).size() == events, Duration.ofSeconds(60));
        assertThat(distinctSequences(onTopic)).containsExactlyElementsOf(LongStream.range(0, events).boxed().toList());
        List<String> topicTypes = onTopic.stream().filter(distinctFirst()).map(n -> n.path("type").asText()).toList();
        assertThat(topicTypes).containsExactlyElementsOf(storedTypes);
        // every event's actor is the subject of the token it came with: the department's officer
        assertThat(onTopic).allSatisfy(n -> assertThat(n.path("actor").asText())
                .isEqualTo(loaded.departmentCode().toLowerCase(java.util.Locale.ROOT)));

        // a SubmissionValidated whose recomputed 表1 totals equal the sample's stated totals
        String[] totals = Files.readString(sample, StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith("本年收入合计")).findFirst().orElseThrow().split("\t");
        List<JsonNode> results = TopicReader.read(platform.kafkaBootstrap(), Topics.VALIDATION_RESULTS, submissionId,
                v -> v.stream().anyMatch(r -> r.path("basedOnSequence").asLong() == events - 1), Duration.ofSeconds(60));
        JsonNode latest = results.stream().filter(r -> r.path("basedOnSequence").asLong() == events - 1)
                .findFirst().orElseThrow(() -> new AssertionError("no SubmissionValidated for the whole stream"));
        assertThat(computed(latest, "T1", "27", "1")).isEqualTo(totals[2]);
        assertThat(computed(latest, "T1", "57", "2")).isEqualTo(totals[5]);

        // the read model through the gateway
        JsonNode readModel = awaitReadModel(gateway, loaded.departmentCode(), loaded.fiscalYear(), events);
        assertThat(readModel.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(readModel.path("validation").path("basedOnSequence").asLong()).isEqualTo(events - 1);
    }

    static JsonNode awaitReadModel(String gateway, String department, int year, long version) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Http.Response r = null;
        while (System.nanoTime() < deadline) {
            r = Http.get(gateway + "/api/v1/read-models/" + department + "/" + year);
            if (r.status() == 200 && r.body().path("version").asLong() == version
                    && r.body().path("validation").path("basedOnSequence").asLong() == version - 1) {
                return r.body();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("read model did not reach version " + version + ": " + (r == null ? "" : r.raw()));
    }

    static List<Long> distinctSequences(List<JsonNode> envelopes) {
        return envelopes.stream().map(n -> n.path("sequence").asLong()).distinct().sorted().toList();
    }

    private static java.util.function.Predicate<JsonNode> distinctFirst() {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        return n -> seen.add(n.path("sequence").asLong());
    }

    private static String computed(JsonNode validated, String table, String row, String column) {
        for (JsonNode t : validated.path("tables")) {
            if (t.path("table").asText().equals(table)) {
                for (JsonNode c : t.path("cells")) {
                    if (c.path("row").asText().equals(row) && c.path("column").asText().equals(column)) {
                        return c.path("computed").asText();
                    }
                }
            }
        }
        return null;
    }
}
