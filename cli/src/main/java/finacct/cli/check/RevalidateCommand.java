package finacct.cli.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code finacct revalidate}: asks validation-service, through the gateway, to re-validate every stored submission. */
@Command(name = "revalidate", mixinStandardHelpOptions = true,
        description = "请平台按当前规则集重新校验所有已存的申报（经网关调用 POST /api/v1/validation/revalidations）",
        exitCodeListHeading = "%n退出码：%n", exitCodeList = {"0:已受理", "1:平台拒绝", "2:无法连接网关"})
public class RevalidateCommand implements Callable<Integer> {

    @Option(names = "--gateway", defaultValue = "${env:FINACCT_GATEWAY:-http://localhost:8080}",
            description = "网关地址（默认 http://localhost:8080，或环境变量 FINACCT_GATEWAY）")
    String gateway;

    @Option(names = "--token", defaultValue = "${env:FINACCT_TOKEN}",
            description = "财政局角色的访问令牌（默认环境变量 FINACCT_TOKEN；都没有时用本机内嵌身份服务的密钥签发）")
    String token;

    @Option(names = "--data", defaultValue = "data", description = "数据目录（默认 ./data，与 up 相同）")
    java.nio.file.Path data;

    @Option(names = "--port", defaultValue = "8080", description = "本机平台的网关端口（用于签发令牌时确定签发者）")
    int port;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        URI uri = URI.create(gateway.replaceAll("/+$", "") + "/api/v1/validation/revalidations");
        String bearer;
        try {
            bearer = token != null && !token.isBlank() ? token.trim()
                    : finacct.cli.identity.LocalIssuer.of(data.toAbsolutePath().normalize(), port)
                            .bureauToken(Duration.ofMinutes(5));
        } catch (IllegalStateException e) {
            err.println(e.getMessage());
            return 2;
        }
        HttpResponse<String> response;
        try {
            response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
                    HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5))
                            .header("Content-Type", "application/json").header("Authorization", "Bearer " + bearer)
                            .POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("无法连接网关 " + gateway + "：" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return 2;
        }
        String body = response.body();
        try {
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            body = json.writeValueAsString(json.readTree(body));
        } catch (IOException notJson) {
            // print the answer as it came
        }
        (response.statusCode() / 100 == 2 ? out : err).println("HTTP " + response.statusCode() + "\n" + body);
        return response.statusCode() / 100 == 2 ? 0 : 1;
    }
}
