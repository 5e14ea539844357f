package finacct.gateway;

import com.sun.net.httpserver.HttpServer;
import finacct.service.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overview's server-sent events reach the browser as they are sent: the gateway passes the stream on without
 * waiting for it to end. The stand-in service sends one event and then holds the stream open until the client has
 * read that event; a gateway that buffered would never deliver it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OverviewStreamPassThroughTest {

    static final CountDownLatch clientSawFirst = new CountDownLatch(1);
    static final HttpServer publication = streamingService();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("PUBLICATION_SERVICE_URL", () -> "http://localhost:" + publication.getAddress().getPort());
        registry.add("SUBMISSION_SERVICE_URL", StubService::deadUrl);
        registry.add("VALIDATION_SERVICE_URL", StubService::deadUrl);
        TestTokens.register((name, value) -> registry.add(name, () -> value));
    }

    @AfterAll
    static void stop() {
        publication.stop(0);
    }

    @LocalServerPort
    int port;

    @Test
    void eachEventPassesTheGatewayWhileTheStreamStaysOpen() throws Exception {
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/overview/2020/events"))
                .header("Authorization", "Bearer " + TestTokens.bureau())
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertThat(in.readLine()).isEqualTo("event:change");
            assertThat(in.readLine()).isEqualTo("data:{\"submissionId\":\"420112-DSJZX:2020\",\"version\":1}");
            clientSawFirst.countDown();
            in.readLine();
            assertThat(in.readLine()).isEqualTo("event:change");
            assertThat(in.readLine()).isEqualTo("data:{\"submissionId\":\"420112-DSJZX:2020\",\"version\":2}");
        }
    }

    private static HttpServer streamingService() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/api/v1/overview/2020/events", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(event(1));
                    out.flush();
                    // the second event only once the client has the first: a buffering gateway waits here for ever
                    if (clientSawFirst.await(30, TimeUnit.SECONDS)) {
                        out.write(event(2));
                        out.flush();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] event(int version) {
        return ("event:change\ndata:{\"submissionId\":\"420112-DSJZX:2020\",\"version\":" + version + "}\n\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
