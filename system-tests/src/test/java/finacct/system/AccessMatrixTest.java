package finacct.system;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import finacct.cli.identity.LocalIssuer;
import finacct.cli.up.Platform;
import finacct.identity.store.SigningKeyFile;
import finacct.identity.store.TokenMint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Role × route × method: every kind of caller against every kind of route, through the gateway, with the status
 * each must get; then the same requests sent to each service directly, around the gateway, which must refuse the
 * same callers (401 / 403 / 404) and never answer them with data.
 */
class AccessMatrixTest {

    static final String OWN = "420112-RSJ";
    static final String OTHER = "420112-CGJ";
    static final int YEAR = 2020;

    enum Who { OWN_DEPARTMENT, OTHER_DEPARTMENT, BUREAU, NO_TOKEN, EXPIRED, OTHER_KEY, TAMPERED, OTHER_ISSUER }

    /** A request: which service answers it, and the status each caller must get through the gateway. */
    record Route(String name, String service, String method, String path, Object body, Map<Who, Integer> expected) {
    }

    private static Platform platform;
    private static final Map<Who, String> tokens = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        platform = RunningPlatform.get();
        LocalIssuer issuer = platform.issuer();
        String own = issuer.departmentToken(OWN, Duration.ofMinutes(30));
        String other = issuer.departmentToken(OTHER, Duration.ofMinutes(30));
        tokens.put(Who.OWN_DEPARTMENT, own);
        tokens.put(Who.OTHER_DEPARTMENT, other);
        tokens.put(Who.BUREAU, issuer.bureauToken(Duration.ofMinutes(30)));
        tokens.put(Who.NO_TOKEN, null);
        tokens.put(Who.EXPIRED, issuer.departmentToken(OWN, Duration.ofMinutes(-10)));
        RSAKey real = SigningKeyFile.load(issuer.identityDir().resolve("signing-key.json"));
        tokens.put(Who.OTHER_KEY, TokenMint.mint(forgedKey(real.getKeyID()), issuer.issuerUrl(), "420112-rsj", "department",
                OWN, Duration.ofMinutes(30)));
        tokens.put(Who.TAMPERED, withDepartment(other, OTHER, OWN));
        tokens.put(Who.OTHER_ISSUER, TokenMint.mint(real, "http://issuer.elsewhere.example", "420112-rsj", "department",
                OWN, Duration.ofMinutes(30)));

