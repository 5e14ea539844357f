package finacct.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import finacct.identity.store.AccountsFile;
import finacct.identity.store.Roles;
import finacct.identity.store.Seeding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityServiceTest {

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("finacct.identity.data-dir", () -> data.toString());
        registry.add("finacct.identity.issuer", () -> "http://issuer.test");
        registry.add("finacct.identity.gateway-client-secret", () -> "gateway-secret-for-tests");
        registry.add("finacct.identity.service-client-secret", () -> "validation-secret-for-tests");
        registry.add("finacct.identity.submission-client-secret", () -> "submission-secret-for-tests");
    }

    @LocalServerPort
    int port;

    @Autowired
    AccountsFile accounts;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void seedsTheBureauAndOneOfficerAndSystemPerDepartmentWithHashedPasswords() throws Exception {
        AccountsFile.Contents contents = accounts.read();
        assertThat(contents.users()).anySatisfy(a -> {
            assertThat(a.id()).isEqualTo(Seeding.BUREAU_USER);
            assertThat(a.role()).isEqualTo(Roles.BUREAU);
        });
        assertThat(contents.users()).anySatisfy(a -> {
            assertThat(a.id()).isEqualTo("420112-dsjzx");
            assertThat(a.department()).isEqualTo("420112-DSJZX");
        });
        String file = Files.readString(accounts.path());
        Map<String, String> clear = initialPasswords();
        assertThat(clear).containsKeys("user bureau", "client 420112-dsjzx-system");
        assertThat(file).doesNotContain(clear.get("user bureau")).contains("$2a$");
    }

    @Test
    void aDepartmentSystemGetsASignedTokenWithItsRoleAndDepartment() throws Exception {
        String secret = initialPasswords().get("client 420112-jyj-system");
        HttpResponse<String> response = token("420112-jyj-system", secret);
        assertThat(response.statusCode()).isEqualTo(200);
        SignedJWT jwt = SignedJWT.parse(json.readTree(response.body()).path("access_token").asText());

        RSAKey key = JWKSet.parse(get("/oauth2/jwks")).getKeys().get(0).toRSAKey();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("http://issuer.test");
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("420112-jyj-system");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("department");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("department")).isEqualTo("420112-JYJ");
    }

    @Test
    void thePlatformsServicesGetServiceTokensEachWithItsOwnSecret() throws Exception {
        for (String[] client : List.of(new String[]{"finacct-validation-service", "validation-secret-for-tests"},
                new String[]{"finacct-submission-service", "submission-secret-for-tests"})) {
            HttpResponse<String> response = token(client[0], client[1]);
            assertThat(response.statusCode()).isEqualTo(200);
            SignedJWT jwt = SignedJWT.parse(json.readTree(response.body()).path("access_token").asText());
            assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo(client[0]);
            assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("service");
            assertThat(jwt.getJWTClaimsSet().getStringClaim("department")).isNull();
        }
        assertThat(token("finacct-submission-service", "validation-secret-for-tests").statusCode()).isEqualTo(401);
    }

    @Test
    void aWrongSecretGetsNoToken() throws Exception {
        assertThat(token("420112-jyj-system", "not-the-secret").statusCode()).isEqualTo(401);
    }

    @Test
    void aSystemAddedToTheFileGetsTokensWithoutARestart() throws Exception {
        accounts.putClient("new-system", "新系统", Roles.DEPARTMENT, "420112-MZJ", "a-long-secret");
        HttpResponse<String> response = token("new-system", "a-long-secret");
        assertThat(response.statusCode()).isEqualTo(200);
        SignedJWT jwt = SignedJWT.parse(json.readTree(response.body()).path("access_token").asText());
        assertThat(jwt.getJWTClaimsSet().getStringClaim("department")).isEqualTo("420112-MZJ");
    }

    @Test
    void publishesOpenIdDiscoveryForTheConfiguredIssuer() throws Exception {
        JsonNode discovery = json.readTree(get("/.well-known/openid-configuration"));
        assertThat(discovery.path("issuer").asText()).isEqualTo("http://issuer.test");
        assertThat(discovery.path("code_challenge_methods_supported").toString()).contains("S256");
    }

    @Test
    void anAuthorizationRequestWithoutPkceIsRefused() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/oauth2/authorize?response_type=code&client_id=finacct-gateway&scope=openid"
                + "&redirect_uri=http://localhost:8080/login/oauth2/code/finacct")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        // without code_challenge the issuer sends the browser back with an error, never to the login page
        assertThat(response.statusCode()).isIn(302, 400);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotEndWith("/login");
    }

    @Test
    void theApiDescriptionsUiSignsInAsAPublicClientWithPkceAndFetchesItsTokenAcrossOrigins() throws Exception {
        String redirect = "http://localhost:8080/swagger-ui/oauth2-redirect.html";
        HttpResponse<String> authorize = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/oauth2/authorize?response_type=code&client_id=finacct-api-docs&scope=openid&redirect_uri=" + redirect
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256&state=x"))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        // a known client with PKCE: the browser is sent to sign in (an unknown client would get an error page)
        assertThat(authorize.statusCode()).as(authorize.body()).isEqualTo(302);
        assertThat(authorize.headers().firstValue("Location").orElse("")).endsWith("/login");

        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/oauth2/token"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://localhost:8080")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("http://localhost:8080");

        HttpResponse<String> elsewhere = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/oauth2/token"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "POST").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(elsewhere.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void theSignInPageSpeaksChineseAndCarriesACsrfToken() throws Exception {
        String page = get("/login");
        assertThat(page).contains("用户名").contains("密码").contains("name=\"_csrf\"");
    }

    @Test
    void aSignedInReviewerSignsOutAtTheIssuerAndIsSentBackToTheGatewaysSignedOutPage() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String verifier = "a-code-verifier-long-enough-for-pkce-0123456789";
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                java.security.MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String redirect = "http://localhost:8080/login/oauth2/code/finacct";
        URI authorize = URI.create("http://localhost:" + port + "/oauth2/authorize?response_type=code"
                + "&client_id=finacct-gateway&scope=openid&state=s&redirect_uri=" + redirect
                + "&code_challenge=" + challenge + "&code_challenge_method=S256");
        assertThat(location(browser, authorize)).endsWith("/login");

        String loginPage = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).as(loginPage).isTrue();
        HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=bureau&password="
                        + initialPasswords().get("user bureau") + "&_csrf=" + csrf.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        String back = location(browser, URI.create("http://localhost:" + port).resolve(signIn.headers().firstValue("Location").orElseThrow()));
        assertThat(back).startsWith(redirect + "?code=");
        String code = back.substring(back.indexOf("code=") + 5, back.indexOf("&state"));

        String basic = Base64.getEncoder().encodeToString("finacct-gateway:gateway-secret-for-tests".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> tokens = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=" + code
                        + "&redirect_uri=" + redirect + "&code_verifier=" + verifier)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        String idToken = json.readTree(tokens.body()).path("id_token").asText();

        // RP-initiated logout, as the gateway sends the browser: the issuer's session ends, the browser goes back
        String signedOut = location(browser, URI.create("http://localhost:" + port + "/connect/logout?id_token_hint=" + idToken
                + "&post_logout_redirect_uri=http://localhost:8080/signed-out"));
        assertThat(signedOut).isEqualTo("http://localhost:8080/signed-out");
        // signed out at the issuer: the next sign-in asks for the password again
        assertThat(location(browser, authorize)).endsWith("/login");
    }

    private static String location(HttpClient browser, URI uri) throws Exception {
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(uri + " " + response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private HttpResponse<String> token(String client, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static Map<String, String> initialPasswords() throws Exception {
        List<String> lines = Files.readAllLines(data.resolve(Seeding.PASSWORDS_FILE));
        return lines.stream().filter(l -> !l.startsWith("#")).map(l -> l.split(" "))
                .collect(Collectors.toMap(p -> p[0] + " " + p[1], p -> p[2]));
    }
}
