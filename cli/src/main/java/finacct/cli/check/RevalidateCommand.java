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

    @Option(names = "--actor", defaultValue = "finacct-cli", description = "操作人（X-Finacct-Actor）")
    String actor;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        URI uri = URI.create(gateway.replaceAll("/+$", "") + "/api/v1/validation/revalidations");
        HttpResponse<String> response;
        try {
            response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
                    HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5))
                            .header("Content-Type", "application/json").header("X-Finacct-Actor", actor)
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