        // both departments have a submission, validated and read-modelled
        for (String department : List.of(OWN, OTHER)) {
            String base = platform.options().gatewayUrl() + "/api/v1/departments/" + department + "/submissions/" + YEAR;
            assertThat(Http.post(base, Map.of()).status()).isIn(201, 409);
            assertThat(Http.post(base + "/figures", figures()).status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() ->
                    Http.get(platform.options().gatewayUrl() + "/api/v1/validation/" + department + "/" + YEAR).status() == 200
                            && Http.get(platform.options().gatewayUrl() + "/api/v1/read-models/" + department + "/" + YEAR)
                            .status() == 200);
        }
    }

    static List<Route> routes() {
        String own = "/api/v1/departments/" + OWN + "/submissions/" + YEAR;
        String other = "/api/v1/departments/" + OTHER + "/submissions/" + YEAR;
        return List.of(
                new Route("read own submission", "submission-service", "GET", own, null,
                        row(200, 404, 200)),
                new Route("report figures", "submission-service", "POST", own + "/figures", figures(),
                        row(200, 404, 403)),
                new Route("read history", "submission-service", "GET", own + "/history", null,
                        row(200, 404, 200)),
                new Route("read the other department", "submission-service", "GET", other, null,
                        row(404, 200, 200)),
                // a department's caller learns nothing; the bureau is told the code is not in the registry
                new Route("a department that does not exist", "submission-service", "GET",
                        "/api/v1/departments/NO-SUCH/submissions/" + YEAR, null, row(404, 404, 400)),
                new Route("validation result", "validation-service", "GET", "/api/v1/validation/" + OWN + "/" + YEAR, null,
                        row(200, 404, 200)),
                new Route("re-validate everything", "validation-service", "POST", "/api/v1/validation/revalidations", null,
                        row(403, 403, 202)),
                new Route("read model", "publication-service", "GET", "/api/v1/read-models/" + OWN + "/" + YEAR, null,
                        row(200, 404, 200)),
                new Route("district overview", "publication-service", "GET", "/api/v1/overview/" + YEAR, null,
                        row(403, 403, 200)),
                // public reads need no token (404: nothing of this department is published), and a bad one changes
                // nothing: it is ignored, not refused
                new Route("public document", "publication-service", "GET",
                        "/public/v1/departments/" + OWN + "/years/" + YEAR, null, publicRow()),
                new Route("write to the public API", "publication-service", "POST",
                        "/public/v1/departments/" + OWN + "/years/" + YEAR, Map.of(), everyone(405)));
    }

    @Test
    void throughTheGatewayEveryCallerGetsItsStatus() throws Exception {
        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        for (Route route : routes()) {
            table.append(String.format("%-36s", route.method() + " " + route.name()));
            for (Who who : Who.values()) {
                Http.Response r = Http.send(route.method(), platform.options().gatewayUrl() + route.path(), route.body(),
                        tokens.get(who));
                table.append(String.format(" %s=%d", who, r.status()));
                int expected = route.expected().get(who);
                if (r.status() != expected) {
                    wrong.add(route.method() + " " + route.path() + " as " + who + ": " + r.status() + " (expected "
                            + expected + ") " + abbreviate(r.raw()));
                }
                if (r.status() >= 400) {
                    assertThat(r.contentType()).as(route.name() + " " + who).startsWith("application/problem+json");
                    assertNoData(route, who, r);
                }
            }
            table.append('\n');
        }
        System.out.println("[access matrix through the gateway]\n" + table);
        assertThat(wrong).isEmpty();
    }

    @Test
    void aroundTheGatewayEachServiceRefusesTheSameCallersAndNeverAnswersThemWithData() throws Exception {
        Map<String, Integer> ports = Map.of(
                "submission-service", platform.options().submissionPort(),
                "validation-service", platform.options().validationPort(),
                "publication-service", platform.options().publicationPort());
        List<String> wrong = new ArrayList<>();
        for (Route route : routes()) {
            for (Who who : Who.values()) {
                int expected = route.expected().get(who);
                Http.Response r = Http.send(route.method(), "http://localhost:" + ports.get(route.service()) + route.path(),
                        route.body(), tokens.get(who));
                boolean refusedForAccess = List.of(401, 403, 404).contains(expected);
                if (refusedForAccess) {
                    // refused at the gateway: refused here too, with 401, 403 or 404, and never with data
                    if (!List.of(401, 403, 404).contains(r.status())) {
                        wrong.add(route.service() + " " + route.method() + " " + route.path() + " as " + who + ": "
                                + r.status() + " " + abbreviate(r.raw()));
                    }
                    assertNoData(route, who, r);
                } else if (r.status() != expected && !(expected == 405 && r.status() == 401)) {
                    // admitted at the gateway: the service answers the same; a public write is 405 (or 401 without
                    // a valid token, as the service only opens public reads)
                    wrong.add(route.service() + " " + route.method() + " " + route.path() + " as " + who + ": "
                            + r.status() + " (expected " + expected + ") " + abbreviate(r.raw()));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static void assertNoData(Route route, Who who, Http.Response r) {
        assertThat(r.raw()).as(route.name() + " as " + who)
                .doesNotContain("\"cells\"").doesNotContain("\"tables\"").doesNotContain("\"events\"")
                .doesNotContain("\"departments\"");
    }

    /** Own department, other department, bureau; every bad token 401. */
    private static Map<Who, Integer> row(int own, int other, int bureau) {
        Map<Who, Integer> row = new LinkedHashMap<>();
        row.put(Who.OWN_DEPARTMENT, own);
        row.put(Who.OTHER_DEPARTMENT, other);
        row.put(Who.BUREAU, bureau);
        for (Who bad : List.of(Who.NO_TOKEN, Who.EXPIRED, Who.OTHER_KEY, Who.TAMPERED, Who.OTHER_ISSUER)) {
            row.put(bad, 401);
        }
        return row;
    }

    private static Map<Who, Integer> publicRow() {
        return everyone(404);
    }

    private static Map<Who, Integer> everyone(int status) {
        Map<Who, Integer> row = new LinkedHashMap<>();
        for (Who who : Who.values()) {
            row.put(who, status);
        }
        return row;
    }

    private static Map<String, Object> figures() {
        return Map.of("batchId", "matrix-1", "figures",
                List.of(Map.of("table", "T1", "row", "1", "column", "1", "value", "10.00")));
    }

    private static RSAKey forgedKey(String keyId) throws JOSEException {
        return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(keyId).generate();
    }

    /** The token's payload edited to name another department; header and signature left as they were. */
    private static String withDepartment(String token, String from, String to) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"" + from + "\"", "\"" + to + "\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }
}
