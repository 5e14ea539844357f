package finacct.submission.limits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.submission.support.Api;
import finacct.submission.support.TestInfra;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input, as a corpus and as seeded random mutations of good requests: whatever arrives, the answer is never a
 * 5xx; a refused request is a problem+json in Chinese that names no class, stack frame or internal host, and it
 * stores nothing.
 */
class BadInputTest extends LimitsContext {

    static final String DEPT = "420112-SJJ";
    static final String BASE = Api.base(DEPT, YEAR);
    static final String REVIEW = "/api/v1/reviews/" + DEPT + "/" + YEAR;
    static final ObjectMapper JSON = new ObjectMapper();
    static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void opened() {
        api.post(BASE, null); // 201 the first time, 409 afterwards
    }

    record Bad(String name, String method, String path, String contentType, byte[] body) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Each entry its own batch id: a batch id seen before is answered as a repeat, not read again. */
    static Bad json(String name, String method, String path, String body) {
        String unique = body.replace("\"batchId\":\"b\"", "\"batchId\":\"" + name.hashCode() + "\"");
        return new Bad(name, method, path, "application/json", unique.getBytes(StandardCharsets.UTF_8));
    }

    static Stream<Bad> corpus() {
        String figures = BASE + "/figures";
        String tenMegabytes = "9".repeat(10 * 1024 * 1024);
        byte[] invalidUtf8 = concat("{\"batchId\":\"b\",\"figures\":[{\"table\":\"T1\",\"row\":\"1\",\"column\":\"1\",\"value\":\"",
                new byte[]{(byte) 0xC3, (byte) 0x28, (byte) 0xFF}, "\"}]}");
        return Stream.of(
                json("truncated JSON", "POST", figures, "{\"batchId\":\"b\",\"figures\":["),
                json("not JSON at all", "POST", figures, "figures: T1 1 1 = 3"),
                json("stray comma", "PUT", BASE + "/narrative", "{\"sections\":[,]}"),
                json("an array for an object", "POST", figures, "[1,2,3]"),
                json("wrong types", "POST", figures, "{\"batchId\":7,\"figures\":\"T1\"}"),
                json("wrong types in a cell", "POST", figures,
                        "{\"batchId\":\"b\",\"figures\":[{\"table\":1,\"row\":[],\"column\":{},\"value\":true}]}"),
                json("a huge number", "POST", figures,
                        "{\"batchId\":\"b\",\"figures\":[{\"table\":\"T1\",\"row\":\"1\",\"column\":\"1\",\"value\":\""
                                + "9".repeat(5000) + "\"}]}"),
                json("a huge JSON number for the version", "POST", figures,
                        "{\"batchId\":\"b\",\"expectedVersion\":1e999999,\"figures\":[]}"),
                json("a version beyond long", "POST", BASE + "/submit", "{\"expectedVersion\":99999999999999999999999}"),
                json("a negative amount", "POST", BASE + "/evaluations",
                        "{\"scope\":\"project\",\"name\":\"x\",\"budget\":\"-100.00\",\"executed\":\"NaN\"}"),
                json("NaN and Infinity as amounts", "POST", figures,
                        "{\"batchId\":\"b\",\"figures\":[{\"table\":\"T1\",\"row\":\"1\",\"column\":\"1\",\"value\":\"NaN\"},"
                                + "{\"table\":\"T1\",\"row\":\"2\",\"column\":\"1\",\"value\":\"Infinity\"}]}"),
                json("a bare NaN", "POST", figures,
                        "{\"batchId\":\"b\",\"figures\":[{\"table\":\"T1\",\"row\":\"1\",\"column\":\"1\",\"value\":NaN}]}"),
                json("unknown fields and nothing else", "POST", figures, "{\"surprise\":{\"deep\":[1,2,3]}}"),
                json("10 MB in one value", "POST", figures,
                        "{\"batchId\":\"" + tenMegabytes + "\",\"figures\":[]}"),
                json("10 MB of nesting", "POST", figures, "[".repeat(10 * 1024 * 1024)),
                new Bad("invalid UTF-8", "POST", figures, "application/json", invalidUtf8),
                new Bad("XML", "POST", figures, "application/xml", "<figures/>".getBytes(StandardCharsets.UTF_8)),
                new Bad("no body", "PUT", BASE + "/narrative", "application/json", new byte[0]),
                json("an unknown year", "POST", Api.base(DEPT, 99999) + "/figures", "{}"),
                json("an unknown department", "POST", Api.base("../../etc", YEAR) + "/figures", "{}"),
                json("a field given twice", "PUT", BASE + "/narrative",
                        "{\"sections\":[{\"id\":\"1\",\"title\":\"概况\",\"text\":\"甲\",\"text\":\"乙\"}],\"claims\":[]}"),
                new Bad("an empty document", "POST", BASE + "/import", "text/plain", new byte[0]),
                new Bad("a broken workbook", "POST", BASE + "/import",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        new byte[]{'P', 'K', 3, 4, 0, 0, 0}),
                new Bad("JSON document of the wrong shape", "POST", BASE + "/import", "application/json",
                        "{\"tables\":7}".getBytes(StandardCharsets.UTF_8)),
                // the bureau's review (Api sends the bureau's token on these paths)
                json("an approval without its version", "POST", REVIEW + "/approve", "{\"comment\":\"同意\"}"),
                json("return reasons that are no list", "POST", REVIEW + "/return", "{\"version\":1,\"reasons\":{\"a\":1}}"),
                json("a published version beyond long", "POST", REVIEW + "/publish", "{\"version\":99999999999999999999999}"),
                json("a draft published", "POST", REVIEW + "/publish", "{\"version\":1}"),
                json("a reopen of a draft", "POST", BASE + "/reopen", "{\"reason\":\"更正\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theCorpusIsRefusedWithAProblemAndStoresNothing(Bad bad) {
        int before = storedEvents();
        Answer answer = send(bad.method(), bad.path(), bad.contentType(), bad.body());
        assertThat(answer.status()).as("%s: %s", bad.name(), answer.body()).isBetween(400, 499);
        assertProblem(answer, bad.name());
        assertThat(storedEvents()).as(bad.name()).isEqualTo(before);
    }

    @Test
    void aProblemCarriesTheTraceOfTheRequest() {
        Answer answer = send("POST", BASE + "/figures", "application/json",
                "{\"figures\":".getBytes(StandardCharsets.UTF_8), "00-" + TRACE_ID + "-b7ad6b7169203331-01");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("traceId").asText()).isEqualTo(TRACE_ID);
    }

    static Stream<Arguments> seeds() {
        long base = Long.getLong("finacct.seed", System.nanoTime());
        return IntStream.range(0, 6).mapToObj(i -> Arguments.of(base + i));
    }

    /**
     * Good requests mutated at random (characters cut, inserted or swapped, values replaced by values of another
     * JSON type, amounts replaced by odd numbers): never a 5xx; refused ones store nothing. Re-run a failure with
     * -Dfinacct.seed=SEED.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mutatedRequestsAreNeverA5xxAndRefusedOnesStoreNothing(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 25; i++) {
            String[] target = TEMPLATES[random.nextInt(TEMPLATES.length)];
            String body = mutate(target[2].replace("$N", Integer.toString(random.nextInt(1_000_000))), random);
            int before = storedEvents();
            Answer answer = send(target[0], BASE + target[1], "application/json", body.getBytes(StandardCharsets.UTF_8));
            String what = "seed " + seed + " #" + i + " " + target[0] + " " + target[1] + " " + abbreviate(body);
            assertThat(answer.status()).as("%s -> %s", what, answer.body()).isLessThan(500);
            if (answer.status() >= 400) {
                assertProblem(answer, what);
                assertThat(storedEvents()).as(what).isEqualTo(before);
            }
        }
    }

    static final String[][] TEMPLATES = {
            {"POST", "/figures", "{\"batchId\":\"p$N\",\"figures\":[{\"table\":\"T1\",\"row\":\"1\",\"column\":\"1\","
                    + "\"value\":\"523.18\",\"name\":\"收入总计\"},{\"table\":\"T3\",\"row\":\"2010350\",\"column\":\"1\","
                    + "\"value\":\"452.60\"}]}"},
            {"POST", "/figures/withdrawals", "{\"batchId\":\"w$N\",\"cells\":[{\"table\":\"T1\",\"row\":\"1\",\"column\":\"1\"}]}"},
            {"PUT", "/narrative", "{\"sections\":[{\"id\":\"1\",\"title\":\"情况说明\",\"text\":\"收入总计523.18万元。\"}],"
                    + "\"claims\":[{\"id\":\"c1\",\"section\":\"1\",\"kind\":\"amount\",\"subject\":\"收入总计\","
                    + "\"value\":\"523.18\",\"unit\":\"万元\",\"text\":\"收入总计523.18万元\"}]}"},
            {"POST", "/evaluations", "{\"scope\":\"project\",\"name\":\"项目$N\",\"budget\":\"100.00\",\"executed\":\"98.50\","
                    + "\"rate\":\"98.5\",\"indicators\":[{\"level1\":\"产出指标\",\"name\":\"覆盖率\",\"target\":\"≥95%\","
                    + "\"actual\":\"97%\",\"weight\":\"10\",\"score\":\"10\"}]}"}};

    static final String[] ODD_VALUES = {"null", "true", "[]", "{}", "-1", "1e308", "1e400", "\"NaN\"", "\"-0.00\"",
            "\"1,000.00\"", "\"１２３\"", "\"" + "9".repeat(400) + "\"", "\"\"", "\"\\u0000\"", "-99999999999999999999999",
            "\"-523.18\"", "\"Infinity\"", "0.1", "\"<script>\""};

    static String mutate(String body, Random random) {
        StringBuilder s = new StringBuilder(body);
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            switch (random.nextInt(5)) {
                case 0 -> s.deleteCharAt(random.nextInt(s.length()));
                case 1 -> s.insert(random.nextInt(s.length() + 1), "{}[]\",:\\0-e9\u00e9\ud800汉".charAt(random.nextInt(15)));
                case 2 -> { // replace one quoted string value by an odd value
                    List<int[]> strings = quotedValues(s);
                    if (!strings.isEmpty()) {
                        int[] at = strings.get(random.nextInt(strings.size()));
                        s.replace(at[0], at[1], ODD_VALUES[random.nextInt(ODD_VALUES.length)]);
                    }
                }
                case 3 -> s.setLength(random.nextInt(s.length()));
                default -> {
                    int from = random.nextInt(s.length());
                    int to = Math.min(s.length(), from + random.nextInt(20));
                    s.insert(random.nextInt(s.length()), s.substring(from, to));
                }
            }
            if (s.isEmpty()) {
                s.append('{');
            }
        }
        return s.toString();
    }

    /** [start, end) of each "…" that follows a colon: the string values of the document. */
    static List<int[]> quotedValues(CharSequence s) {
        List<int[]> values = new ArrayList<>();
        for (int i = 0; i < s.length() - 1; i++) {
            if (s.charAt(i) == ':' && s.charAt(i + 1) == '"') {
                int end = i + 2;
                while (end < s.length() && s.charAt(end) != '"') {
                    end++;
                }
                if (end < s.length()) {
                    values.add(new int[]{i + 1, end + 1});
                }
            }
        }
        return values;
    }

    // ---- helpers ----

    record Answer(int status, String contentType, String body, JsonNode json) {
    }

    static void assertProblem(Answer answer, String what) {
        assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
        assertThat(answer.json().path("status").asInt()).as(what).isEqualTo(answer.status());
        assertThat(answer.json().path("detail").asText()).as(what)
                .matches(d -> d.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                        "is written in Chinese");
        assertThat(answer.body()).as(what)
                .doesNotContain("Exception", "exception", "java.", "jakarta.", "com.fasterxml", "org.springframework",
                        "org.axonframework", "finacct.", "\tat ", "localhost", "127.0.0.1", "mongodb://",
                        TestInfra.kafkaBootstrap());
        assertThat(answer.body().length()).as(what).isLessThan(4096);
    }

    int storedEvents() {
        return api.get(BASE + "/history").json().path("events").size();
    }

    Answer send(String method, String path, String contentType, byte[] body) {
        return send(method, path, contentType, body, null);
    }

    Answer send(String method, String path, String contentType, byte[] body, String traceparent) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", contentType);
        Api.headersFor(path).forEach(request::header);
        if (traceparent != null) {
            request.header("traceparent", traceparent);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json;
            try {
                json = JSON.readTree(response.body());
            } catch (IOException notJson) {
                json = JSON.nullNode();
            }
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), json == null ? JSON.nullNode() : json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static byte[] concat(String head, byte[] middle, String tail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…(" + s.length() + " chars)" : s;
    }
}
