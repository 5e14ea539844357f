package finacct.gateway;

import finacct.service.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOidcLogin;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

/** The gateway's own checks, before any service sees a request (the services check again: see their tests). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "FINACCT_GATEWAY_CLIENT_SECRET=test-client-secret")
class GatewaySecurityTest {

    static final StubService submission = StubService.start("submission");
    static final StubService publication = StubService.start("publication");
    static final StubService validation = StubService.start("validation");
    static final String OWN = "/api/v1/departments/420112-JYJ/submissions/2020";

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("SUBMISSION_SERVICE_URL", submission::url);
        registry.add("VALIDATION_SERVICE_URL", validation::url);
        registry.add("PUBLICATION_SERVICE_URL", publication::url);
        TestTokens.register((name, value) -> registry.add(name, () -> value));
    }

    @AfterAll
    static void stopStubs() {
        submission.close();
        publication.close();
        validation.close();
    }

    @Autowired
    WebTestClient client;
    @Autowired
    ApplicationContext context;
    @Autowired
    ReactiveClientRegistrationRepository registrations;

    @BeforeEach
    void forget() {
        submission.requests.clear();
        publication.requests.clear();
        validation.requests.clear();
        client = client.mutate().responseTimeout(Duration.ofSeconds(20)).build();
    }

    @Test
    void withoutAValidTokenNothingReachesAServiceAnd401SaysWhyInChinese() {
        client.get().uri(OWN).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, v -> assertThat(v).startsWith("Bearer"))
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("令牌"));
        for (String bad : List.of("garbage", TestTokens.expired("420112-JYJ"), TestTokens.signedByAnotherKey("420112-JYJ"),
                TestTokens.ofAnotherIssuer("420112-JYJ"), TestTokens.tampered("420112-MZJ", "420112-JYJ"))) {
            client.post().uri(OWN + "/figures").header(HttpHeaders.AUTHORIZATION, "Bearer " + bad)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                    .exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(submission.requests).isEmpty();
    }

    @Test
    void anotherDepartmentsRoutesAre404WhetherOrNotTheyExistAndReachNoService() {
        String jyj = TestTokens.department("420112-JYJ");
        for (String path : List.of("/api/v1/departments/420112-MZJ/submissions/2020",
                "/api/v1/departments/NO-SUCH/submissions/2020", "/api/v1/validation/420112-MZJ/2020",
                "/api/v1/read-models/420112-MZJ/2020")) {
            client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + jyj).exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.detail").isEqualTo("没有这个接口：GET " + path);
        }
        client.get().uri(OWN).header(HttpHeaders.AUTHORIZATION, "Bearer " + jyj).exchange().expectStatus().isOk();
        assertThat(submission.requests).hasSize(1);
        assertThat(publication.requests).isEmpty();
        assertThat(validation.requests).isEmpty();
    }

    @Test
    void bureauRoutesNeedTheBureauRoleAndTheBureauOnlyReadsDepartments() {
        String jyj = TestTokens.department("420112-JYJ");
        client.get().uri("/api/v1/overview/2020").header(HttpHeaders.AUTHORIZATION, "Bearer " + jyj).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.post().uri("/api/v1/validation/revalidations").header(HttpHeaders.AUTHORIZATION, "Bearer " + jyj)
                .exchange().expectStatus().isForbidden();
        String bureau = TestTokens.bureau();
        client.get().uri("/api/v1/overview/2020").header(HttpHeaders.AUTHORIZATION, "Bearer " + bureau).exchange()
                .expectStatus().isOk();
        client.post().uri(OWN + "/submit").header(HttpHeaders.AUTHORIZATION, "Bearer " + bureau)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isForbidden();
        assertThat(submission.requests).isEmpty();
        assertThat(validation.requests).isEmpty();
        assertThat(publication.requests).hasSize(1);
    }

    @Test
    void publicReadsNeedNoToken() {
        client.get().uri("/public/v1/departments/420112-JYJ/years/2020").exchange().expectStatus().isOk();
        assertThat(publication.last().header(HttpHeaders.AUTHORIZATION)).isEmpty();
    }

    @Test
    void aBadTokenOnAPublicReadIsIgnoredNotRefused() {
        for (String bad : List.of("garbage", TestTokens.expired("420112-JYJ"), TestTokens.signedByAnotherKey("420112-JYJ"),
                TestTokens.ofAnotherIssuer("420112-JYJ"), TestTokens.tampered("420112-MZJ", "420112-JYJ"))) {
            client.get().uri("/public/v1/departments/420112-JYJ/years/2020").header(HttpHeaders.AUTHORIZATION, "Bearer " + bad)
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody(String.class).isEqualTo("publication GET /public/v1/departments/420112-JYJ/years/2020");
        }
        assertThat(publication.requests).hasSize(5);
        // the same token elsewhere is still refused
        client.get().uri(OWN).header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.expired("420112-JYJ"))
                .exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aBrowserIsSentToSignInWithPkce() {
        String signIn = client.get().uri("/bureau/").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isFound()
                .returnResult(String.class).getResponseHeaders().getLocation().getPath();
        assertThat(signIn).isEqualTo("/oauth2/authorization/finacct");
        String authorize = client.get().uri(signIn).exchange()
                .expectStatus().isFound()
                .returnResult(String.class).getResponseHeaders().getLocation().toString();
        assertThat(authorize).startsWith("http://localhost:8084/oauth2/authorize?")
                .contains("client_id=finacct-gateway").contains("code_challenge=")
                .contains("code_challenge_method=S256").contains("scope=openid");
    }

    @Test
    void theDashboardComesFromPublicationServiceWithTheReviewersTokenAndRefusesDepartments() {
        String bureau = TestTokens.bureau();
        client.get().uri("/bureau/department.html?dept=420112-DSJZX&year=2020")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + bureau).exchange()
                .expectStatus().isOk();
        assertThat(publication.last().path()).isEqualTo("/bureau/department.html");
        assertThat(publication.last().header(HttpHeaders.AUTHORIZATION)).containsExactly("Bearer " + bureau);
        client.get().uri("/bureau/session").header(HttpHeaders.AUTHORIZATION, "Bearer " + bureau).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo("bureau-reviewer");
        publication.requests.clear();
        for (String path : List.of("/bureau/", "/bureau/session")) {
            client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.department("420112-JYJ"))
                    .exchange()
                    .expectStatus().isForbidden();
        }
        assertThat(publication.requests).isEmpty();
    }

    @Test
    void thePublicPageNeedsNoToken() {
        client.get().uri("/public/portal/?year=2020&dept=420112-DSJZX").exchange().expectStatus().isOk();
        assertThat(publication.last().path()).isEqualTo("/public/portal/");
        assertThat(publication.last().header(HttpHeaders.AUTHORIZATION)).isEmpty();
    }

    @Test
    void signingOutIsASessionsWriteThatNeedsTheCsrfToken() {
        client.post().uri("/logout").cookie("SESSION", "a-session-id").exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void signingOutEndsTheSessionAtTheIssuerTooAndComesBackToTheSignedOutPage() {
        // a browser signed in through the issuer (its ID token in the session), signing out with the CSRF token
        OidcIdToken idToken = OidcIdToken.withTokenValue("the-id-token").subject("bureau")
                .issuer("http://localhost:8084").claim("roles", List.of("bureau")).build();
        WebTestClient signedIn = WebTestClient.bindToApplicationContext(context).apply(springSecurity())
                .configureClient().baseUrl("http://gateway.test").build()
                .mutateWith(mockOidcLogin().idToken(t -> t.claims(c -> c.putAll(idToken.getClaims())).tokenValue("the-id-token"))
                        .clientRegistration(registrations.findByRegistrationId("finacct").block()));
        UriComponents issuerLogout = UriComponentsBuilder.fromUri(signedIn.mutateWith(csrf())
                .post().uri("/logout").exchange()
                .expectStatus().isFound()
                .returnResult(String.class).getResponseHeaders().getLocation()).build();
        assertThat(issuerLogout.toUriString()).startsWith(TestTokens.ISSUER + "/connect/logout?");
        assertThat(issuerLogout.getQueryParams().getFirst("id_token_hint")).isEqualTo("the-id-token");
        assertThat(issuerLogout.getQueryParams().getFirst("post_logout_redirect_uri"))
                .isEqualTo("http://gateway.test/signed-out");

        // the page the issuer sends the browser back to needs no session
        client.get().uri("/signed-out").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(p -> assertThat(p).contains("您已退出登录"));
    }

    @Test
    void aSessionsWriteWithoutTheCsrfTokenIsRefused() {
        client.post().uri(OWN + "/figures").cookie("SESSION", "a-session-id")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.FORBIDDEN)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("CSRF"));
        assertThat(submission.requests).isEmpty();
    }
}
