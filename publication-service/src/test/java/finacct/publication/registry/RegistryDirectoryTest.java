package finacct.publication.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.kernel.events.EventEnvelope;
import finacct.kernel.events.EventTypes;
import finacct.kernel.events.SubmissionOpened;
import finacct.kernel.events.Topics;
import finacct.kernel.registry.DepartmentRegistry;
import finacct.kernel.registry.RegistryEntry;
import finacct.service.testing.TestInfra;
import finacct.service.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overview follows the registry submission-service publishes: departments of another district added at runtime
 * are listed (no rebuild, no restart), a retired one only in a year where it has a submission, and an older or
 * repeated entry changes nothing. A database, topic and consumer group of its own, so other tests' registries do not
 * mix in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RegistryDirectoryTest {

    private static final String TOPIC = "finacct.registry.test-" + UUID.randomUUID();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("finacct.mongodb.uri", TestInfra::mongoUri);
        registry.add("finacct.mongodb.database", () -> "finacct-publication-registry-test");
        registry.add("spring.kafka.bootstrap-servers", TestInfra::brokers);
        registry.add("spring.kafka.consumer.group-id", () -> "publication-registry-test");
        registry.add("finacct.registry.topic", () -> TOPIC);
        TestTokens.register((name, value) -> registry.add(name, () -> value));
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    ObjectMapper json;

    @Test
    void theOverviewListsTheDepartmentsTheRegistryTopicBrings() throws Exception {
        // before the registry has sent anything, the shipped registry stands in
        assertThat(codes(overview(2024))).hasSize(DepartmentRegistry.loadDefault().all().size())
                .allSatisfy(c -> assertThat(c).startsWith("420112-"));

        send(entry("310107-SHGZB", "上海市普陀区社会工作部", false, 1));
        send(entry("310107-CZJ", "上海市普陀区财政局", false, 1));
        JsonNode year2024 = await(2024, o -> ofDistrict(o).equals(List.of("310107-CZJ", "310107-SHGZB")));
        assertThat(find(year2024, "310107-SHGZB").path("departmentName").asText()).isEqualTo("上海市普陀区社会工作部");
        assertThat(find(year2024, "310107-SHGZB").path("status").asText()).isEqualTo("NOT_OPENED");
        assertThat(year2024.path("totals").path("registeredDepartments").asInt()).isEqualTo(2);

        // 财政局 opened 2023, then is retired; an old revision of 社会工作部 arrives late
        String id = "310107-CZJ:2023";
        kafka.send(Topics.SUBMISSION_EVENTS, id, json.writeValueAsString(new EventEnvelope("evt-" + id + "-0",
                EventTypes.nameOf(SubmissionOpened.class), EventTypes.SCHEMA_VERSION, id, 0, "2024-03-01T08:00:00Z",
                "310107-czj", json.valueToTree(new SubmissionOpened(id, "310107-CZJ", 2023, "MOF-2020", "万元"))))).get();
        send(entry("310107-CZJ", "上海市普陀区财政局", true, 2));
        send(entry("310107-SHGZB", "旧名称", false, 1));

        await(2024, o -> ofDistrict(o).equals(List.of("310107-SHGZB")));
        JsonNode year2023 = await(2023, o -> codes(o).contains("310107-CZJ"));
        assertThat(ofDistrict(year2023)).containsExactlyInAnyOrder("310107-SHGZB", "310107-CZJ");
        JsonNode retired = find(year2023, "310107-CZJ");
        assertThat(retired.path("departmentName").asText()).isEqualTo("上海市普陀区财政局");
        assertThat(retired.path("status").asText()).isEqualTo("DRAFT");
        assertThat(find(overview(2024), "310107-SHGZB").path("departmentName").asText()).isEqualTo("上海市普陀区社会工作部");

        // renamed after its read model was built: the bureau reads it under the new name, without a new event
        send(entry("310107-CZJ", "上海市普陀区财政局（更名）", true, 3));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String name = null;
        while (System.nanoTime() < deadline && !"上海市普陀区财政局（更名）".equals(name)) {
            Thread.sleep(200);
            name = readModelName("310107-CZJ", 2023);
        }
        assertThat(name).isEqualTo("上海市普陀区财政局（更名）");
    }

    private RegistryEntry entry(String code, String name, boolean retired, long revision) {
        return new RegistryEntry(code, name, List.of(), "310107", "普陀区", retired, revision,
                "2024-03-01T08:00:0" + revision + "Z", "bureau-reviewer");
    }

    private void send(RegistryEntry e) throws Exception {
        kafka.send(TOPIC, e.code(), json.writeValueAsString(e)).get();
    }

    private JsonNode overview(int year) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bureau());
        ResponseEntity<String> response = http.exchange("/api/v1/overview/" + year, HttpMethod.GET,
                new HttpEntity<>(headers), String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        try {
            return json.readTree(response.getBody());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String readModelName(String dept, int year) throws java.io.IOException {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bureau());
        ResponseEntity<String> response = http.exchange("/api/v1/read-models/" + dept + "/" + year, HttpMethod.GET,
                new HttpEntity<>(headers), String.class);
        return response.getStatusCode().value() == 200 ? json.readTree(response.getBody()).path("departmentName").asText() : null;
    }

    private JsonNode await(int year, Predicate<JsonNode> done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode o = overview(year);
        while (!done.test(o) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            o = overview(year);
        }
        assertThat(done.test(o)).as("overview %s: %s", year, o).isTrue();
        return o;
    }

    private static List<String> codes(JsonNode overview) {
        List<String> codes = new ArrayList<>();
        overview.path("departments").forEach(d -> codes.add(d.path("departmentCode").asText()));
        return codes;
    }

    /**
     * The overview's departments of the district this test registers: the topics are shared with the other test
     * classes, whose submissions of 420112 departments the overview lists too (opened submissions always show).
     */
    private static List<String> ofDistrict(JsonNode overview) {
        return codes(overview).stream().filter(c -> c.startsWith("310107-")).toList();
    }

    private static JsonNode find(JsonNode overview, String code) {
        for (JsonNode d : overview.path("departments")) {
            if (d.path("departmentCode").asText().equals(code)) {
                return d;
            }
        }
        throw new AssertionError(code + " not in " + overview);
    }
}
