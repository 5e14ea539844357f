package finacct.cli.identity;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import finacct.cli.FinacctCli;
import finacct.identity.store.Account;
import finacct.identity.store.AccountsFile;
import finacct.identity.store.SigningKeyFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityCommandsTest {

    @TempDir
    Path data;

    @Test
    void tokenForADepartmentIsSignedByTheIssuersKeyAndCarriesItsDepartment() throws Exception {
        RSAKey key = SigningKeyFile.loadOrCreate(data.resolve("identity/signing-key.json"));
        Run run = run("token", "--department", "420112-JYJ", "--ttl", "2h", "--data", data.toString(), "--port", "9000");

        assertThat(run.exit).isZero();
        SignedJWT jwt = SignedJWT.parse(run.out.trim());
        assertThat(jwt.verify(new RSASSAVerifier(key.toRSAPublicKey()))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("http://localhost:9004");
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("420112-jyj");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("department");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("department")).isEqualTo("420112-JYJ");
        assertThat(jwt.getJWTClaimsSet().getExpirationTime().toInstant())
                .isBetween(Instant.now().plus(Duration.ofMinutes(119)), Instant.now().plus(Duration.ofMinutes(121)));
    }

    @Test
    void bureauTokenHasTheBureauRoleAndNoDepartment() throws Exception {
        SigningKeyFile.loadOrCreate(data.resolve("identity/signing-key.json"));
        Run run = run("token", "--bureau", "--data", data.toString());
        SignedJWT jwt = SignedJWT.parse(run.out.trim());
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("bureau");
        assertThat(jwt.getJWTClaimsSet().getClaim("department")).isNull();
    }

    @Test
    void anUnknownDepartmentOrNoIssuerKeyIsSaidInWords() {
        SigningKeyFile.loadOrCreate(data.resolve("identity/signing-key.json"));
        Run unknown = run("token", "--department", "NOPE", "--data", data.toString());
        assertThat(unknown.exit).isEqualTo(2);
        assertThat(unknown.err).contains("不在部门名录中");

        Run noKey = run("token", "--bureau", "--data", data.resolve("elsewhere").toString());
        assertThat(noKey.exit).isEqualTo(2);
        // ... and how to get one from a platform started with --memory, whose key is in the issuer's memory
        assertThat(noKey.err).contains("找不到签名密钥").contains("./finacct up --memory").contains("FINACCT_CLI_SECRET");
    }

    @Test
    void withTheSecretUpMemoryPrintedTheTokenIsAskedOfTheRunningIssuer() throws Exception {
        List<String> forms = new CopyOnWriteArrayList<>();
        HttpServer issuer = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        issuer.createContext("/oauth2/token", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            forms.add(form);
            boolean known = ("Basic " + Base64.getEncoder().encodeToString(
                    "finacct-cli:the-secret-of-this-run".getBytes(StandardCharsets.UTF_8)))
                    .equals(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = (known ? "{\"access_token\":\"token-from-the-issuer\",\"token_type\":\"Bearer\"}"
                    : "{\"error\":\"invalid_client\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(known ? 200 : 401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        issuer.start();
        String gatewayPort = String.valueOf(issuer.getAddress().getPort() - 4);
        Path noKeyHere = data.resolve("memory-run");
        try {
            System.setProperty("finacct.cli.secret", "the-secret-of-this-run");
            Run officer = run("token", "--department", "420112-JYJ", "--ttl", "2h", "--port", gatewayPort,
                    "--data", noKeyHere.toString());
            assertThat(officer.exit).as(officer.err).isZero();
            assertThat(officer.out.trim()).isEqualTo("token-from-the-issuer");
            assertThat(forms.get(0)).isEqualTo("grant_type=client_credentials&as=420112-JYJ&ttl=7200");

            Run bureau = run("token", "--bureau", "--port", gatewayPort, "--data", noKeyHere.toString());
            assertThat(bureau.out.trim()).isEqualTo("token-from-the-issuer");
            assertThat(forms.get(1)).isEqualTo("grant_type=client_credentials&as=bureau&ttl=1800");

            System.setProperty("finacct.cli.secret", "the-secret-of-an-earlier-run");
            Run stale = run("token", "--bureau", "--port", gatewayPort, "--data", noKeyHere.toString());
            assertThat(stale.exit).isEqualTo(2);
            assertThat(stale.err).contains("不认这个 FINACCT_CLI_SECRET");
        } finally {
            System.clearProperty("finacct.cli.secret");
            issuer.stop(0);
        }
        assertThat(noKeyHere).doesNotExist();
    }

    @Test
    void usersAddWritesABcryptHashThatTheGivenPasswordMatches() {
        Run run = runWithInput("a-good-password\n", "users", "add", "li.ming", "--department", "420112-MZJ",
                "--name", "李明", "--password-stdin", "--data", data.toString());

        assertThat(run.exit).isZero();
        AccountsFile accounts = new AccountsFile(data.resolve("identity/accounts.json"));
        Account account = accounts.user("li.ming").orElseThrow();
        assertThat(account.department()).isEqualTo("420112-MZJ");
        assertThat(account.name()).isEqualTo("李明");
        assertThat(account.secretHash()).startsWith("$2").doesNotContain("a-good-password");
        assertThat(AccountsFile.matches("a-good-password", account)).isTrue();
        assertThat(AccountsFile.matches("another-password", account)).isFalse();
        // added before the issuer ever started: the seeded accounts are there too
        assertThat(accounts.user("bureau")).isPresent();
    }

    @Test
    void usersAddRefusesAShortPassword() {
        Run run = runWithInput("short\n", "users", "add", "li.ming", "--bureau", "--password-stdin",
                "--data", data.toString());
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).contains("至少 8 个字符");
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        return runWithInput("", args);
    }

    private static Run runWithInput(String input, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        InputStream oldIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            int exit = new CommandLine(new FinacctCli()).execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
        }
    }
}
