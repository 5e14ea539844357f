package finacct.cli.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.cli.identity.LocalIssuer;
import finacct.identity.store.AccountsFile;
import finacct.identity.store.Roles;
import finacct.identity.store.Seeding;
import finacct.kernel.registry.Department;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code finacct departments import FILE}: sends a registry file (CSV or JSON) to the platform's registry through the
 * gateway with a bureau token, as {@code revalidate} does, and prints what was added, changed and left unchanged. For
 * each department added it gives the officer and the department system an account of the embedded issuer (when its
 * accounts file is there), or says how to add them.
 */
@Command(name = "departments", mixinStandardHelpOptions = true, description = "管理平台的部门名录",
        subcommands = DepartmentsCommand.Import.class)
public class DepartmentsCommand implements Runnable {

    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.out);
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "导入部门名录文件（CSV：表头 code,name,otherNames,district，其他名称以 ; ； 或 | 分隔；或 JSON 数组），"
                    + "经网关调用 POST /api/v1/registry/imports",
            exitCodeListHeading = "%n退出码：%n", exitCodeList = {"0:已导入", "1:平台拒绝（文件有误时什么也不保存）",
                    "2:无法读取文件或连接网关"})
    public static class Import implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE", description = "部门名录文件（.csv 或 .json）")
        Path file;

        @Option(names = "--gateway", defaultValue = "${env:FINACCT_GATEWAY:-http://localhost:8080}",
                description = "网关地址（默认 http://localhost:8080，或环境变量 FINACCT_GATEWAY）")
        String gateway;

        @Option(names = "--token", defaultValue = "${env:FINACCT_TOKEN}",
                description = "财政局角色的访问令牌（默认环境变量 FINACCT_TOKEN；都没有时用本机内嵌身份服务的密钥签发）")
        String token;

        @Option(names = "--data", defaultValue = "data", description = "数据目录（默认 ./data，与 up 相同）")
        Path data;

        @Option(names = "--port", defaultValue = "8080", description = "本机平台的网关端口（用于签发令牌时确定签发者）")
        int port;

        @Option(names = "--no-accounts", description = "不为新增部门建立内嵌身份服务的账号")
        boolean noAccounts;

        @Override
        public Integer call() {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
            byte[] body;
            try {
                body = Files.readAllBytes(file);
            } catch (IOException e) {
                err.println("无法读取文件 " + file + "：" + e.getMessage());
                return 2;
            }
            Path dataDir = data.toAbsolutePath().normalize();
            String bearer;
            try {
                bearer = token != null && !token.isBlank() ? token.trim()
                        : LocalIssuer.of(dataDir, port).bureauToken(Duration.ofMinutes(5));
            } catch (IllegalStateException e) {
                err.println(e.getMessage());
                return 2;
            }
            String name = file.getFileName().toString();
            String type = name.toLowerCase(Locale.ROOT).endsWith(".json") ? "application/json" : "text/csv; charset=UTF-8";
            URI uri = URI.create(gateway.replaceAll("/+$", "") + "/api/v1/registry/imports?filename="
                    + URLEncoder.encode(name, StandardCharsets.UTF_8));
            HttpResponse<String> response;
            try {
                response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
                        HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2))
                                .header("Content-Type", type).header("Authorization", "Bearer " + bearer)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.println("无法连接网关 " + gateway + "：" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                return 2;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 2;
            }
            JsonNode answer = json(response.body());
            if (response.statusCode() / 100 != 2 || answer == null) {
                err.println("平台拒绝（HTTP " + response.statusCode() + "）："
                        + (answer == null ? response.body() : answer.path("detail").asText(response.body())));
                if (answer != null) {
                    answer.path("errors").forEach(e -> err.println("  " + e.path("message").asText()));
                }
                return 1;
            }
            List<Department> added = new ArrayList<>();
            answer.path("departments").forEach(d -> {
                if (contains(answer.path("added"), d.path("code").asText())) {
                    added.add(new Department(d.path("code").asText(), d.path("name").asText(), List.of(),
                            d.path("district").asText(), d.path("districtName").asText()));
                }
            });
            out.println("新增 " + added.size() + " 个部门" + list(answer.path("added")));
            out.println("修改 " + answer.path("changed").size() + " 个部门" + list(answer.path("changed")));
            out.println("未变 " + answer.path("unchanged").size() + " 个部门");
            if (!added.isEmpty()) {
                accounts(added, dataDir, out);
            }
            return 0;
        }

        /** The embedded issuer's accounts for the new departments, as its first start makes them; or how to add them. */
        private void accounts(List<Department> added, Path dataDir, PrintStream out) {
            AccountsFile accounts = new AccountsFile(dataDir.resolve(LocalIssuer.DIRECTORY).resolve("accounts.json"));
            if (noAccounts || !accounts.exists()) {
                out.println("新增部门的填报员账号请在身份服务中添加；使用内嵌身份服务时：");
                for (Department d : added) {
                    out.println("  ./finacct users add " + Seeding.officerName(d) + " --department " + d.code()
                            + " --name " + d.name() + "填报员");
                    out.println("  ./finacct users add " + Seeding.systemClientId(d) + " --department " + d.code()
                            + " --client --name " + d.name() + "业务系统");
                }
                return;
            }
            out.println("已为新增部门建立账号（写入 " + accounts.path() + "；密码仅显示这一次）：");
            for (Department d : added) {
                // an account already there keeps its password: its officer may be using it
                if (accounts.user(Seeding.officerName(d)).isPresent()) {
                    out.println("  user " + Seeding.officerName(d) + "（已有账号，未更改）");
                } else {
                    String password = Seeding.newPassword();
                    accounts.putUser(Seeding.officerName(d), d.name() + "填报员", Roles.DEPARTMENT, d.code(), password);
                    out.println("  user " + Seeding.officerName(d) + " " + password);
                }
                if (accounts.client(Seeding.systemClientId(d)).isPresent()) {
                    out.println("  client " + Seeding.systemClientId(d) + "（已有账号，未更改）");
                } else {
                    String secret = Seeding.newPassword();
                    accounts.putClient(Seeding.systemClientId(d), d.name() + "业务系统", Roles.DEPARTMENT, d.code(),
                            secret);
                    out.println("  client " + Seeding.systemClientId(d) + " " + secret);
                }
            }
        }

        private static JsonNode json(String body) {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException notJson) {
                return null;
            }
        }

        private static boolean contains(JsonNode codes, String code) {
            for (JsonNode c : codes) {
                if (c.asText().equals(code)) {
                    return true;
                }
            }
            return false;
        }

        private static String list(JsonNode codes) {
            if (codes.isEmpty()) {
                return "";
            }
            List<String> all = new ArrayList<>();
            codes.forEach(c -> all.add(c.asText()));
            return "：" + String.join("、", all);
        }
    }
}
