package finacct.gateway;

import finacct.service.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;

import java.net.InetSocketAddress;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What keeps one client from hurting the others at the gateway: a per-client rate limit (two clients on two
 * loopback addresses, and two signed-in reviewers behind one address), content types, and an actuator that only shows its health to the outside; and the W3C
 * trace context the services continue.
 */
@AutoConfigureObservability // tracing is off in tests unless asked for
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "finacct.gateway.rate-limit.burst=5",
        "finacct.gateway.rate-limit.requests-per-second=0.01"}) // one new request per 100 s once the burst is spent
class GatewayLimitsTest {

    static final StubService submission = StubService.start("submission");
    static final StubService publication = StubService.start("publication");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("SUBMISSION_SERVICE_URL", submission::url);
        registry.add("VALIDATION_SERVICE_URL", StubService::deadUrl);
        registry.add("PUBLICATION_SERVICE_URL", publication::url);
        TestTokens.register((name, value) -> registry.add(name, () -> value));
    }

    @AfterAll
    static void stopStubs() {
        submission.close();
        publication.close();
    }

    @LocalServerPort
    int port;

    private static int nextAddress = 2;

    @BeforeEach
    void forget() {
        submission.requests.clear();
        publication.requests.clear();
    }

    /** A client of its own: each test's calls come from another loopback address, so each has a fresh bucket. */
    WebTestClient clientFrom(String localAddress) {
        HttpClient http = HttpClient.create().bindAddress(() -> new InetSocketAddress(localAddress, 0));
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(http))
                .filter((request, next) -> signedInAs("client-" + localAddress, request, next))
                .baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(20)).build();
    }

    /**
     * The token of the path's department (the bureau's elsewhere) for a caller of this client's own: the limit counts
     * by the token's subject, so each client is its own caller, as each address is.
     */
    static reactor.core.publisher.Mono<org.springframework.web.reactive.function.client.ClientResponse> signedInAs(
            String who, org.springframework.web.reactive.function.client.ClientRequest request,
            org.springframework.web.reactive.function.client.ExchangeFunction next) {
        String path = request.url().getPath();
        if (request.headers().containsKey(HttpHeaders.AUTHORIZATION) || path.startsWith("/public/")
                || path.startsWith("/actuator/health")) {
            return next.exchange(request);
        }
        java.util.regex.Matcher department = DEPARTMENT.matcher(path);
        String token = department.find() ? TestTokens.department(department.group(1), who) : TestTokens.bureau(who);
        return next.exchange(org.springframework.web.reactive.function.client.ClientRequest.from(request)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).build());
    }

    private static final java.util.regex.Pattern DEPARTMENT = java.util.regex.Pattern.compile("^/api/v1/departments/([^/]+)");

    WebTestClient newClient() {
        return clientFrom("127.0.0." + (nextAddress++));
    }

    @Test
    void aBurstBeyondAClientsLimitGets429WithRetryAfterWhileAnotherClientIsServed() {
        WebTestClient greedy = newClient();
        WebTestClient other = newClient();
        for (int i = 0; i < 5; i++) {
            greedy.get().uri("/api/v1/overview/2020").exchange().expectStatus().isOk();
        }
        String retryAfter = greedy.get().uri("/api/v1/overview/2020").exchange()
                .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(429)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("请求过于频繁：请在 "))
                .jsonPath("$.errors[0].field").isEqualTo("rate")
                .returnResult().getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER);
        // the next token comes after 1 / 0.01 s
        assertThat(Long.parseLong(retryAfter)).isBetween(90L, 100L);
        assertThat(publication.requests).hasSize(5);

        other.get().uri("/api/v1/overview/2020").exchange().expectStatus().isOk();
        other.post().uri("/api/v1/departments/D001/submissions/2020/figures")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"figures\":[]}")
                .exchange().expectStatus().isOk();
        assertThat(publication.requests).hasSize(6);
        assertThat(submission.requests).hasSize(1);

        // the limited client's health checks are not counted against it
        greedy.get().uri("/actuator/health").exchange().expectStatus().isOk();
    }

    @Test
    void signedInClientsAreLimitedByNameNotByTheAddressTheyShare() {
        WebTestClient sharedAddress = newClient();
        String officerA = TestTokens.bureau("reviewer-a");
        String officerB = TestTokens.bureau("reviewer-b");
        for (int i = 0; i < 5; i++) {
            sharedAddress.get().uri("/api/v1/overview/2020").header(HttpHeaders.AUTHORIZATION, "Bearer " + officerA).exchange()
                    .expectStatus().isOk();
        }
        sharedAddress.get().uri("/api/v1/overview/2020").header(HttpHeaders.AUTHORIZATION, "Bearer " + officerA).exchange()
                .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        sharedAddress.get().uri("/api/v1/overview/2020").header(HttpHeaders.AUTHORIZATION, "Bearer " + officerB).exchange()
                .expectStatus().isOk();
        // the address itself, for what needs no token
        sharedAddress.get().uri("/public/v1/final-accounts/2020").exchange().expectStatus().isOk();
    }

    @Test
    void writesWithoutJsonAre415ProblemsThatReachNoService() {
        WebTestClient client = newClient();
        client.post().uri("/api/v1/departments/D001/submissions/2020/figures")
                .contentType(MediaType.TEXT_PLAIN).bodyValue("figures")
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail").isEqualTo("不支持的请求内容类型“text/plain”：本接口只接受 application/json（UTF-8）")
                .jsonPath("$.errors[0].field").isEqualTo("Content-Type");
        client.put().uri("/api/v1/departments/D001/submissions/2020/narrative")
                .contentType(MediaType.APPLICATION_XML).bodyValue("<narrative/>")
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).startsWith("不支持的请求内容类型“application/xml”"));
        client.post().uri("/api/v1/departments/D001/submissions/2020/import")
                .contentType(MediaType.IMAGE_PNG).bodyValue(new byte[]{(byte) 0x89, 'P', 'N', 'G'})
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d)
                        .contains("application/pdf（PDF）").contains("text/plain（文本）"));
        assertThat(submission.requests).isEmpty();

        // the published PDF itself is a document the import reads
        client.post().uri("/api/v1/departments/D001/submissions/2020/import")
                .contentType(MediaType.APPLICATION_PDF).bodyValue(new byte[]{'%', 'P', 'D', 'F'})
                .exchange().expectStatus().isOk();

        client.post().uri("/api/v1/departments/D001/submissions/2020/import")
                .contentType(MediaType.parseMediaType("text/plain;charset=GB18030")).bodyValue("部门决算")
                .exchange().expectStatus().isOk();
        client.post().uri("/api/v1/departments/D001/submissions/2020/submit")
                .exchange().expectStatus().isOk(); // no body, nothing to type
        assertThat(submission.requests).hasSize(3);
    }

    @Test
    void theRegistryGoesToSubmissionServiceAndTakesACsvOrJsonFile() {
        WebTestClient client = newClient();
        client.post().uri("/api/v1/registry/imports")
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8")).bodyValue("code,name\n")
                .exchange().expectStatus().isOk();
        client.post().uri("/api/v1/registry/imports")
                .contentType(MediaType.APPLICATION_XML).bodyValue("<departments/>")
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("text/csv（CSV）"));
        client.put().uri("/api/v1/registry/departments/420112-CZJ")
                .contentType(MediaType.parseMediaType("text/csv")).bodyValue("code,name\n")
                .exchange().expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(submission.requests).extracting(StubService.Seen::path).containsExactly("/api/v1/registry/imports");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void theEmbeddedDefaultLimitsInMemoryAndNeedsNoRedis() {
        assertThat(context.getBean(finacct.gateway.limits.ClientRateLimiter.class))
                .isInstanceOf(finacct.gateway.limits.InMemoryRateLimiter.class);
        assertThat(context.getBeanNamesForType(org.springframework.data.redis.connection.ReactiveRedisConnectionFactory.class))
                .isEmpty();
    }

    @Test
    void onlyTheGatewaysHealthIsReachableFromOutside() {
        WebTestClient client = newClient();
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();
        client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        for (String path : new String[]{"/actuator/prometheus", "/actuator", "/actuator/env", "/actuator/metrics"}) {
            client.get().uri(path).exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String TRACEPARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";

    @Test
    void theClientsTraceContinuesToTheServiceAndIntoTheGatewaysProblems() {
        WebTestClient client = newClient();
        client.get().uri("/api/v1/overview/2020").header("traceparent", TRACEPARENT).exchange()
                .expectStatus().isOk();
        String forwarded = publication.last().header("traceparent").get(0);
        assertThat(forwarded).startsWith("00-" + TRACE_ID + "-").isNotEqualTo(TRACEPARENT); // the gateway's own span

        client.get().uri("/api/v1/overview/2021").exchange().expectStatus().isOk();
        assertThat(publication.last().header("traceparent")).singleElement()
                .satisfies(t -> assertThat(t).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]").doesNotContain(TRACE_ID));

        client.get().uri("/api/v1/no-such-thing").header("traceparent", TRACEPARENT).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.traceId").isEqualTo(TRACE_ID);
    }

    @Test
    void theApiDescriptionsOfTheServicesAndTheirUiAreServedHere() {
        WebTestClient client = newClient();
        client.get().uri("/api-docs/submission").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("submission GET /v3/api-docs");
        client.get().uri("/api-docs/publication").exchange()
                .expectBody(String.class).isEqualTo("publication GET /v3/api-docs");

        client.get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls.length()").isEqualTo(1)
                .jsonPath("$.urls[0].url").isEqualTo("/api-docs/finacct")
                .jsonPath("$.urls[0].name").isEqualTo("区级部门决算平台 API");
        String ui = client.get().uri("/swagger-ui.html").exchange()
                .expectStatus().is3xxRedirection()
                .returnResult(String.class).getResponseHeaders().getLocation().toString();
        assertThat(ui).endsWith("/swagger-ui/index.html");
        client.get().uri(ui).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
    }

    @Test
    void theOneDescriptionStillAnswersWhileAServiceIsDownAndSaysWhichPartIsMissing() {
        submission.json.put("/v3/api-docs", """
                {"openapi":"3.0.1","info":{"title":"s","version":"v1"},
                 "paths":{"/api/v1/departments/{dept}/submissions/{year}":{"get":{"responses":{"200":{"description":"ok"}}}}}}
                """);
        publication.json.put("/v3/api-docs", """
                {"openapi":"3.0.1","info":{"title":"p","version":"v1"},
                 "paths":{"/public/v1/departments/{dept}/years/{year}":{"get":{"security":[],"responses":{"200":{"description":"ok"}}}}}}
                """);
        try {
            newClient().get().uri("/api-docs/finacct").exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.paths['/api/v1/departments/{dept}/submissions/{year}'].get").exists()
                    .jsonPath("$.paths['/public/v1/departments/{dept}/years/{year}'].get").exists()
                    .jsonPath("$.info.description").value(d -> assertThat((String) d)
                            .contains("暂缺").contains("审核 API（validation-service）")
                            .doesNotContain("submission-service）、").doesNotContain("publication-service"));
        } finally {
            submission.json.clear();
            publication.json.clear();
        }
    }
}
