package finacct.cli.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A token asked of the running issuer (client credentials as {@code finacct-cli}, whose secret {@code up --memory}
 * prints), for when the issuer's key is only in its memory and cannot be read from disk.
 */
final class IssuerTokens {

    static final String CLIENT = "finacct-cli";
    private static final ObjectMapper JSON = new ObjectMapper();

    private IssuerTokens() {
    }

    /** @param as {@code bureau}, or a department's code for its officer */
    static String fetch(String issuerUrl, String secret, String as, Duration ttl) {
        String basic = Base64.getEncoder().encodeToString((CLIENT + ":" + secret).getBytes(StandardCharsets.UTF_8));
        String form = "grant_type=client_credentials&as=" + URLEncoder.encode(as, StandardCharsets.UTF_8)
                + "&ttl=" + ttl.toSeconds();
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuerUrl.replaceAll("/+$", "") + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(15))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response;
        try {
            response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("身份服务 " + issuerUrl + " 没有应答：平台（./finacct up --memory）在运行吗？端口（--port）对吗？");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("已中断");
        }
        if (response.statusCode() == 401) {
            throw new IllegalStateException("身份服务不认这个 FINACCT_CLI_SECRET：它每次 ./finacct up --memory 启动都会换，请用本次启动时打印的值（平台不以 --memory 运行时请 unset FINACCT_CLI_SECRET）");
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("身份服务没有签发令牌（HTTP " + response.statusCode() + "）：有效期须在 1 秒到 30 天之间，部门须在部门名录中");
        }
        try {
            JsonNode answer = JSON.readTree(response.body());
            String token = answer.path("access_token").asText("");
            if (token.isEmpty()) {
                throw new IllegalStateException("身份服务的应答里没有令牌");
            }
            return token;
        } catch (IOException e) {
            throw new IllegalStateException("身份服务的应答无法读取");
        }
    }
}
