package finacct.submission.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.kernel.results.FindingCounts;
import finacct.kernel.results.RecomputedTable;
import finacct.kernel.results.Severity;
import finacct.kernel.results.SubmissionValidated;
import finacct.service.testing.TestTokens;
import finacct.submission.validation.HttpValidationResultsClient;
import finacct.submission.validation.LatestValidation;
import finacct.submission.validation.ValidationUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client of validation-service as it really talks: its own client-credentials token, the path, and the answer
 * validation-service gives (the kernel's SubmissionValidated), a 404 before any result, and failures.
 */
class ReviewValidationClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private HttpServer validationService;
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String body = "";

    @BeforeEach
    void start() throws IOException {
        validationService = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        validationService.createContext("/", exchange -> {
            paths.add(exchange.getRequestURI().getPath());
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        validationService.start();
    }

    @AfterEach
    void stop() {
        validationService.stop(0);
    }

    @Test
    void readsTheLatestResultWithItsOwnServiceToken() throws Exception {
        Finding error = new Finding("MOF-T1-27", Severity.ERROR, "表1 第27行应等于第1至8行之和",
                List.of(new FindingCell("T1", "27", "1", "186.45")), "1864.45", "186.45", "-1678.00");
        Finding warning = new Finding("MOF-T6-9", Severity.WARNING, "部分大于整体", List.of(), null, null, null);
        SubmissionValidated answer = new SubmissionValidated("420112-DSJZX:2020", "420112-DSJZX", 2020, "MOF-2020", 7,
                "SUBMITTED", "MOF-2020-r3", "2026-11-29T10:00:00Z", List.<RecomputedTable>of(),
                List.of(error, warning), FindingCounts.of(List.of(error, warning)));
        body = JSON.writeValueAsString(answer);

        Optional<LatestValidation> latest = client(url()).latest("420112-DSJZX", 2020);

        assertThat(paths).containsExactly("/api/v1/validation/420112-DSJZX/2020");
        SignedJWT token = SignedJWT.parse(authorizations.get(0).substring("Bearer ".length()));
        assertThat(token.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("service");
        assertThat(latest).isPresent();
        assertThat(latest.get().basedOnSequence()).isEqualTo(7);
        assertThat(latest.get().validatedVersion()).isEqualTo(8);
        assertThat(latest.get().counts().warnings()).isEqualTo(1);
        assertThat(latest.get().errors()).containsExactly(error);
    }

    @Test
    void noResultYetIsEmpty() {
        status = 404;
        body = "{\"status\":404,\"detail\":\"还没有审核结果\"}";
        assertThat(client(url()).latest("420112-DSJZX", 2020)).isEmpty();
    }

    @Test
    void aFailingOrUnreachableServiceIsUnavailable() throws IOException {
        status = 500;
        body = "{\"status\":500}";
        assertThatThrownBy(() -> client(url()).latest("420112-DSJZX", 2020))
                .isInstanceOf(ValidationUnavailableException.class).hasMessageContaining("500");
        status = 200;
        body = "not json";
        assertThatThrownBy(() -> client(url()).latest("420112-DSJZX", 2020))
                .isInstanceOf(ValidationUnavailableException.class);
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> client(URI.create("http://127.0.0.1:" + closedPort)).latest("420112-DSJZX", 2020))
                .isInstanceOf(ValidationUnavailableException.class);
    }

    @Test
    void anIssuerThatGivesNoTokenMakesValidationUnavailableWithoutAsking() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> client(url(), "http://127.0.0.1:" + closedPort + "/oauth2/token")
                .latest("420112-DSJZX", 2020))
                .isInstanceOf(ValidationUnavailableException.class);
        assertThat(paths).isEmpty();
    }

    private URI url() {
        return URI.create("http://127.0.0.1:" + validationService.getAddress().getPort());
    }

    private static HttpValidationResultsClient client(URI baseUrl) {
        return client(baseUrl, TestTokens.tokenUri());
    }

    private static HttpValidationResultsClient client(URI baseUrl, String tokenUri) {
        ClientRegistration registration = ClientRegistration.withRegistrationId("finacct")
                .clientId("finacct-submission-service").clientSecret("test-secret")
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(tokenUri).build();
        InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
        AuthorizedClientServiceOAuth2AuthorizedClientManager tokens = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
                registrations, new InMemoryOAuth2AuthorizedClientService(registrations));
        tokens.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
        return new HttpValidationResultsClient(baseUrl, tokens, Duration.ofSeconds(5), JSON);
    }
}
