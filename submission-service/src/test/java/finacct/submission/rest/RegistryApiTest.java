package finacct.submission.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.kernel.events.Topics;
import finacct.service.testing.TestTokens;
import finacct.submission.support.Api;
import finacct.submission.support.TestInfra;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry API as the bureau (and a department trying it) sees it: the shipped registry seeded on the first
 * start, changes by file and one by one with who and when, all or nothing, retirement, the entries on the topic.
 * Each test uses departments of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RegistryApiTest {

    private static final String MONGO_URI = TestInfra.startMongo();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEPARTMENTS = "/api/v1/registry/departments";
    private static final String IMPORTS = "/api/v1/registry/imports";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfra.register(registry, MONGO_URI);
    }

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    private Api.Response importFile(String contentType, String body) {
        Map<String, String> headers = Api.headersFor(IMPORTS);
        headers.put("Content-Type", contentType);
        return api.send("POST", IMPORTS, body, headers);
    }

    private List<String> codes(boolean includeRetired) {
        List<String> codes = new ArrayList<>();
        api.get(DEPARTMENTS + (includeRetired ? "?includeRetired=true" : "")).json()
                .forEach(d -> codes.add(d.path("code").asText()));
        return codes;
    }

    @Test
    void theFirstStartSeedsTheShippedRegistryOfTheDefaultDistrict() {
        Api.Response list = api.get(DEPARTMENTS);
        assertThat(list.status()).isEqualTo(200);
        JsonNode bigData = null;
        for (JsonNode d : list.json()) {
            assertThat(d.path("district").asText()).isEqualTo("420112");
            if (d.path("code").asText().equals("420112-DSJZX")) {
                bigData = d;
            }
        }
        assertThat(bigData).isNotNull();
        assertThat(bigData.path("name").asText()).isEqualTo("武汉市东西湖区大数据中心");
        assertThat(bigData.path("districtName").asText()).isEqualTo("东西湖区");
        assertThat(bigData.path("changedBy").asText()).isEqualTo("system:seed:finacct/registry/departments.json");
        assertThat(bigData.path("retired").asBoolean()).isFalse();
    }

    @Test
    void aDepartmentsTokenIsRefusedEveryRegistryRoute() {
        Map<String, String> officer = Map.of("Authorization", "Bearer " + TestTokens.department("420112-CZJ"));
        assertThat(api.send("GET", DEPARTMENTS, null, officer).status()).isEqualTo(403);
        Api.Response put = api.send("PUT", DEPARTMENTS + "/420112-ZZ1", "{\"name\": \"武汉市东西湖区某局\"}", officer);
        assertThat(put.status()).isEqualTo(403);
        assertThat(put.contentType()).startsWith("application/problem+json");
        Map<String, String> csv = new HashMap<>(officer);
        csv.put("Content-Type", "text/csv");
        assertThat(api.send("POST", IMPORTS, "code,name\n420112-ZZ1,武汉市东西湖区某局\n", csv).status()).isEqualTo(403);
        assertThat(codes(true)).doesNotContain("420112-ZZ1");
    }

    @Test
    void aCsvFileAddsDepartmentsThatCanOpenAtOnceAndTheSameFileAgainChangesNothing() {
        String file = """
                code,name,otherNames,district
                420112-TYJ,武汉市东西湖区体育局,东西湖区体育局；区体育局,420112
                420112-DAJ,武汉市东西湖区档案局,东西湖区档案局|区档案局,
                """;
        Api.Response first = importFile("text/csv; charset=UTF-8", file);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("added")).extracting(JsonNode::asText).containsExactly("420112-TYJ", "420112-DAJ");
        assertThat(first.json().path("changed")).isEmpty();
        assertThat(first.json().path("departments").get(0).path("otherNames")).extracting(JsonNode::asText)
                .containsExactly("东西湖区体育局", "区体育局");

        Api.Response again = importFile("text/csv", file);
        assertThat(again.json().path("added")).isEmpty();
        assertThat(again.json().path("changed")).isEmpty();
        assertThat(again.json().path("unchanged")).extracting(JsonNode::asText).containsExactly("420112-TYJ", "420112-DAJ");

        JsonNode one = api.get(DEPARTMENTS + "/420112-TYJ").json();
        assertThat(one.path("changedBy").asText()).isEqualTo("bureau-reviewer");
        assertThat(one.path("revision").asLong()).isEqualTo(1);
        assertThat(one.path("history")).singleElement().satisfies(c -> {
            assertThat(c.path("action").asText()).isEqualTo("added");
            assertThat(c.path("by").asText()).isEqualTo("bureau-reviewer");
        });

        // no rebuild, no restart: the department's officer opens and reports
        String base = Api.base("420112-TYJ", 2024);
        assertThat(api.post(base, null).status()).isEqualTo(201);
        Api.Response figures = api.post(base + "/figures", """
                {"batchId": "b1", "figures": [{"table": "T1", "row": "1", "column": "1", "value": "120.50"}]}""");
        assertThat(figures.status()).isEqualTo(200);
        assertThat(figures.json().path("version").asLong()).isEqualTo(2);
    }

    @Test
    void aBadFileIsA400NamingEachBadLineAndNothingIsWritten() {
        List<String> before = codes(true);
        Api.Response bad = importFile("text/csv", """
                code,name,otherNames,district
                420112-GAJ,武汉市东西湖区公安分局,,420112
                420112-gaj,武汉市东西湖区公安局,,420112
                420112-LYJ,,,420112
                310107-CZJ,上海市普陀区财政局,,310107
                420112-GAJ,武汉市东西湖区公安分局（重复）,,420112
                """);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().path("detail").asText()).startsWith("部门名录文件有 3 处错误，未导入");
        assertThat(bad.errorFields()).containsExactly("lines[3].code", "lines[4].name", "lines[5].district");
        assertThat(bad.json().path("errors").get(2).path("message").asText())
                .isEqualTo("第 5 行：部门“上海市普陀区财政局”属于区划 310107，本平台部署于 420112（东西湖区），不能登记其他区的部门");
        assertThat(codes(true)).isEqualTo(before);

        Api.Response twice = importFile("application/json", """
                [{"code": "420112-GAJ", "name": "武汉市东西湖区公安分局"},
                 {"code": "420112-LYJ", "name": "武汉市东西湖区林业局"},
                 {"code": "420112-GAJ", "name": "东西湖公安"}]""");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().path("errors").get(0).path("message").asText())
                .isEqualTo("部门编码“420112-GAJ”重复出现在第 1、3 项");
        // a name another department already has would make documents ambiguous
        Api.Response clash = importFile("text/csv", "code,name,otherNames\n420112-LYJ,武汉市东西湖区林业局,东西湖区财政局\n");
        assertThat(clash.status()).isEqualTo(400);
        assertThat(clash.json().path("errors").get(0).path("message").asText())
                .isEqualTo("第 2 行：名称“东西湖区财政局”已是名录中部门 420112-CZJ 的名称，导入文档时无法分辨是哪个部门");
        assertThat(codes(true)).isEqualTo(before);
    }

    @Test
    void putChangesOneDepartmentAndRecordsWhoAndWhen() {
        Map<String, String> reviewer = Map.of("Authorization", "Bearer " + TestTokens.bureau("reviewer-wang"));
        Api.Response added = api.send("PUT", DEPARTMENTS + "/420112-ZRZYJ",
                "{\"name\": \"武汉市东西湖区自然资源局\", \"otherNames\": [\"东西湖区自然资源局\"]}", reviewer);
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().path("districtName").asText()).isEqualTo("东西湖区");
        Api.Response renamed = api.send("PUT", DEPARTMENTS + "/420112-ZRZYJ",
                "{\"name\": \"武汉市东西湖区自然资源和规划局\", \"otherNames\": [\"东西湖区自然资源局\"]}",
                Map.of("Authorization", "Bearer " + TestTokens.bureau("reviewer-li")));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().path("revision").asLong()).isEqualTo(2);
        assertThat(renamed.json().path("history")).extracting(c -> c.path("action").asText() + "/" + c.path("by").asText())
                .containsExactly("added/reviewer-wang", "changed/reviewer-li");
        Api.Response otherDistrict = api.send("PUT", DEPARTMENTS + "/310107-ZRZYJ",
                "{\"name\": \"上海市普陀区规划资源局\", \"district\": \"310107\"}", reviewer);
        assertThat(otherDistrict.status()).isEqualTo(400);
        assertThat(otherDistrict.errorFields()).containsExactly("district");
        Api.Response noName = api.send("PUT", DEPARTMENTS + "/420112-ZRZYJ", "{\"name\": \" \"}", reviewer);
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().path("detail").asText()).isEqualTo("部门“420112-ZRZYJ”：缺少部门名称");
        assertThat(api.get(DEPARTMENTS + "/420112-ZRZYJ").json().path("name").asText()).isEqualTo("武汉市东西湖区自然资源和规划局");
    }

    @Test
    void aRetiredDepartmentKeepsItsSubmissionsButOpensNoNewYear() {
        assertThat(api.put(DEPARTMENTS + "/420112-QXJ", "{\"name\": \"武汉市东西湖区气象局\"}").status()).isEqualTo(201);
        String base2023 = Api.base("420112-QXJ", 2023);
        assertThat(api.post(base2023, null).status()).isEqualTo(201);

        Api.Response retired = api.post(DEPARTMENTS + "/420112-QXJ/retirement", null);
        assertThat(retired.status()).isEqualTo(200);
        assertThat(retired.json().path("retired").asBoolean()).isTrue();
        assertThat(retired.json().path("history")).last().satisfies(c -> assertThat(c.path("action").asText()).isEqualTo("retired"));
        assertThat(codes(false)).doesNotContain("420112-QXJ");
        assertThat(codes(true)).contains("420112-QXJ");

        Api.Response open2024 = api.post(Api.base("420112-QXJ", 2024), null);
        assertThat(open2024.status()).isEqualTo(409);
        assertThat(open2024.json().path("detail").asText())
                .isEqualTo("部门“武汉市东西湖区气象局”（420112-QXJ）已从部门名录撤销，不能开立 2024 年度的决算；已有年度的申报仍可查阅");
        Api.Response read = api.get(base2023);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("status").asText()).isEqualTo("DRAFT");
        assertThat(api.post(DEPARTMENTS + "/420112-NOPE/retirement", null).status()).isEqualTo(404);

        // the compacted topic's latest entry of the department says so
        JsonNode latest = awaitLatestEntry("420112-QXJ", e -> e.path("retired").asBoolean());
        assertThat(latest.path("name").asText()).isEqualTo("武汉市东西湖区气象局");
        assertThat(latest.path("changedBy").asText()).isEqualTo("bureau-reviewer");
        assertThat(latest.path("revision").asLong()).isEqualTo(2);
    }

    private static JsonNode awaitLatestEntry(String code, java.util.function.Predicate<JsonNode> done) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.kafkaBootstrap());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        JsonNode latest = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(Topics.REGISTRY, Duration.ofSeconds(10))
                    .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (System.nanoTime() < deadline && (latest == null || !done.test(latest))) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (code.equals(r.key())) {
                        latest = JSON.readTree(r.value());
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(latest).as("entry of " + code + " on " + Topics.REGISTRY).isNotNull();
        return latest;
    }
}
