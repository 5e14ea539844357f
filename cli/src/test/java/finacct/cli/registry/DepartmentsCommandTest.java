package finacct.cli.registry;

import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import finacct.cli.check.CliRun.Run;
import finacct.identity.store.AccountsFile;
import finacct.identity.store.SigningKeyFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static finacct.cli.check.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code finacct departments import FILE} against a stand-in gateway that answers as the registry API does. */
class DepartmentsCommandTest {

    @TempDir
    Path data;
    HttpServer gateway;
    volatile int status;
    volatile String answer;
    volatile String seenType;
    volatile String seenAuthorization;
    volatile String seenPath;
    volatile byte[] seenBody;

    @BeforeEach
    void startGateway() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/", exchange -> {
            seenType = exchange.getRequestHeaders().getFirst("Content-Type");
            seenAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
            seenPath = exchange.getRequestURI().toString();
            seenBody = exchange.getRequestBody().readAllBytes();
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type",
                    status == 200 ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        gateway.start();
        SigningKeyFile.loadOrCreate(data.resolve("identity/signing-key.json"));
    }

    @AfterEach
    void stopGateway() {
        gateway.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + gateway.getAddress().getPort();
    }

    @Test
    void sendsTheFileWithABureauTokenPrintsTheOutcomeAndGivesNewDepartmentsAccounts() throws Exception {
        AccountsFile accounts = new AccountsFile(data.resolve("identity/accounts.json"));
        accounts.write(new AccountsFile.Contents(List.of(), List.of()));
        Path file = data.resolve("普陀区部门.csv");
        Files.writeString(file, "code,name\n310107-SHGZB,上海市普陀区社会工作部\n310107-CZJ,上海市普陀区财政局\n");
        status = 200;
        answer = """
                {"added": ["310107-SHGZB"], "changed": ["310107-CZJ"], "unchanged": [],
                 "departments": [{"code": "310107-SHGZB", "name": "上海市普陀区社会工作部", "district": "310107"},
                                 {"code": "310107-CZJ", "name": "上海市普陀区财政局", "district": "310107"}]}""";

        Run run = run("departments", "import", file.toString(), "--gateway", url(), "--data", data.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(seenPath).startsWith("/api/v1/registry/imports?filename=");
        assertThat(seenType).startsWith("text/csv");
        assertThat(seenBody).isEqualTo(Files.readAllBytes(file));
        SignedJWT jwt = SignedJWT.parse(seenAuthorization.substring("Bearer ".length()));
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("bureau");
        assertThat(run.out()).contains("新增 1 个部门：310107-SHGZB\n修改 1 个部门：310107-CZJ\n未变 0 个部门\n");

        Matcher user = Pattern.compile("user 310107-shgzb (\\S+)").matcher(run.out());
        Matcher client = Pattern.compile("client 310107-shgzb-system (\\S+)").matcher(run.out());
        assertThat(user.find()).isTrue();
        assertThat(client.find()).isTrue();
        assertThat(AccountsFile.matches(user.group(1), accounts.user("310107-shgzb").orElseThrow())).isTrue();
        assertThat(accounts.user("310107-shgzb").orElseThrow().department()).isEqualTo("310107-SHGZB");
        assertThat(AccountsFile.matches(client.group(1), accounts.client("310107-shgzb-system").orElseThrow())).isTrue();
        assertThat(accounts.user("310107-czj")).as("a changed department's accounts are not the command's").isEmpty();
    }

    @Test
    void withoutTheEmbeddedIssuersAccountsItSaysHowToAddThem() throws Exception {
        Path file = data.resolve("depts.json");
        Files.writeString(file, "[{\"code\": \"420112-TYJ\", \"name\": \"武汉市东西湖区体育局\"}]");
        status = 200;
        answer = """
                {"added": ["420112-TYJ"], "changed": [], "unchanged": [],
                 "departments": [{"code": "420112-TYJ", "name": "武汉市东西湖区体育局", "district": "420112"}]}""";
        Run run = run("departments", "import", file.toString(), "--gateway", url(), "--data", data.toString());
        assertThat(run.exit()).isZero();
        assertThat(seenType).isEqualTo("application/json");
        assertThat(run.out()).contains("./finacct users add 420112-tyj --department 420112-TYJ --name 武汉市东西湖区体育局填报员");
        assertThat(Files.exists(data.resolve("identity/accounts.json"))).isFalse();
    }

    @Test
    void aRefusedFileExitsOneWithEveryLinesProblem() throws Exception {
        Path file = data.resolve("bad.csv");
        Files.writeString(file, "code,name\n310107-CZJ,\n");
        status = 400;
        answer = """
                {"status": 400, "detail": "第 2 行：缺少部门名称",
                 "errors": [{"field": "lines[2].name", "message": "第 2 行：缺少部门名称"}]}""";
        Run run = run("departments", "import", file.toString(), "--gateway", url(), "--data", data.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("平台拒绝（HTTP 400）：第 2 行：缺少部门名称").contains("  第 2 行：缺少部门名称");

        Run missing = run("departments", "import", data.resolve("none.csv").toString(), "--gateway", url());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("无法读取文件");
    }
}
