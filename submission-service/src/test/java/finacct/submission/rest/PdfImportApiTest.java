package finacct.submission.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.importer.pdf.SmallDocumentPdf;
import finacct.importer.pdf.TestPdf;
import finacct.submission.support.Api;
import finacct.submission.support.TestInfra;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** POST …/import with the published PDF itself: as the raw body or a multipart file; a scan is a 400. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PdfImportApiTest {

    private static final String MONGO_URI = TestInfra.startMongo();
    private static final ObjectMapper JSON = new ObjectMapper();

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

    @Test
    void aPublishedPdfIsImportedWithItsFiguresAndASecondImportStoresNothing() throws IOException {
        String path = Api.base("420112-SJJ", 2023) + "/import";
        byte[] pdf = SmallDocumentPdf.of("武汉市东西湖区审计局", 2023);

        HttpResponse<String> first = post(path, "application/pdf", pdf);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(first.body());
        assertThat(body.path("format").asText()).isEqualTo("pdf");
        assertThat(body.path("opened").asBoolean()).isTrue();
        assertThat(body.path("templateVersion").asText()).isEqualTo("MOF-2023");
        assertThat(body.path("batches")).extracting(b -> b.path("table").asText()).containsExactly("T5");
        assertThat(body.path("figures").asInt()).isEqualTo(13);
        assertThat(body.path("unplaced")).isEmpty();
        JsonNode state = api.get(Api.base("420112-SJJ", 2023)).json();
        assertThat(state.path("cells")).anySatisfy(c -> {
            assertThat(c.path("table").asText()).isEqualTo("T5");
            assertThat(c.path("row").asText()).isEqualTo("2011199");
            assertThat(c.path("column").asText()).isEqualTo("1");
            assertThat(c.path("value").asText()).isEqualTo("234.56");
        });

        JsonNode again = JSON.readTree(post(path + "?filename=" + "决算.pdf", "application/octet-stream", pdf).body());
        assertThat(again.path("storedEvents").asInt()).isZero();
        assertThat(again.path("format").asText()).isEqualTo("pdf");
    }

    @Test
    void aPdfArrivesAsAMultipartFile() throws IOException {
        byte[] pdf = SmallDocumentPdf.of("武汉市东西湖区统计局", 2023);
        String boundary = "finacct-pdf-boundary";
        ByteArrayOutputStream multipart = new ByteArrayOutputStream();
        multipart.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"决算.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        multipart.write(pdf);
        multipart.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = post(Api.base("420112-TJJ", 2023) + "/import",
                "multipart/form-data; boundary=" + boundary, multipart.toByteArray());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("format").asText()).isEqualTo("pdf");
        assertThat(JSON.readTree(response.body()).path("figures").asInt()).isEqualTo(13);
    }

    @Test
    void aPdfWithoutTextLayerIsA400SayingSoAndStoresNothing() throws IOException {
        byte[] scan = TestPdf.imageOnly(SmallDocumentPdf.of("武汉市东西湖区司法局", 2023));

        HttpResponse<String> response = post(Api.base("420112-SFJ", 2023) + "/import", "application/pdf", scan);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(JSON.readTree(response.body()).path("detail").asText()).contains("没有文字层");
        assertThat(api.get(Api.base("420112-SFJ", 2023)).status()).isEqualTo(404);
    }

    private HttpResponse<String> post(String path, String contentType, byte[] body) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                    + path.replace("决算", "%E5%86%B3%E7%AE%97")))
                            .timeout(Duration.ofSeconds(60))
                            .header("Content-Type", contentType)
                            .header("Authorization", Api.headersFor(path).get("Authorization"))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
