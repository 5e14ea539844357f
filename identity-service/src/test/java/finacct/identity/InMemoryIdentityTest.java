package finacct.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issuer of {@code finacct up --memory}: its accounts and key only in memory (its data folder stays empty), the
 * first passwords in its log, and the command line's client that gets a token of the bureau or of a department's
 * officer for scripts.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InMemoryIdentityTest {

    static final String CLI_SECRET = "cli-secret-for-tests";

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("finacct.identity.data-dir", () -> data.resolve("identity").toString());
        registry.add("finacct.identity.issuer", () -> "http://issuer.test");
        registry.add("finacct.identity.in-memory", () -> "true");
        registry.add("finacct.identity.cli-client-secret", () -> CLI_SECRET);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theCommandLinesClientGetsTheBureausOrAnOfficersTokenAndNothingIsWritten(CapturedOutput output) throws Exception {
        HttpResponse<String> bureau = token(CLI_SECRET, "as=bureau");
        assertThat(bureau.statusCode()).as(bureau.body()).isEqualTo(200);
        SignedJWT jwt = SignedJWT.parse(json.readTree(bureau.body()).path("access_token").asText());
        RSAKey key = JWKSet.parse(get("/oauth2/jwks")).getKeys().get(0).toRSAKey();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("http://issuer.test");
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("bureau");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("bureau");

        HttpResponse<String> officer = token(CLI_SECRET, "as=420112-JYJ&ttl=7200");
        assertThat(officer.statusCode()).as(officer.body()).isEqualTo(200);
        SignedJWT officers = SignedJWT.parse(json.readTree(officer.body()).path("access_token").asText());
        assertThat(officers.getJWTClaimsSet().getSubject()).isEqualTo("420112-jyj");
        assertThat(officers.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("department");
        assertThat(officers.getJWTClaimsSet().getStringClaim("department")).isEqualTo("420112-JYJ");
        assertThat(officers.getJWTClaimsSet().getExpirationTime().toInstant())
                .isBetween(Instant.now().plus(Duration.ofMinutes(119)), Instant.now().plus(Duration.ofMinutes(121)));

        // who is not in the registry, a silly life, or a wrong secret: no token
        assertThat(token(CLI_SECRET, "as=NO-SUCH").statusCode()).isEqualTo(400);
        assertThat(token(CLI_SECRET, "as=bureau&ttl=-600").statusCode()).isEqualTo(400);
        assertThat(token("not-the-secret", "as=bureau").statusCode()).isEqualTo(401);

        try (Stream<Path> files = Files.walk(data)) {
            assertThat(files.filter(Files::isRegularFile).toList()).as("files under the data folder").isEmpty();
        }
        // the first passwords of this run are in the issuer's log, nowhere else
        assertThat(output.getAll()).contains("accounts held in memory only").containsPattern("user bureau [A-Za-z0-9]{16}");
    }

    private HttpResponse<String> token(String secret, String parameters) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("finacct-cli:" + secret).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&" + parameters)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
