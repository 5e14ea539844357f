package finacct.gateway;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import finacct.service.testing.TestTokens;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

// Boot's tests switch metric exporters off unless asked: /actuator/prometheus is part of what is tested here
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "finacct.gateway.max-request-size=1MB"})
class GatewayRoutingTest {

    static final StubService submission = StubService.start("submission");
    static final StubService publication = StubService.start("publication");
    /** the validation service is "down": nothing listens on its port */
    static final String validationDown = StubService.deadUrl();

    static final String CORRELATION = CorrelationIdFilter.HEADER;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("SUBMISSION_SERVICE_URL", submission::url);
        registry.add("VALIDATION_SERVICE_URL", () -> validationDown);
        registry.add("PUBLICATION_SERVICE_URL", publication::url);
        TestTokens.register((name, value) -> registry.add(name, () -> value));
    }

    @AfterAll
    static void stopStubs() {
        submission.close();
        publication.close();
    }

    @Autowired
    WebTestClient base;
    /** Sends the token of the department a path names (the bureau's elsewhere) unless the request has its own. */
    WebTestClient client;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @LocalServerPort
    int port;

    @BeforeEach
    void forget() {
        submission.requests.clear();
        publication.requests.clear();
        base = base.mutate().responseTimeout(Duration.ofSeconds(20)).build();
        client = base.mutate().filter(GatewayRoutingTest::tokenOfThePathsCaller).build();
    }

    static Mono<ClientResponse> tokenOfThePathsCaller(ClientRequest request, ExchangeFunction next) {
        String path = request.url().getPath();
        if (request.headers().containsKey(HttpHeaders.AUTHORIZATION) || path.startsWith("/public/")) {
            return next.exchange(request);
        }
        Matcher department = DEPARTMENT.matcher(path);
        String token = department.find() ? TestTokens.department(department.group(1)) : TestTokens.bureau();
        return next.exchange(ClientRequest.from(request).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).build());
    }

    private static final Pattern DEPARTMENT =
            Pattern.compile("^/api/v1/(?:departments|validation|read-models)/(?!revalidations)([^/]+)");

    @Test
    void submissionPathsReachTheSubmissionServiceWithTheCallersTokenAndNoClientActor() {
        String token = TestTokens.department("D001");
        client.post().uri("/api/v1/departments/D001/submissions/2020/figures?dryRun=false")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header("X-Finacct-Gateway", "forged-by-client")
                .header("X-Finacct-Actor", "clerk@D002")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"batchId\":\"b1\",\"figures\":[]}")
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("submission POST /api/v1/departments/D001/submissions/2020/figures");

        StubService.Seen seen = submission.last();
        assertThat(seen.header(HttpHeaders.AUTHORIZATION)).containsExactly("Bearer " + token);
        assertThat(seen.header("X-Finacct-Gateway")).isEmpty();
        assertThat(seen.header("X-Finacct-Actor")).isEmpty();
        assertThat(seen.bodyLength()).isEqualTo("{\"batchId\":\"b1\",\"figures\":[]}".length());
        assertThat(publication.requests).isEmpty();
    }

    @Test
    void theBlankWorkbookOfATemplateComesFromTheSubmissionService() {
        String path = "/api/v1/templates/MOF-2021/workbook";
        client.get().uri(path).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("submission GET " + path);
        assertThat(submission.last().path()).isEqualTo(path);
        assertThat(publication.requests).isEmpty();
    }

    @Test
    void theBureausReviewsReachTheSubmissionServiceAndNotADepartment() {
        String path = "/api/v1/reviews/D001/2020/approve";
        String bureau = TestTokens.bureau();
        client.post().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + bureau)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"version\":3}").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("submission POST " + path);
        assertThat(submission.last().header(HttpHeaders.AUTHORIZATION)).containsExactly("Bearer " + bureau);
        submission.requests.clear();
        client.get().uri("/api/v1/reviews/D001/2020")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.department("D001")).exchange()
                .expectStatus().isForbidden();
        assertThat(submission.requests).isEmpty();
        assertThat(publication.requests).isEmpty();
    }

    @Test
    void readModelOverviewAndPublicPathsReachThePublicationService() {
        for (String path : List.of("/api/v1/read-models/D001/2020", "/api/v1/overview/2020", "/public/v1/departments/D001/2020")) {
            client.get().uri(path).exchange()
                    .expectStatus().isOk()
                    .expectBody(String.class).isEqualTo("publication GET " + path);
            assertThat(publication.last().path()).isEqualTo(path);
        }
        assertThat(submission.requests).isEmpty();
    }

    @Test
    void aCorrelationIdIsAddedForwardedAndEchoed() {
        String generated = client.get().uri("/api/v1/overview/2020").exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst(CORRELATION);
        assertThat(UUID.fromString(generated)).isNotNull();
        assertThat(publication.last().header(CORRELATION)).containsExactly(generated);

        client.get().uri("/api/v1/overview/2020").header(CORRELATION, "import-2020-0001").exchange()
                .expectHeader().valueEquals(CORRELATION, "import-2020-0001");
        assertThat(publication.last().header(CORRELATION)).containsExactly("import-2020-0001");

        String replaced = client.get().uri("/api/v1/overview/2020").header(CORRELATION, "<script>alert(1)</script>")
                .exchange()
                .returnResult(String.class).getResponseHeaders().getFirst(CORRELATION);
        assertThat(UUID.fromString(replaced)).isNotNull();
        assertThat(publication.last().header(CORRELATION)).containsExactly(replaced);
    }

    @Test
    void unknownApiAndPublicPathsAre404ProblemsThatReachNoService() {
        for (String path : List.of("/api/v1/secrets", "/api/v2/departments/D001", "/public/v2/x", "/api")) {
            client.get().uri(path).header(CORRELATION, "c-404").exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().valueEquals(CORRELATION, "c-404")
                    .expectBody()
                    .jsonPath("$.status").isEqualTo(404)
                    .jsonPath("$.detail").isEqualTo("没有这个接口：GET " + path)
                    .jsonPath("$.instance").isEqualTo(path)
                    .jsonPath("$.correlationId").isEqualTo("c-404")
                    .jsonPath("$.errors[0].field").isEqualTo("path");
        }
        assertThat(submission.requests).isEmpty();
        assertThat(publication.requests).isEmpty();
    }

    @Test
    void thePublicApiOnlyReads() {
        for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH)) {
            client.method(method).uri("/public/v1/departments/D001/2020")
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                    .exchange()
                    .expectStatus().isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().value(HttpHeaders.ALLOW, allow -> assertThat(allow).contains("GET"))
                    .expectBody()
                    .jsonPath("$.detail").isEqualTo("公开接口只能读取（GET），不接受 " + method.name() + " 请求");
        }
        assertThat(publication.requests).isEmpty();
        client.head().uri("/public/v1/departments/D001/2020").exchange().expectStatus().isOk();
    }

    @Test
    void thePublicApiAllowsAnyOrigin() {
        client.get().uri("/public/v1/departments").header(HttpHeaders.ORIGIN, "https://portal.example.org").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        client.options().uri("/public/v1/departments")
                .header(HttpHeaders.ORIGIN, "https://portal.example.org")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        assertThat(publication.requests).hasSize(1); // the preflight is answered by the gateway
    }

    @Test
    void bodiesOverTheLimitAre413ProblemsAndNeverReachTheService() {
        int limit = 1024 * 1024;
        client.post().uri("/api/v1/departments/D001/submissions/2020/figures")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(new byte[limit])
                .exchange()
                .expectStatus().isOk();
        assertThat(submission.last().bodyLength()).isEqualTo(limit);
        submission.requests.clear();

        client.post().uri("/api/v1/departments/D001/submissions/2020/figures")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(new byte[limit + 1])
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail").isEqualTo("请求体过大：超过了 1 MB 的上限")
                .jsonPath("$.errors[0].field").isEqualTo("body");
        assertThat(submission.requests).isEmpty();
    }

    @Test
    void chunkedBodiesAreCountedAndCutOffAtTheLimit() {
        DefaultDataBufferFactory buffers = DefaultDataBufferFactory.sharedInstance;
        Flux<DataBuffer> body = Flux.range(0, 20).map(i -> buffers.wrap(new byte[64 * 1024])); // 1.25 MB, no length
        client.post().uri("/api/v1/departments/D001/submissions/2020/figures")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body, DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(submission.requests).allSatisfy(seen -> assertThat(seen.bodyLength()).isLessThanOrEqualTo(1024 * 1024));
    }

    @Test
    void aServiceThatIsDownIsA503ProblemInChinese() {
        client.get().uri("/api/v1/validation/D001/2020").header(CORRELATION, "c-503").exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(CORRELATION, "c-503")
                .expectBody()
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").isEqualTo("审核服务（validation-service）暂时无法连接，请稍后重试");
    }

    @Test
    void dotSegmentsCannotSmuggleARequestToAnotherRoute() {
        client.get().uri(URI.create("http://localhost:" + port + "/public/v1/%2e%2e/%2e%2e/api/v1/read-models/D001/2020"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("path");
        assertThat(publication.requests).isEmpty();
    }

    @Test
    void healthIsExposedAndGatewayMetricsAreCountedForTheManagementPort() {
        client.get().uri("/api/v1/overview/2020").exchange().expectStatus().isOk();
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        // Prometheus scrapes the management port; the public one does not show metrics (GatewayLimitsTest)
        assertThat(meters.find("spring.cloud.gateway.requests").tag("routeId", "publication-service").timer())
                .isNotNull()
                .satisfies(timer -> assertThat(timer.count()).isPositive());
    }
}
