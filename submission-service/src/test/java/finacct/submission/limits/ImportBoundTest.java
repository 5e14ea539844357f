package finacct.submission.limits;

import finacct.submission.support.Api;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A crafted 20 MB text cannot keep a core busy: its import is given up at the time limit (10 s here), answered
 * with a problem, stores nothing, and its reader is stopped. Only a generous bound on the answer's time is
 * asserted (the machine running the tests may be slow).
 */
class ImportBoundTest extends LimitsContext {

    static final String BASE = Api.base("420112-RSJ", YEAR);

    @Test
    void aCraftedTwentyMegabyteTextIsGivenUpAtTheTimeLimitAndItsReaderStopped() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(20 * 1024 * 1024);
        text.append("表1 收入支出决算总表\n部门：某某局 金额单位：万元\n");
        long bytes = text.toString().getBytes(StandardCharsets.UTF_8).length;
        while (bytes < 20 * 1024 * 1024 - 200) { // table-like rows: codes, names and amounts without end
            String row = (2010000 + random.nextInt(9999)) + " 事业运行 " + random.nextInt(100000) + "."
                    + random.nextInt(100) + " " + random.nextInt(1000) + ".00 0.00\n";
            text.append(row);
            bytes += row.getBytes(StandardCharsets.UTF_8).length;
        }
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(body.length).isBetween(20_000_000, 20 * 1024 * 1024);
        api.post(BASE, null);
        int before = api.get(BASE + "/history").json().path("events").size();

        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + BASE + "/import"))
                .timeout(Duration.ofMinutes(3))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        Api.headersFor(BASE).forEach(request::header);
        long started = System.nanoTime();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(response.statusCode()).as("seed %d: %s", seed, response.body()).isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(took).as("seed %d", seed).isLessThan(Duration.ofSeconds(100)); // 10 s limit, generous margin
        assertThat(api.get(BASE + "/history").json().path("events")).hasSize(before);
        if (response.statusCode() == 422) {
            assertThat(response.body()).contains("未能在 10 秒内读完");
            // the reader does not go on in the background
            await().atMost(Duration.ofSeconds(30)).until(() -> Thread.getAllStackTraces().keySet().stream()
                    .noneMatch(t -> t.getName().startsWith("document-import-") && t.isAlive()));
        }
    }
}
